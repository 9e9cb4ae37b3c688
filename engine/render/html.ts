import type { Element, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Redline } from '../types.js';
import { redlineHeadline, sideLabel } from './change-text.js';
import { changeGroups, type ChangeGroup } from './change-groups.js';
import { changeList } from './html-changes.js';
import { showHtmlControls } from './html-controls.js';
import { inlineView, sideView, type MarkContext } from './html-document.js';
import { reviewFlags, reviewSections } from './html-review.js';
import { reviewScript, reviewScriptHash } from './html-script.js';
import { amendmentCss, redlineCss } from './html-style.js';
import { outlineNav, timelineSection } from './html-timeline.js';
import { layoutParagraphs } from './layout.js';

/**
 * Render a redline as one self-contained review page, as a compare report reads: a toolbar (previous and next change,
 * inline or side by side, a filter per amendment), the document's outline, the lifecycle timeline, problems and
 * review marks where the redline carries them, one entry per instruction edit, then the document with its headings
 * and printed page numbers and every change marked in its amendment's colour. Built as a hast tree, so every piece of
 * document text is escaped by construction; a Content-Security-Policy lets only the page's own script run and loads
 * nothing; Unicode bidirectional controls are shown, not passed through.
 * @param redline the redline
 * @returns the HTML document
 */
export function renderHtml(redline: Redline): string {
  const groups = changeGroups(redline);
  const paragraphs = layoutParagraphs(redline);
  const entryOf = new Map(groups.flatMap((group) => group.changes.map((change): [string, ChangeGroup] => [change.id, group])));
  const placed = new Set<string>();
  const context = (prefix: string): MarkContext => ({ redline, entryOf, anchored: new Set(), prefix, flags: prefix === '' ? reviewFlags(redline) : [], placed });
  // The document first: the review list links only to the flags it could set.
  const views = [inlineView(paragraphs, context('')), sideView(paragraphs, context('s-'))];
  const tree: HastRoot = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        head(redline, groups),
        h('body', { dataView: 'inline' }, [
          header(redline, groups),
          h('div.layout', [
            outlineNav(paragraphs),
            h('main', [
              ...reviewSections(redline, placed),
              ...timelineSection(redline),
              changeList(redline, groups),
              h('section.document', { ariaLabel: 'Document' }, [h('h2', 'Document'), ...views]),
            ]),
          ]),
          h('script', reviewScript),
        ]),
      ]),
    ],
  };
  return `${toHtml(showHtmlControls(tree))}\n`;
}

function head(redline: Redline, groups: ChangeGroup[]): Element {
  const policy = `default-src 'none'; style-src 'unsafe-inline'; script-src ${reviewScriptHash}; base-uri 'none'; form-action 'none'`;
  return h('head', [
    h('meta', { charset: 'utf-8' }),
    h('meta', { httpEquiv: 'Content-Security-Policy', content: policy }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', `Redline: ${redlineHeadline(redline)}`),
    h('style', redlineCss + amendmentCss(amendmentsOf(groups))),
  ]);
}

function amendmentsOf(groups: ChangeGroup[]): number[] {
  return [...new Set(groups.flatMap((g) => g.amendments))].sort((a, b) => a - b);
}

function header(redline: Redline, groups: ChangeGroup[]): Element {
  return h('header.top', [
    h('h1', redline.title ?? redline.document ?? 'Redline'),
    h('p.sides', [redline.document ? `${redline.document}: from ` : 'From ', h('b', sideLabel(redline.from)), ' to ', h('b', sideLabel(redline.to))]),
    h('div.toolbar', { role: 'toolbar', ariaLabel: 'Review' }, [
      h('span.nav', [
        h('button#prev', { type: 'button', title: 'Previous change (p or k)' }, '← Previous'),
        h('span#position', { ariaLive: 'polite' }, `${redline.changes.length} change${redline.changes.length === 1 ? '' : 's'}`),
        h('button#next', { type: 'button', title: 'Next change (n or j)' }, 'Next →'),
      ]),
      h('span.views', [
        h('button', { type: 'button', dataView: 'inline', ariaPressed: 'true' }, 'Inline'),
        h('button', { type: 'button', dataView: 'side', ariaPressed: 'false' }, 'Side by side'),
      ]),
      ...filters(redline, groups),
    ]),
  ]);
}

/** One checkbox per amendment that made a change, in its colour, with how many changes it made. */
function filters(redline: Redline, groups: ChangeGroup[]): Element[] {
  const amendments = amendmentsOf(groups).filter((a) => a > 0);
  if (amendments.length === 0) return [];
  const boxes = amendments.map((a) => {
    const count = redline.changes.filter((c) => c.provenance.some((o) => o.amendment === a)).length;
    const label = redline.timeline.find((t) => t.version === a)?.label ?? `Amendment ${a}`;
    return h(`label.filter.a${a}`, [h('input', { type: 'checkbox', checked: true, dataFilter: String(a) }), h('span.swatch'), ` ${label} (${count})`]);
  });
  return [h('span.filters', { role: 'group', ariaLabel: 'Show amendments' }, boxes)];
}
