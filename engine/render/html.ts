import type { Element, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Change, Redline } from '../types.js';
import { describeChange, describeOrigin, redlineHeadline, sideLabel } from './change-text.js';
import { showHtmlControls } from './html-controls.js';
import { redlineCss } from './html-style.js';
import { redlineSegments, segmentBlocks, type Segment } from './segments.js';

/**
 * Render a redline as one self-contained HTML page (inline CSS, no scripts): the lifecycle timeline, a list of
 * changes linking to each, then the document with the changes inline, each carrying its provenance. Built as a hast
 * tree, so every piece of document text is escaped by construction; Unicode bidirectional controls are shown, not
 * passed through.
 * @param redline the redline
 * @returns the HTML document
 */
export function renderHtml(redline: Redline): string {
  const headline = redlineHeadline(redline);
  const tree: HastRoot = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [h('meta', { charset: 'utf-8' }), h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }), h('title', `Redline: ${headline}`), h('style', redlineCss)]),
        h('body', [
          h('header', [
            h('h1', redline.title ?? redline.document ?? 'Redline'),
            h('p.sides', [redline.document ? `${redline.document}: from ` : 'From ', h('b', sideLabel(redline.from)), ' to ', h('b', sideLabel(redline.to))]),
          ]),
          ...timeline(redline),
          changeList(redline.changes),
          documentSection(redline),
        ]),
      ]),
    ],
  };
  return `${toHtml(showHtmlControls(tree))}\n`;
}

/** The offer's versions in order, the two compared marked. */
function timeline(redline: Redline): Element[] {
  if (redline.timeline.length === 0) return [];
  const low = Math.min(redline.from.version ?? 0, redline.to.version ?? 0);
  const high = Math.max(redline.from.version ?? 0, redline.to.version ?? 0);
  const items = redline.timeline.map((t) => {
    const classes = [t.version >= low && t.version <= high ? 'in-range' : '', t.version === redline.from.version ? 'from' : '', t.version === redline.to.version ? 'to' : ''];
    return h('li', { className: classes.filter(Boolean), id: `v${t.version}` }, [
      h('span.label', t.label),
      t.date ? h('time', { dateTime: t.date }, t.date) : '',
      h('span.state', t.state),
      t.expiration ? h('span.expires', `expires ${t.expiration}`) : '',
      ...t.withdrawn.map((plan) => h('span.withdrawn', `withdrawn for ${plan}`)),
    ]);
  });
  return [h('nav.timeline', { ariaLabel: 'Lifecycle' }, [h('h2', 'Timeline'), h('ol', items)])];
}

/** Every change, linking to its place in the document, with what it did and who made it. */
function changeList(changes: Change[]): Element {
  const items = changes.map((c) =>
    h('li', { id: `list-${c.id}` }, [
      h('a', { href: `#${c.id}` }, c.id),
      ' ',
      h('span.summary', describeChange(c)),
      ...c.provenance.map((o) => h('span.provenance', describeOrigin(o))),
    ]),
  );
  return h('section.changes', [h('h2', `Changes (${changes.length})`), items.length > 0 ? h('ol', items) : h('p.empty', 'No changes.')]);
}

/** The document, one paragraph per block, changes inline. */
function documentSection(redline: Redline): Element {
  const anchored = new Set<string>();
  const blocks = segmentBlocks(redlineSegments(redline)).map((block) =>
    h('p', block.flatMap((piece, index) => renderPiece(piece, block[index + 1], anchored))),
  );
  return h('main.document', [h('h2', 'Document'), ...blocks]);
}

/** A piece of text: plain, or `del`/`ins` with the change's id on its first piece and a link back after its last. */
function renderPiece(piece: Segment, next: Segment | undefined, anchored: Set<string>): Array<Element | string> {
  const change = piece.change;
  if (!change) return [piece.text];
  const id = anchored.has(change.id) ? undefined : change.id;
  anchored.add(change.id);
  const title = [describeChange(change), ...change.provenance.map(describeOrigin)].join('\n');
  const className = [change.kind, change.kind.startsWith('move') ? 'move' : ''].filter(Boolean);
  const element = h(piece.side === 'removed' ? 'del' : 'ins', { id, className, title, dataChange: change.id }, piece.text);
  if (next?.change === change) return [element];
  const back = h('a.ref', { href: `#list-${change.id}`, ariaLabel: `change ${change.id}` }, change.id);
  if (!change.pair) return [element, back];
  const where = change.kind === 'moveFrom' ? 'moved to' : 'moved from';
  return [element, back, h('a.ref', { href: `#${change.pair}`, ariaLabel: `${where} ${change.pair}` }, `${where} ${change.pair}`)];
}
