import { cleanLine } from './fee-table.js';
import type { SourcePoint } from './types.js';

/** A value read from a filing and the offset where it was found. */
export interface Hit<T> {
  value: T;
  index: number;
}

/**
 * The line and column of an offset in a filing's text.
 * @param text the filing's text
 * @param offset a 0-based offset into `text`
 * @returns the 1-based line and column of `offset`
 */
export function pointAt(text: string, offset: number): SourcePoint {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/**
 * Markup the three seed styles leave in values (SGML tags, markdown escapes and emphasis, `$...^*$` math), with
 * whitespace collapsed: the fee table's line cleaning, shared.
 * @param text a line or value as written in the filing
 * @returns the text without markup, whitespace collapsed and trimmed
 */
export function stripMarkup(text: string): string {
  return cleanLine(text).replace(/\s+/g, ' ').trim();
}
