import { wordsWithSpaceDiff } from 'diff';
import { mergePairs, range, type Matching } from './align.js';
import type { DocumentUnits, Unit } from './units.js';

/**
 * Below this share of its words kept, a rewritten passage is not one passage edited: refine strikes it whole rather
 * than shred it word by word, and two blocks this unalike are not paired. One threshold for both, so every pair of
 * blocks refine would show word by word is found by content, whichever redline asks.
 */
export const minKeptShare = 0.4;
/** Gaps bigger than this many block pairs are left to unit alignment alone. */
const maxPairs = 2500;
const blank = /^\s*$/;

/**
 * How many characters of a text are words or marks rather than spaces: the weight refine gives a run of tokens.
 * @param tokens the tokens (jsdiff's `diffWordsWithSpace` tokens)
 * @returns the count
 */
export function wordChars(tokens: Array<{ text: string }>): number {
  let count = 0;
  for (const token of tokens) if (!blank.test(token.text)) count += token.text.length;
  return count;
}

/** The words and marks of a text as refine cuts them, counted. */
function tokenCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of wordsWithSpaceDiff.tokenize(text)) {
    if (!blank.test(token)) counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  return counts;
}

function weight(counts: Map<string, number>): number {
  let total = 0;
  for (const [token, count] of counts) total += token.length * count;
  return total;
}

/**
 * The share of two texts' word characters a word diff between them could keep, as refine measures it (kept over the
 * larger side), counting shared tokens regardless of order: never less than what the diff keeps.
 */
function keptShare(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  for (const [token, count] of a) shared += token.length * Math.min(count, b.get(token) ?? 0);
  const larger = Math.max(weight(a), weight(b));
  return larger === 0 ? 1 : shared / larger;
}

/**
 * Pair the old and new blocks of a gap that are one block edited: the in-order pairing with the most total
 * similarity, counting only pairs that keep at least `minKeptShare` of their words.
 * @param a texts of the gap's old blocks
 * @param b texts of the gap's new blocks
 * @returns pairs of indices into `a` and `b`, increasing in both
 */
export function pairSimilarBlocks(a: string[], b: string[]): Matching {
  if (a.length === 0 || b.length === 0 || a.length * b.length > maxPairs) return [];
  const countsB = b.map(tokenCounts);
  const score = a.map((text) => {
    const counts = tokenCounts(text);
    return countsB.map((other) => {
      const s = keptShare(counts, other);
      return s >= minKeptShare ? s : 0;
    });
  });
  // best[i][j]: the best total over a[i..] and b[j..].
  const best = Array.from({ length: a.length + 1 }, () => new Float64Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const here = score[i]?.[j] ?? 0;
      const take = here > 0 ? here + (best[i + 1]?.[j + 1] ?? 0) : 0;
      (best[i] as Float64Array)[j] = Math.max(take, best[i + 1]?.[j] ?? 0, best[i]?.[j + 1] ?? 0);
    }
  }
  return tracePairs(best, score);
}

function tracePairs(best: Float64Array[], score: number[][]): Matching {
  const pairs: Matching = [];
  let i = 0;
  let j = 0;
  while (i < score.length && j < (score[0]?.length ?? 0)) {
    const here = score[i]?.[j] ?? 0;
    if (here > 0 && (best[i]?.[j] ?? 0) === here + (best[i + 1]?.[j + 1] ?? 0)) pairs.push([i++, j++]);
    else if ((best[i]?.[j] ?? 0) === (best[i + 1]?.[j] ?? 0)) i++;
    else j++;
  }
  return pairs;
}

/**
 * Settle which blocks of two documents are one block edited, by their content alone, however their units were matched
 * (by hashing, or by following edits): blocks sharing a matched unit stay paired; a pair sharing none (a block whose
 * every sentence an edit replaced) is dropped; then, between the pairs left, blocks alike enough are paired by
 * `pairSimilarBlocks`. Edit- and diff-derived redlines thus group the same text the same way. Moved blocks stay out.
 * @param a the old document's units
 * @param b the new document's units
 * @param matching matched units, increasing in both, with the boundaries of blocks already paired
 * @param moves blocks `[old, new]` found whole elsewhere
 * @returns the matching with pairs sharing no unit dropped and alike blocks paired
 */
export function pairEditedBlocks(a: DocumentUnits, b: DocumentUnits, matching: Matching, moves: Matching): Matching {
  return withSimilarBlocks(a, b, withoutUnsharedBlocks(a, b, matching), moves);
}

const blockText = (doc: DocumentUnits, i: number): string => doc.text.slice(doc.blocks[i]!.start, doc.blocks[i]!.end);

/** Drop the boundary pairs of blocks that share no matched unit. */
function withoutUnsharedBlocks(a: DocumentUnits, b: DocumentUnits, matching: Matching): Matching {
  // A pair of blocks as one number: no strings to build for every matched unit of a long document.
  const width = b.blocks.length + 1;
  const key = (i: number, j: number): number => (a.units[i] as Unit).block * width + (b.units[j] as Unit).block;
  const sharing = new Set<number>();
  for (const [i, j] of matching) if (!a.units[i]!.boundary) sharing.add(key(i, j));
  return matching.filter(([i, j]) => !a.units[i]!.boundary || sharing.has(key(i, j)));
}

/**
 * Between the blocks already paired (equal, or sharing a sentence), pair the blocks left over that are alike enough
 * to be one block rewritten, by matching their boundaries; moved blocks stay out.
 */
function withSimilarBlocks(a: DocumentUnits, b: DocumentUnits, matching: Matching, moves: Matching): Matching {
  const movedA = new Set(moves.map(([i]) => i));
  const movedB = new Set(moves.map(([, j]) => j));
  const boundary = (doc: DocumentUnits, block: number): number => (doc.blockUnits[block + 1] as number) - 1;
  const ends: Matching = [];
  let previous: [number, number] = [-1, -1];
  const gap = (next: [number, number]): void => {
    if (next[0] - previous[0] > 1 && next[1] - previous[1] > 1) {
      const gapA = range(previous[0] + 1, next[0]).filter((i) => !movedA.has(i));
      const gapB = range(previous[1] + 1, next[1]).filter((j) => !movedB.has(j));
      const similar = pairSimilarBlocks(gapA.map((i) => blockText(a, i)), gapB.map((j) => blockText(b, j)));
      for (const [i, j] of similar) ends.push([boundary(a, gapA[i]!), boundary(b, gapB[j]!)]);
    }
    previous = next;
  };
  for (const [i, j] of matching) if (a.units[i]!.boundary) gap([a.units[i]!.block, b.units[j]!.block]);
  gap([a.blocks.length, b.blocks.length]);
  return mergePairs(matching, ends);
}
