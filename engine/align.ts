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
 * Align two sequences of ids with jsdiff's `diffArrays` and return the positions it keeps.
 * @param a ids of the old sequence
 * @param b ids of the new sequence
 * @returns the matched positions, or null when the sequences differ too much to align cheaply
 */
export function alignIds(a: number[], b: number[]): Matching | null {
  const parts = diffArrays(a, b, { maxEditLength });
  if (!parts) return null;
  const pairs: Matching = [];
  let i = 0;
  let j = 0;
  for (const part of parts) {
    if (!part.added && !part.removed) {
      for (let k = 0; k < part.count; k++) pairs.push([i + k, j + k]);
    }
    if (!part.added) i += part.count;
    if (!part.removed) j += part.count;
  }
  return pairs;
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
  const table = new Map<string, number>();
  const result: Matching = [];
  let previous: [number, number] = [-1, -1];
  for (const anchor of [...anchors, [a.length, b.length] as [number, number]]) {
    const gapA = range(previous[0] + 1, anchor[0]).filter((i) => !skip.a.has(i) && !(a[i] as Unit).boundary);
    const gapB = range(previous[1] + 1, anchor[1]).filter((j) => !skip.b.has(j) && !(b[j] as Unit).boundary);
    if (gapA.length > 0 && gapB.length > 0) {
      const ids = (side: Unit[], gap: number[]): number[] => internTexts(gap.map((i) => (side[i] as Unit).text), table);
      for (const [i, j] of alignIds(ids(a, gapA), ids(b, gapB)) ?? []) result.push([gapA[i] as number, gapB[j] as number]);
    }
    if (anchor[0] < a.length) result.push(anchor);
    previous = anchor;
  }
  return result;
}

/**
 * Add pairs to a list increasing in both indices, each only where it keeps the list increasing (the list wins any
 * conflict); repeats of a pair already there are dropped.
 * @param base pairs increasing in both
 * @param extra pairs to add where they fit
 * @returns the merged list, increasing in both
 */
export function mergePairs(base: Matching, extra: Matching): Matching {
  const merged: Matching = [];
  for (const pair of base) {
    const last = merged[merged.length - 1];
    if (!last || pair[0] > last[0] || pair[1] > last[1]) merged.push(pair);
  }
  for (const pair of extra) {
    const at = merged.findIndex(([p]) => p >= pair[0]);
    const index = at === -1 ? merged.length : at;
    const before = merged[index - 1];
    const after = merged[index];
    const fits = (!before || (before[0] < pair[0] && before[1] < pair[1])) && (!after || (after[0] > pair[0] && after[1] > pair[1]));
    if (fits) merged.splice(index, 0, pair);
  }
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
  const shared = matching.map(([i, j]): [number, number] => [(a.units[i] as Unit).block, (b.units[j] as Unit).block]);
  const boundary = (doc: DocumentUnits, block: number): number => (doc.blockUnits[block + 1] as number) - 1;
  const ends = mergePairs(shared, known)
    .filter(([p, q]) => p < a.blocks.length && q < b.blocks.length)
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
