import type { ReviewPoint } from '../types.js';
import type { Segment } from './segments.js';

/** A piece of a block with the review points whose place covers it. */
export interface MarkedPiece {
  piece: Segment;
  points: ReviewPoint[];
}

const placed = (points: ReviewPoint[]): Array<ReviewPoint & { start: number; end: number }> =>
  points.filter((p): p is ReviewPoint & { start: number; end: number } => p.start !== null && p.end !== null);

/**
 * The to-text range a block shows: from its first piece not removed to the end of its last.
 * @param block the block's pieces
 * @returns [start, end), or null when the block shows only removed text
 */
export function blockRange(block: Segment[]): [number, number] | null {
  const shown = block.filter((p) => p.side !== 'removed' && p.to !== undefined);
  const first = shown[0];
  const last = shown[shown.length - 1];
  return first && last ? [first.to as number, (last.to as number) + last.text.length] : null;
}

/**
 * The review points that start in a block.
 * @param block the block's pieces
 * @param points the redline's review points
 * @returns those placed in the block
 */
export function pointsIn(block: Segment[], points: ReviewPoint[]): ReviewPoint[] {
  const range = blockRange(block);
  if (!range) return [];
  return placed(points).filter((p) => p.start >= range[0] && p.start < range[1]);
}

/**
 * Cut a block's pieces where review points start and end, each piece listing the points that cover it (removed text
 * is covered by none).
 * @param block the block's pieces
 * @param points the redline's review points
 * @param cutChanges whether to cut inserted text too (false: a change stays whole, listing the points it touches)
 * @returns the pieces, cut
 */
export function markPieces(block: Segment[], points: ReviewPoint[], cutChanges = true): MarkedPiece[] {
  const spans = placed(points);
  return block.flatMap((piece): MarkedPiece[] => {
    if (piece.side === 'removed' || piece.to === undefined || spans.length === 0) return [{ piece, points: [] }];
    const start = piece.to;
    const end = start + piece.text.length;
    if (!cutChanges && piece.side !== 'equal') return [{ piece, points: spans.filter((p) => p.start < end && p.end > start) }];
    const cuts = [...new Set([start, end, ...spans.flatMap((p) => [p.start, p.end]).filter((x) => x > start && x < end)])].sort((a, b) => a - b);
    return cuts.slice(0, -1).map((from, i) => {
      const to = cuts[i + 1] as number;
      return { piece: { ...piece, text: piece.text.slice(from - start, to - start), to: from }, points: spans.filter((p) => p.start < to && p.end > from) };
    });
  });
}
