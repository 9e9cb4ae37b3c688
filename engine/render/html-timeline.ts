import type { Element } from 'hast';
import { h } from 'hastscript';
import type { LaidParagraph } from './layout.js';
import type { Redline, TimelineEntry } from '../types.js';
import { resultLines } from './timeline-text.js';

/**
 * The offer's versions in order, the two compared marked: each with its date, state, expiration or extension,
 * withdrawals, exhibits, results and the text edits it made to this document.
 * @param redline the redline
 * @returns the section, or nothing for a comparison without history
 */
export function timelineSection(redline: Redline): Element[] {
  if (redline.timeline.length === 0) return [];
  const low = Math.min(redline.from.version ?? 0, redline.to.version ?? 0);
  const high = Math.max(redline.from.version ?? 0, redline.to.version ?? 0);
  const items = redline.timeline.map((t) => {
    const classes = [t.version >= low && t.version <= high ? 'in-range' : '', t.version === redline.from.version ? 'from' : '', t.version === redline.to.version ? 'to' : ''];
    return h('li', { className: [...classes.filter(Boolean), `a${t.version}`], id: `v${t.version}` }, [
      h('span.label', t.label),
      t.date ? h('time', { dateTime: t.date }, t.date) : h('span.fact', 'date unknown'),
      h('span.state', t.state),
      ...facts(t).map((fact) => h('span.fact', fact)),
      ...t.withdrawn.map((plan) => h('span.withdrawn', `withdrawn for ${plan}`)),
    ]);
  });
  return [h('section.timeline', { ariaLabel: 'Lifecycle' }, [h('h2', 'Timeline'), h('ol', items)])];
}

function facts(t: TimelineEntry): string[] {
  const ids = (action: string): string => (t.exhibits ?? []).filter((e) => e.action === action).map((e) => e.id).join(', ');
  const lines: string[] = [];
  const time = t.expirationTime ? `, ${t.expirationTime}` : '';
  if (t.extendedTo) lines.push(`extended to ${t.extendedTo}${time}`);
  else if (t.expiration) lines.push(`expires ${t.expiration}${time}`);
  lines.push(...(t.terms ?? []));
  if (ids('restated')) lines.push(`exhibits restated: ${ids('restated')}`);
  if (ids('added')) lines.push(`exhibits added: ${ids('added')}`);
  if (t.results) lines.push(...resultLines(t.results));
  if (t.version > 0 && t.edits !== undefined) lines.push(`${t.edits} text edit${t.edits === 1 ? '' : 's'} to this document`);
  return lines;
}

/**
 * The outline of the document: each heading linking to its place, with the number of changes under it.
 * @param paragraphs the redline laid out
 * @returns the sidebar
 */
export function outlineNav(paragraphs: LaidParagraph[]): Element {
  const items: Element[] = [];
  let open: { element: Element; count: number } | null = null;
  const close = (): void => {
    if (open && open.count > 0) open.element.children.push(h('span.changed', { title: `${open.count} changes` }, String(open.count)));
  };
  paragraphs.forEach((paragraph, index) => {
    if (paragraph.block?.kind === 'heading') {
      close();
      const text = paragraph.runs.filter((run) => run.side !== 'removed').map((run) => run.text).join('') || paragraph.runs.map((run) => run.text).join('');
      const element = h('li', { className: [`depth-${paragraph.block.depth ?? 3}`] }, [h('a', { href: `#b${index}` }, text)]);
      items.push(element);
      open = { element, count: 0 };
      return;
    }
    if (open) open.count += new Set(paragraph.runs.flatMap((run) => (run.change ? [run.change.id] : []))).size;
  });
  close();
  return h('nav.outline', { ariaLabel: 'Outline' }, [h('h2', 'Outline'), items.length > 0 ? h('ol', items) : h('p.empty', 'No headings.')]);
}
