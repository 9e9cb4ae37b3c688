import { firstIndex } from '../core/floor-index.js';
import type { Redline, RedlineBlock } from '../types.js';
import { redlineSegments, type Segment } from './segments.js';

/** A run of one laid-out paragraph: text both versions share, or text a change removed or added. */
export interface LaidRun {
  text: string;
  side: Segment['side'];
  change: Segment['change'];
  /** True when a line break (inside a table kept line for line) comes before the text. */
  breakBefore: boolean;
  /** Where the text starts in the to-side's text, or null for removed text. */
  to: number | null;
}

/**
 * One paragraph of a redline as both versions read it together. `mark` says whose its paragraph break is: a break a
 * change added or removed belongs to that change (a Word redline tracks it, so accepting every change gives the
 * to-version's paragraphs and rejecting every change the from-version's).
 */
export interface LaidParagraph {
  /** The block it starts in (on the to-side, or the from-side for removed text), for its style. */
  block: RedlineBlock | null;
  mark: Segment['side'];
  runs: LaidRun[];
}

/**
 * Lay a redline out as paragraphs (for Word and the HTML page): the document's blocks in reading order, each change's
 * removed text before its added text, each paragraph break owned by the side it belongs to.
 * @param redline the redline
 * @returns the paragraphs, the last one's mark shared
 */
export function layoutParagraphs(redline: Redline): LaidParagraph[] {
  const paragraphs: LaidParagraph[] = [];
  let current: LaidParagraph = { block: null, mark: 'equal', runs: [] };
  const offsets = { from: 0, to: 0 };
  const segments = trimFinalNewline(redlineSegments(redline));
  for (const segment of segments) {
    segment.text.split('\n\n').forEach((piece, index) => {
      if (index > 0) {
        paragraphs.push({ ...current, mark: segment.side });
        current = { block: null, mark: 'equal', runs: [] };
        advance(offsets, segment.side, 2);
      }
      if (piece.length === 0) return;
      current.block ??= blockAt(redline, segment.side === 'removed' ? 'from' : 'to', segment.side === 'removed' ? offsets.from : offsets.to);
      pushLines(current, segment, piece, segment.side === 'removed' ? null : offsets.to);
      advance(offsets, segment.side, piece.length);
    });
  }
  paragraphs.push(current);
  return paragraphs;
}

/** A piece of a segment as runs, one per line, each knowing where it starts in the to-text. */
function pushLines(paragraph: LaidParagraph, segment: Segment, piece: string, to: number | null): void {
  let at = 0;
  piece.split('\n').forEach((line, k) => {
    if (line.length > 0 || k > 0) paragraph.runs.push({ text: line, side: segment.side, change: segment.change, breakBefore: k > 0, to: to === null ? null : to + at });
    at += line.length + 1;
  });
}

/** Both texts end with one newline, which is no paragraph of its own. */
function trimFinalNewline(segments: Segment[]): Segment[] {
  const last = segments[segments.length - 1];
  if (!last || last.side !== 'equal' || !last.text.endsWith('\n')) return segments;
  const text = last.text.slice(0, -1);
  return text.length > 0 ? [...segments.slice(0, -1), { ...last, text }] : segments.slice(0, -1);
}

function advance(offsets: { from: number; to: number }, side: Segment['side'], length: number): void {
  if (side !== 'added') offsets.from += length;
  if (side !== 'removed') offsets.to += length;
}

function blockAt(redline: Redline, side: 'from' | 'to', offset: number): RedlineBlock | null {
  const blocks = redline[side].blocks ?? [];
  const index = firstIndex(blocks.length, (k) => (blocks[k] as RedlineBlock).start > offset) - 1;
  return blocks[index] ?? null;
}
