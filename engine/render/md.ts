import type { Change, Redline, TimelineEntry } from '../types.js';
import { describeChange, describeOrigin, redlineHeadline, showBidiControls } from './change-text.js';
import { redlineSegments, segmentBlocks, type Segment } from './segments.js';

/**
 * Render a redline as Markdown with CriticMarkup: the whole document, `{++added++}`, `{--deleted--}`,
 * `{~~old~>new~~}`, each change followed by a footnote giving its provenance.
 * @param redline the redline
 * @returns the Markdown
 */
export function renderMd(redline: Redline): string {
  const parts = [`# ${escapeMd(redlineHeadline(redline))}`, ...timelineTable(redline.timeline)];
  for (const block of segmentBlocks(redlineSegments(redline))) parts.push(renderBlock(block));
  const notes = redline.changes.map((c) => `[^${c.id}]: ${footnote(c)}`);
  if (notes.length > 0) parts.push(notes.join('\n'));
  return `${parts.join('\n\n')}\n`;
}

function timelineTable(timeline: TimelineEntry[]): string[] {
  if (timeline.length === 0) return [];
  const rows = timeline.map((t) => `| ${[t.label, t.date ?? '', t.state, t.expiration ?? '', t.withdrawn.join(', ')].map(escapeMd).join(' | ')} |`);
  return [['| Version | Date | State | Expires | Withdrawn for |', '| --- | --- | --- | --- | --- |', ...rows].join('\n')];
}

/** One block: shared text escaped, a removed piece followed by the same change's added piece as one substitution. */
function renderBlock(block: Segment[]): string {
  return block.map((piece, index) => renderPiece(piece, block[index - 1], block[index + 1])).join('');
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
