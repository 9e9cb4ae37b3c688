// Binary search, once: every sorted lookup (which page or line an offset falls on, which units overlap a span) uses
// these two.

/**
 * The first index at which a monotone predicate turns true (false ... false true ... true).
 * @param count how many indexes there are
 * @param isPast the predicate, false up to some index and true from there on
 * @returns that index, or `count` when the predicate is never true
 */
export function firstIndex(count: number, isPast: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (isPast(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Index of the last value at or before `value` in ascending `sorted` (0 when `value` precedes them all): which page
 * or line an offset falls on, given their start offsets.
 * @param sorted start offsets, ascending
 * @param value an offset
 * @returns the index
 */
export function floorIndex(sorted: number[], value: number): number {
  return Math.max(firstIndex(sorted.length, (index) => (sorted[index] ?? 0) > value) - 1, 0);
}
