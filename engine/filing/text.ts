import type { VFile } from 'vfile';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
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

/**
 * Decode the character references HTML filings write prose and check boxes with (`&#8217;`, `&#x201C;`, `&amp;`,
 * `&rdquo;`, `&#9746;`, Wingdings `&yacute;` and `&uml;`).
 * @param text a passage of a filing
 * @returns the passage with those references decoded; unknown names are kept as written
 */
export function decodeEntities(text: string): string {
  return text.replace(/&#(\d{1,7});|&#x([0-9a-f]{1,6});|&([a-z]{2,8});/gi, (entity, decimal?: string, hex?: string, name?: string) => {
    if (name) {
      const decoded = decodeNamedCharacterReference(name);
      return decoded === false ? entity : decoded;
    }
    const code = decimal ? Number(decimal) : parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}
