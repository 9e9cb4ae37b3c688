import { floorIndex } from './floor-index.js';
import type { Point, SourcePoint } from '../types.js';

/**
 * The line and column of an offset in a text: for one look-up. Many look-ups in one text use `pointLookup`.
 * @param text the text
 * @param offset a 0-based offset into `text`
 * @returns the 1-based line and column of `offset`
 */
export function pointAt(text: string, offset: number): SourcePoint {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/**
 * Make a function from source offsets to points (line and column 1-based), indexing the line starts once.
 * @param text the whole source text
 * @returns the lookup
 */
export function pointLookup(text: string): (offset: number) => Point {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const line = floorIndex(starts, offset);
    return { line: line + 1, column: offset - (starts[line] ?? 0) + 1, offset };
  };
}
