import type { AmendmentTally, Change, Problem, Redline, ReviewPoint, TimelineEntry } from '../types.js';
import { problemGroups } from './problems-text.js';
import { markPieces, type MarkedPiece } from './review-marks.js';
import { describeChange, describeOrigin, redlineHeadline, showBidiControls } from './change-text.js';
import { redlineSegments, segmentBlocks, type Segment } from './segments.js';

/**
 * Render a redline as Markdown with CriticMarkup: the whole document, `{++added++}`, `{--deleted--}`,
 * `{~~old~>new~~}`, each change followed by a footnote giving its provenance.
 * @param redline the redline
 * @returns the Markdown
 */
export function renderMd(redline: Redline): string {
  const parts = [`# ${escapeMd(redlineHeadline(redline))}`, ...problemQuotes(redline.problems ?? [], redline.tallies ?? []), ...timelineTable(redline.timeline)];
  for (const block of segmentBlocks(redlineSegments(redline))) parts.push(renderBlock(markPieces(block, redline.review ?? [], false)));
  const notes = redline.changes.map((c) => `[^${c.id}]: ${footnote(c)}`);
  if (notes.length > 0) parts.push(notes.join('\n'));
  return `${parts.join('\n\n')}\n`;
}

function timelineTable(timeline: TimelineEntry[]): string[] {
  if (timeline.length === 0) return [];
  // The column of terms changed is there only when a version changed some, so an offer without any reads as before.
  const terms = timeline.some((t) => (t.terms ?? []).length > 0);
  const cells = (t: TimelineEntry): string[] => [
    t.label, t.date ?? '', t.state, t.expiration ? `${t.expiration}${t.expirationTime ? `, ${t.expirationTime}` : ''}` : '', t.withdrawn.join(', '), ...(terms ? [(t.terms ?? []).join('; ')] : []),
  ];
  const rows = timeline.map((t) => `| ${cells(t).map(escapeMd).join(' | ')} |`);
  const head = terms ? ['| Version | Date | State | Expires | Withdrawn for | Terms changed |', '| --- | --- | --- | --- | --- | --- |'] : ['| Version | Date | State | Expires | Withdrawn for |', '| --- | --- | --- | --- | --- |'];
  return [[...head, ...rows].join('\n')];
}

/**
 * Each amendment's instructions not applied, as a quoted block for the top of a Markdown deliverable.
 * @param problems the problems in range
 * @param counts the amendments' tallies
 * @returns one quoted block per amendment with instructions not applied
 */
export function problemQuotes(problems: Problem[], counts: AmendmentTally[]): string[] {
  return problemGroups(problems, counts).map((group) =>
    [`> **${escapeMd(group.heading)}**`, '>', ...group.problems.map((p) => `> - ${escapeMd(p.line)}<br>${escapeMd(p.context)}`)].join('\n'),
  );
}

/**
 * One block: shared text escaped, a removed piece followed by the same change's added piece as one substitution;
 * shared text a review point covers highlighted (`{==…==}`), its note as a comment (`{>>…<<}`) where the point ends.
 */
function renderBlock(block: MarkedPiece[]): string {
  const commented = new Set<ReviewPoint>();
  return block
    .map(({ piece, points }, index) => {
      const text = renderPiece(piece, block[index - 1]?.piece, block[index + 1]?.piece);
      const shown = piece.side === 'equal' && points.length > 0 ? `{==${text}==}` : text;
      const end = (piece.to ?? 0) + piece.text.length;
      const ending = points.filter((p) => p.end !== null && p.end <= end && !commented.has(p));
      for (const p of ending) commented.add(p);
      return `${shown}${ending.map((p) => `{>>${escapeMd(`review: ${p.note}`)}<<}`).join('')}`;
    })
    .join('');
}

function renderPiece(piece: Segment, previous: Segment | undefined, next: Segment | undefined): string {
  const change = piece.change;
  const text = escapeMd(piece.text);
  if (!change) return text;
  if (piece.side === 'removed' && next?.change === change) return `{~~${text}~>`;
  if (piece.side === 'added' && previous?.change === change) return `${text}~~}${note(change, next)}`;
  return `${piece.side === 'removed' ? `{--${text}--}` : `{++${text}++}`}${note(change, next)}`;
}

/** The footnote mark after the last piece of a change in this block. */
function note(change: Change, next: Segment | undefined): string {
  return next?.change === change ? '' : `[^${change.id}]`;
}

function footnote(change: Change): string {
  const who = change.provenance.map(describeOrigin);
  return escapeMd([change.pair || who.length === 0 ? describeChange(change) : '', ...who].filter(Boolean).join('; '));
}

/**
 * Escape text so Markdown (and CriticMarkup) reads it literally: punctuation that marks up, a block's opening
 * `#`, `>`, list marker or number that would start a heading, quote or list, and Unicode bidirectional controls,
 * written as their code points (`[U+202E]`) so they cannot reorder what a reader sees.
 * @param text the text
 * @returns the escaped text
 */
export function escapeMd(text: string): string {
  return showBidiControls(text)
    .replace(/[\\`*_[\]<>{}~|]/g, '\\$&')
    .replace(/^(\s*)([#>+-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}
