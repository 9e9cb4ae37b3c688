import { isCaption } from './captions.js';
import type { HeadingKind } from '../types.js';

/** One side of a page break, as a reader sees it: the block that ends a page, or the block that opens the next. */
export interface PageSide {
  /** The block's text, whitespace collapsed. */
  text: string;
  /**
   * The heading the reader takes the block for by its own means (layout, markup), null for prose, or `unknown` where
   * the format cannot tell a caption from prose (markup without layout): the block's words then decide.
   */
  heading: HeadingKind | null | 'unknown';
  /** Whether the block opens anew by its layout: a deeper first-line indent, a run-in heading in bold. */
  opensAnew?: boolean;
}

const terminal = /[.:;!?]["'\u201d\u2019)\]]*$/;

// A paragraph number and a capital open a new paragraph, whatever the earlier one ended with (a quotation closing
// without a period: `... under the Exchange Act of 1934"`).
const numberedStart = /^(?:\d{1,3}\.|\([a-z0-9]{1,4}\))\s+["“]?[A-Z]/;

/**
 * Whether a short line in capitals that ends a sentence ("IRS.") is the tail of a sentence the page before broke
 * off, rather than a caption.
 * @param text the line's text
 * @returns true for such a tail
 */
export function isSentenceTail(text: string): boolean {
  const trimmed = text.trim();
  return /[.?!]["')\]]*$/.test(trimmed) && trimmed.split(/\s+/).length <= 4 && trimmed === trimmed.toUpperCase();
}

/**
 * Whether the block that ends one page and the block that opens the next are one paragraph broken by the page.
 * A lower-case start always goes on. Otherwise the earlier part must stop mid-sentence; the later part must not open
 * anew (a heading, unless it is the tail of the broken sentence; a numbered paragraph "2. Item 4 ...", "(b) The
 * ..."; a deeper indent or a run-in heading); and the earlier part must not be a heading of its own (a caption
 * broken by the page goes on in title case).
 * @param before the block that ends the earlier page
 * @param after the block that opens the later page
 * @returns true when they are one paragraph
 */
export function continuesAcrossPage(before: PageSide, after: PageSide): boolean {
  if (/^[a-z]/.test(after.text)) return true;
  if (terminal.test(before.text) || after.opensAnew === true || numberedStart.test(after.text)) return false;
  if (after.heading !== null && after.heading !== 'unknown' && !isTail(after)) return false;
  if (before.heading === 'unknown') return !isCaption(before.text, 'page-break') || isCaption(after.text, 'page-break');
  return before.heading === null;
}

// A caption-like heading that is the broken sentence's end ("IRS."); a numbered heading never is.
function isTail(side: PageSide): boolean {
  return (side.heading === 'caption' || side.heading === 'part') && isSentenceTail(side.text);
}
