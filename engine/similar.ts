import type { Matching } from './align.js';

/** Two blocks this alike (Dice coefficient of their words) or more are one block edited. */
const minSimilarity = 0.5;
/** Gaps bigger than this many block pairs are left to unit alignment alone. */
const maxPairs = 2500;

/** The words of a text, counted. */
function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [word, count] of a) {
    shared += Math.min(count, b.get(word) ?? 0);
    total += count;
  }
  for (const count of b.values()) total += count;
  return total === 0 ? 1 : (2 * shared) / total;
}

/**
 * Pair the old and new blocks of a gap that are one block edited: the in-order pairing with the most total
 * similarity, counting only pairs at least half alike.
 * @param a texts of the gap's old blocks
 * @param b texts of the gap's new blocks
 * @returns pairs of indices into `a` and `b`, increasing in both
 */
export function pairSimilarBlocks(a: string[], b: string[]): Matching {
  if (a.length === 0 || b.length === 0 || a.length * b.length > maxPairs) return [];
  const countsB = b.map(wordCounts);
  const score = a.map((text) => {
    const counts = wordCounts(text);
    return countsB.map((other) => {
      const s = dice(counts, other);
      return s >= minSimilarity ? s : 0;
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
