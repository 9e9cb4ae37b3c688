import { firstIndex } from '../core/floor-index.js';
import { diffArrays } from 'diff';
import type { DocumentUnits, Unit } from './units.js';

/** Matched unit indices `[a, b]` of two documents, increasing in both. */
export type Matching = Array<[number, number]>;

/** Beyond this many inserted plus deleted items an alignment gives up rather than go quadratic. */
const maxEditLength = 4000;

/**
 * Hash texts to small integers, so aligning compares numbers rather than strings.
 * @param texts the texts
 * @param table the table shared by both sides (text to id)
 * @returns one id per text
 */
export function internTexts(texts: string[], table: Map<string, number>): number[] {
  return texts.map((text) => {
    let id = table.get(text);
    if (id === undefined) {
      id = table.size;
      table.set(text, id);
    }
    return id;
  });
}

/**
 * Align two sequences of ids: first on the ids that occur once on each side (in the longest run that keeps their
 * order, as patience diff does), then with jsdiff's `diffArrays` between those anchors. Sparse edits of a long document
 * thus cost little more than a pass over it, where one Myers diff would grow with the number of edits squared.
 * @param a ids of the old sequence
 * @param b ids of the new sequence
 * @returns the matched positions (none inside a stretch too different to align cheaply)
 */
export function alignIds(a: number[], b: number[]): Matching {
  const pairs: Matching = [];
  let startA = 0;
  let startB = 0;
  for (const anchor of [...uniqueAnchors(a, b), [a.length, b.length] as [number, number]]) {
    if (anchor[0] > startA && anchor[1] > startB) diffBetween(a, b, [startA, anchor[0], startB, anchor[1]], pairs);
    if (anchor[0] < a.length) pairs.push(anchor);
    startA = anchor[0] + 1;
    startB = anchor[1] + 1;
  }
  return pairs;
}

/** Myers between two anchors (`[startA, endA, startB, endB]`), pushing the kept positions. */
function diffBetween(a: number[], b: number[], [startA, endA, startB, endB]: number[], pairs: Matching): void {
  const parts = diffArrays(a.slice(startA, endA), b.slice(startB, endB), { maxEditLength });
  let i = startA as number;
  let j = startB as number;
  for (const part of parts ?? []) {
    if (!part.added && !part.removed) for (let k = 0; k < part.count; k++) pairs.push([i + k, j + k]);
    if (!part.added) i += part.count;
    if (!part.removed) j += part.count;
  }
}

/** Pairs of positions of ids found exactly once on each side, the longest subsequence increasing in both. */
function uniqueAnchors(a: number[], b: number[]): Matching {
  let size = 1;
  for (const id of a) size = Math.max(size, id + 1);
  for (const id of b) size = Math.max(size, id + 1);
  const countA = new Int32Array(size);
  const countB = new Int32Array(size);
  const whereB = new Int32Array(size);
  for (const id of a) countA[id] = (countA[id] as number) + 1;
  b.forEach((id, j) => {
    countB[id] = (countB[id] as number) + 1;
    whereB[id] = j;
  });
  const candidates: Matching = [];
  a.forEach((id, i) => {
    if (countA[id] === 1 && countB[id] === 1) candidates.push([i, whereB[id] as number]);
  });
  return longestIncreasing(candidates);
}

/** The longest subsequence of pairs (sorted by their first index) whose second index increases: patience sorting. */
function longestIncreasing(pairs: Matching): Matching {
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(([, j], index) => {
    const low = firstIndex(tails.length, (middle) => (pairs[tails[middle] as number] as [number, number])[1] >= j);
    if (low > 0) previous[index] = tails[low - 1] as number;
    tails[low] = index;
  });
  const result: Matching = [];
  for (let index = tails[tails.length - 1] ?? -1; index >= 0; index = previous[index] as number) result.push(pairs[index] as [number, number]);
  return result.reverse();
}

/**
 * Match units by content between consecutive anchors, leaving anchors as they are. Block boundaries match only as
 * anchors (where the caller knows two blocks are one), and units listed in `skip` (moved paragraphs) never match.
 * @param a units of the old document
 * @param b units of the new document
 * @param anchors pairs already known to correspond, increasing in both
 * @param skip units of each side to leave unmatched
 * @returns anchors plus the matches found between them, increasing in both
 */
