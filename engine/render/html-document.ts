import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Change, Redline } from '../types.js';
import { describeChange, describeOrigin } from './change-text.js';
import type { ChangeGroup } from './change-groups.js';
import type { LaidParagraph, LaidRun } from './layout.js';
import { changeAmendment, describePlace } from './place-text.js';
import type { ReviewFlag } from './html-review.js';

/** What marking a redline's runs needs: the redline, the entry each change is listed in, the changes already anchored. */
export interface MarkContext {
  redline: Redline;
  entryOf: Map<string, ChangeGroup>;
  anchored: Set<string>;
  /** Prefix of the anchors in this view (`""` inline, `"s-"` side by side). */
  prefix: string;
  /** Review flags to set in the text (the inline view only), and the ids of those set. */
  flags: ReviewFlag[];
  placed: Set<string>;
}

/**
 * The amendments a change belongs to, for its colour and the filter: the versions in its provenance, or `0` for a
 * change compared without history.
 * @param change the change
 * @returns the version numbers, space-separated
 */
export function changeAmendments(change: Change): string {
  const found = [...new Set(change.provenance.map((o) => o.amendment))].sort((a, b) => a - b);
  return found.length > 0 ? found.join(' ') : '0';
}

/**
 * The document with the changes inline: its headings as headings, its printed page numbers in the margin.
 * @param paragraphs the redline laid out
 * @param context what marking needs
 * @returns the view
 */
export function inlineView(paragraphs: LaidParagraph[], context: MarkContext): Element {
  let page: number | null = null;
  const blocks = paragraphs.map((paragraph, index) => {
    const mark = paragraph.block?.page !== undefined && paragraph.block.page !== null && paragraph.block.page !== page;
    if (mark) page = paragraph.block?.page ?? null;
    const margin = mark ? [h('span.page', { ariaLabel: `page ${page}` }, `p. ${page}`)] : [];
    return blockElement(paragraph, index, [...margin, ...markRuns(paragraph.runs, context)]);
  });
  return h('div#inline.view.inline', blocks);
}

/**
 * The two versions side by side (from | to), one row per paragraph so the columns line up: the from-column shows what
 * each change removed, the to-column what it added.
 * @param paragraphs the redline laid out
 * @param context what marking needs (its prefix keeps these anchors apart from the inline view's)
 * @returns the view
 */
export function sideView(paragraphs: LaidParagraph[], context: MarkContext): Element {
  const { redline } = context;
  const head = h('div.row.head', [h('div.cell.from', redline.from.label), h('div.cell.to', redline.to.label)]);
  const rows = paragraphs.map((paragraph) => {
    const cell = (side: 'removed' | 'added', name: string): Element => {
      const runs = paragraph.runs.filter((run) => run.side === 'equal' || run.side === side);
      const kind = paragraph.block?.kind === 'heading' ? `heading depth-${paragraph.block.depth ?? 3}` : (paragraph.block?.kind ?? 'paragraph');
      return h('div', { className: ['cell', name, ...kind.split(' '), runs.length === 0 ? 'empty' : ''].filter(Boolean) }, markRuns(runs, context));
    };
    return h('div.row', [cell('removed', 'from'), cell('added', 'to')]);
  });
  return h('div#side.view.side', { ariaLabel: 'Side by side' }, [head, ...rows]);
}

function blockElement(paragraph: LaidParagraph, index: number, children: ElementContent[]): Element {
  const block = paragraph.block;
  if (block?.kind === 'heading') return h(`h${Math.min((block.depth ?? 3) + 2, 6)}`, { id: `b${index}` }, children);
  if (block?.kind === 'table') return h('pre.table', children);
  return h(block?.kind === 'unknown' ? 'p.unknown' : 'p', children);
}

/** The runs of one paragraph: shared text plain, each change's text in `del` or `ins`, a link to its entry after it. */
function markRuns(runs: LaidRun[], context: MarkContext): ElementContent[] {
  return runs.flatMap((run, index) => {
    const lineBreak: ElementContent[] = run.breakBefore ? [h('br')] : [];
    if (!run.change) return [...lineBreak, ...flagText(run, context)];
    const last = runs[index + 1]?.change !== run.change;
    return [...lineBreak, ...flagsIn(run, context).map(flagElement), markElement(run, context), ...(last ? backLink(run.change, context) : [])];
  });
}

/** The review flags that start in a run (in the inline view), each marked as set. */
function flagsIn(run: LaidRun, context: MarkContext): ReviewFlag[] {
  if (run.to === null || run.text.length === 0) return [];
  const start = run.to;
  const found = context.flags.filter((f) => f.start >= start && f.start < start + run.text.length && !context.placed.has(f.id));
  for (const flag of found) context.placed.add(flag.id);
  return found;
}

/** Shared text, cut where a review flag starts so the flag stands before the words it concerns. */
function flagText(run: LaidRun, context: MarkContext): ElementContent[] {
  const start = run.to ?? 0;
  const pieces: ElementContent[] = [];
  let at = 0;
  for (const flag of flagsIn(run, context)) {
    if (flag.start - start > at) pieces.push({ type: 'text', value: run.text.slice(at, flag.start - start) });
    pieces.push(flagElement(flag));
    at = flag.start - start;
  }
  pieces.push({ type: 'text', value: run.text.slice(at) });
  return pieces.filter((p) => p.type !== 'text' || p.value.length > 0);
}

function flagElement(flag: ReviewFlag): Element {
  return h('a.flag', { id: flag.id, href: `#${flag.id}`, title: flag.title, ariaLabel: `for review: ${flag.title}` }, '⚑');
}

function markElement(run: LaidRun, context: MarkContext): Element {
  const change = run.change as Change;
  const first = !context.anchored.has(change.id);
  context.anchored.add(change.id);
  const made = changeAmendment(context.redline, change);
  const title = [describeChange(change), ...(change.place ? [describePlace(change.place)] : []), ...change.provenance.map(describeOrigin)].join('\n');
  const className = [change.kind, change.kind.startsWith('move') ? 'move' : '', `a${made?.version ?? 0}`].filter(Boolean);
  const properties = { id: first ? `${context.prefix}${change.id}` : undefined, className, title, dataChange: change.id, dataAmendments: changeAmendments(change), dataStop: first ? '' : undefined };
  return h(run.side === 'removed' ? 'del' : 'ins', properties, run.text);
}

function backLink(change: Change, context: MarkContext): Element[] {
  const entry = context.entryOf.get(change.id);
  const pair = change.pair ? [h('a.ref', { href: `#${context.prefix}${change.pair}`, dataAmendments: changeAmendments(change) }, change.kind === 'moveFrom' ? `moved to ${change.pair}` : `moved from ${change.pair}`)] : [];
  return [h('a.ref', { href: `#${entry?.id ?? 'changes'}`, ariaLabel: `change ${change.id}`, dataAmendments: changeAmendments(change) }, change.id), ...pair];
}
