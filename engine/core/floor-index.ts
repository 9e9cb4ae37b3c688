/**
 * Index of the last value at or before `value` in ascending `sorted` (0 when `value` precedes them all): which page
 * or line an offset falls on, given their start offsets.
 * @param sorted start offsets, ascending
 * @param value an offset
 * @returns the index
 */
export function floorIndex(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((sorted[mid] ?? 0) <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}