export function fillGaps(a: Unit[], b: Unit[], anchors: Matching, skip: { a: Set<number>; b: Set<number> }): Matching {
  const result: Matching = [];
  let previousA = -1;
  let previousB = -1;
  for (let k = 0; k <= anchors.length; k++) {
    const anchor = anchors[k];
    const [endA, endB] = anchor ?? [a.length, b.length];
    if (endA - previousA > 1 && endB - previousB > 1) {
      const gapA = range(previousA + 1, endA).filter((i) => !skip.a.has(i) && !(a[i] as Unit).boundary);
      const gapB = range(previousB + 1, endB).filter((j) => !skip.b.has(j) && !(b[j] as Unit).boundary);
      // A table per gap keeps ids small, so aligning a short gap never pays for the whole document's vocabulary.
      const table = new Map<string, number>();
      const ids = (side: Unit[], gap: number[]): number[] => internTexts(gap.map((i) => (side[i] as Unit).text), table);
      const found = gapA.length > 0 && gapB.length > 0 ? alignIds(ids(a, gapA), ids(b, gapB)) : [];
      for (const [i, j] of found) result.push([gapA[i] as number, gapB[j] as number]);
    }
    if (anchor) result.push(anchor);
    previousA = endA;
    previousB = endB;
  }
  return result;
}

/**
 * Add pairs to a list increasing in both indices, each only where it keeps the list increasing (the list wins any
 * conflict); repeats of a pair already there are dropped. With nothing to add, the list itself is returned.
 * @param base pairs increasing in both
 * @param extra pairs to add where they fit
 * @returns the merged list, increasing in both
 */
export function mergePairs(base: Matching, extra: Matching): Matching {
  if (extra.length === 0) return base;
  const kept: Matching = [];
  for (const pair of base) {
    const last = kept[kept.length - 1];
    if (!last || pair[0] > last[0] || pair[1] > last[1]) kept.push(pair);
  }
  const sorted = [...extra].sort((x, y) => x[0] - y[0]);
  const merged: Matching = [];
  let next = 0;
  const before = (x: [number, number], y: [number, number]): boolean => x[0] < y[0] && x[1] < y[1];
  for (const pair of sorted) {
    while (next < kept.length && (kept[next] as [number, number])[0] <= pair[0]) merged.push(kept[next++] as [number, number]);
    const last = merged[merged.length - 1];
    const following = kept[next];
    if ((!last || before(last, pair)) && (!following || before(pair, following))) merged.push(pair);
  }
  while (next < kept.length) merged.push(kept[next++] as [number, number]);
  return merged;
}

/**
 * Match the boundaries of blocks that are one block: those sharing a matched unit, and any pairs the caller knows.
 * @param a the old document's units
 * @param b the new document's units
 * @param matching matched units, increasing in both
 * @param known block pairs known from elsewhere (an edit's sentences)
 * @returns the matching with those boundaries added where they fit
 */
export function matchBoundaries(a: DocumentUnits, b: DocumentUnits, matching: Matching, known: Matching): Matching {
  const paired = new Uint8Array(a.blocks.length);
  for (const [i] of matching) if ((a.units[i] as Unit).boundary) paired[(a.units[i] as Unit).block] = 1;
  const shared: Matching = [];
  for (const [i, j] of matching) {
    const p = (a.units[i] as Unit).block;
    const q = (b.units[j] as Unit).block;
    const last = shared[shared.length - 1];
    if (!paired[p] && (!last || last[0] !== p || last[1] !== q)) shared.push([p, q]);
  }
  const boundary = (doc: DocumentUnits, block: number): number => (doc.blockUnits[block + 1] as number) - 1;
  const ends = mergePairs(shared, known)
    .filter(([p, q]) => p < a.blocks.length && q < b.blocks.length && !paired[p])
    .map(([p, q]): [number, number] => [boundary(a, p), boundary(b, q)]);
  return mergePairs(matching, ends);
}

/**
 * The numbers from `start` up to but not including `end`.
 * @param start first number
 * @param end limit
 * @returns the list
 */
export function range(start: number, end: number): number[] {
  const list: number[] = [];
  for (let i = start; i < end; i++) list.push(i);
  return list;
}
