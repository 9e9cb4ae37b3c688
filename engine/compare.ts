import { alignIds, fillGaps, internTexts, matchBoundaries, range, type Matching } from './align.js';
import { refineChanges, type Move } from './refine.js';
import { pairSimilarBlocks } from './similar.js';
import type { Change, Redline, Root } from './types.js';
import { documentUnits, type DocumentUnits } from './units.js';

/** A paragraph shorter than this is too common ("None.") to call the same one when found elsewhere. */
const minMovedLength = 40;

/**
 * The redline between two documents without any history: paragraphs and sentences aligned by content first,
 * words diffed only inside what changed, a paragraph found whole elsewhere shown as a move.
 * @param from the old document
 * @param to the new document
 * @param labels how to name each side (file names)
 * @returns the redline, with no provenance and no timeline
 */
export function compare(from: Root, to: Root, labels: { from: string; to: string } = { from: 'from', to: 'to' }): Redline {
  const a = documentUnits(from);
  const b = documentUnits(to);
  return {
    title: null,
    document: null,
    from: { version: null, label: labels.from, date: null, text: a.text },
    to: { version: null, label: labels.to, date: null, text: b.text },
    changes: compareUnits(a, b),
    timeline: [],
  };
}

/**
 * The changes between two documents cut into units, found by content alone.
 * @param a the old document's units
 * @param b the new document's units
 * @returns the changes in document order
 */
export function compareUnits(a: DocumentUnits, b: DocumentUnits): Change[] {
  const table = new Map<string, number>();
  const idsA = internTexts(a.blocks.map((s) => a.text.slice(s.start, s.end)), table);
  const idsB = internTexts(b.blocks.map((s) => b.text.slice(s.start, s.end)), table);
  const blocks = alignIds(idsA, idsB) ?? [];
  const moves = findMoves(idsA, idsB, blocks, (i) => a.blocks[i]!.end - a.blocks[i]!.start >= minMovedLength);
  const skip = { a: unitSet(a, moves.map(([i]) => i)), b: unitSet(b, moves.map(([, j]) => j)) };
  const paired = withSimilarBlocks(a, b, blocks, moves);
  const matching = matchBoundaries(a, b, fillGaps(a.units, b.units, unitAnchors(a, b, paired), skip), []);
  const spans: Move[] = moves.map(([i, j]) => ({ from: a.blocks[i]!, to: b.blocks[j]! }));
  return refineChanges({ from: a, to: b, matching, moves: spans, provenance: () => [] });
}

/** Pair each unmatched old block with an unmatched new block of the same text, first come first served. */
function findMoves(idsA: number[], idsB: number[], blocks: Matching, long: (i: number) => boolean): Matching {
  const matchedA = new Set(blocks.map(([i]) => i));
  const matchedB = new Set(blocks.map(([, j]) => j));
  const waiting = new Map<number, number[]>();
  idsB.forEach((id, j) => {
    if (!matchedB.has(j)) waiting.set(id, [...(waiting.get(id) ?? []), j]);
  });
  const moves: Matching = [];
  idsA.forEach((id, i) => {
    const j = matchedA.has(i) || !long(i) ? undefined : waiting.get(id)?.shift();
    if (j !== undefined) moves.push([i, j]);
  });
  return moves;
}

/**
 * Add to the matched blocks, inside each gap between them, the old and new blocks alike enough to be one block edited
 * (shown as `{ same: false }`), leaving out moved blocks.
 */
function withSimilarBlocks(a: DocumentUnits, b: DocumentUnits, blocks: Matching, moves: Matching): Array<[number, number, boolean]> {
  const movedA = new Set(moves.map(([i]) => i));
  const movedB = new Set(moves.map(([, j]) => j));
  const text = (doc: DocumentUnits, i: number): string => doc.text.slice(doc.blocks[i]!.start, doc.blocks[i]!.end);
  const result: Array<[number, number, boolean]> = [];
  let previous: [number, number] = [-1, -1];
  for (const pair of [...blocks, [a.blocks.length, b.blocks.length] as [number, number]]) {
    const gapA = range(previous[0] + 1, pair[0]).filter((i) => !movedA.has(i));
    const gapB = range(previous[1] + 1, pair[1]).filter((j) => !movedB.has(j));
    const similar = pairSimilarBlocks(gapA.map((i) => text(a, i)), gapB.map((j) => text(b, j)));
    for (const [i, j] of similar) result.push([gapA[i]!, gapB[j]!, false]);
    if (pair[0] < a.blocks.length) result.push([pair[0], pair[1], true]);
    previous = pair;
  }
  return result;
}

/** Anchors for paired blocks: every unit of a block found unchanged, the boundary of a block edited. */
function unitAnchors(a: DocumentUnits, b: DocumentUnits, blocks: Array<[number, number, boolean]>): Matching {
  const anchors: Matching = [];
  for (const [i, j, same] of blocks) {
    const startA = a.blockUnits[i] as number;
    const startB = b.blockUnits[j] as number;
    const count = (a.blockUnits[i + 1] as number) - startA;
    const countB = (b.blockUnits[j + 1] as number) - startB;
    if (!same || count !== countB) {
      anchors.push([startA + count - 1, startB + countB - 1]);
      continue;
    }
    for (let k = 0; k < count; k++) {
      if (a.units[startA + k]?.text === b.units[startB + k]?.text) anchors.push([startA + k, startB + k]);
    }
  }
  return anchors;
}

function unitSet(doc: DocumentUnits, blocks: number[]): Set<number> {
  const set = new Set<number>();
  for (const block of blocks) {
    for (let u = doc.blockUnits[block] as number; u < (doc.blockUnits[block + 1] as number); u++) set.add(u);
  }
  return set;
}
