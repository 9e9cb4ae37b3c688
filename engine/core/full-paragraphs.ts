import type { Ordinal, Target } from '../types.js';

// "2-full", "-1-full": the contract's string form for full paragraphs after the first, which keeps "first-full".
const fullForm = /^(-?[1-9]\d*)-full$/;

/**
 * The `paragraph` value of "the Nth full paragraph" (on a page): `"first-full"` for the first, as the contract has
 * always said it, else `"N-full"` with N an Ordinal (`"2-full"`, `"-1-full"` for the last full paragraph).
 * @param ordinal the paragraph's ordinal among the paragraphs that start on the page
 * @returns the value
 */
export function fullParagraph(ordinal: Ordinal): Target['paragraph'] {
  return ordinal === 1 ? 'first-full' : `${ordinal}-full`;
}

/**
 * The ordinal a full-paragraph value counts with, among the paragraphs that start on the page.
 * @param paragraph a target's `paragraph`
 * @returns the ordinal (1 for `"first-full"`), or null when the value is not a full paragraph
 */
export function fullOrdinal(paragraph: Target['paragraph']): Ordinal | null {
  if (paragraph === 'first-full') return 1;
  const match = typeof paragraph === 'string' ? fullForm.exec(paragraph) : null;
  return match ? Number(match[1]) : null;
}
