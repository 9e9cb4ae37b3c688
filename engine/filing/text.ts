import type { VFile } from 'vfile';
import { cleanLine } from './fee-table.js';

/** A value read from a filing and the offset where it was found. */
export interface Hit<T> {
  value: T;
  index: number;
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

/**
 * The text a filing's metadata is read from. In HTML, every tag and every non-breaking space (`&nbsp;`, `&#160;`)
 * is blanked to as many spaces (a tag's own line breaks kept), so phrases read across markup ("the<br>results of the
 * tender offer", "Amendment&nbsp;No.&nbsp;2") while every offset, line and column stays that of the source.
 * @param file the filing
 * @returns its text, markup blanked in HTML
 */
export function filingText(file: VFile): string {
  const text = String(file.value);
  if (file.data.format !== 'html') return text;
  return text.replace(/<[^<>]*>|&nbsp;|&#160;|&#x[aA]0;/g, (markup) => markup.replace(/[^\n]/g, ' '));
}

