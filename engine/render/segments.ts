import type { Change, Redline } from '../types.js';

/** A stretch of a redline as it reads: text both versions share, or text one change removed or added. */
export interface Segment {
  side: 'equal' | 'removed' | 'added';
  text: string;
  change: Change | null;
  /** Where the piece starts in the to-text (for removed text, where it stood). */
  to?: number;
}

/**
 * Walk a redline in reading order: shared text, then each change's removed text before its added text.
 * @param redline the redline
 * @returns the segments, empty texts left out
 */
export function redlineSegments(redline: Redline): Segment[] {
  const segments: Segment[] = [];
  let to = 0;
  const push = (side: Segment['side'], text: string, change: Change | null): void => {
    if (text.length > 0) segments.push({ side, text, change, to });
    if (side !== 'removed') to += text.length;
  };
  let position = 0;
  for (const change of redline.changes) {
    push('equal', redline.from.text.slice(position, change.from.start), null);
    push('removed', change.from.text, change);
    push('added', change.to.text, change);
    position = change.from.end;
  }
  push('equal', redline.from.text.slice(position), null);
  return segments;
}

/**
 * Cut segments into the blocks a reader sees (split at blank lines), dropping the final newline.
 * A segment that spans blocks is cut into one piece per block.
 * @param segments the redline's segments
 * @returns one list of pieces per block
 */
export function segmentBlocks(segments: Segment[]): Segment[][] {
  const blocks: Segment[][] = [[]];
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1 && segment.side === 'equal';
    const text = last ? segment.text.replace(/\n$/, '') : segment.text;
    let offset = 0;
    text.split('\n\n').forEach((piece, k) => {
      if (k > 0) blocks.push([]);
      const to = segment.to === undefined ? undefined : segment.to + (segment.side === 'removed' ? 0 : offset);
      if (piece.length > 0) (blocks[blocks.length - 1] as Segment[]).push({ ...segment, text: piece, to });
      offset += piece.length + 2;
    });
  });
  return blocks.filter((block) => block.length > 0);
}
