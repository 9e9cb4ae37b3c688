import { OPENERS, isSpace } from './chars.js';

/** Quotes nest no deeper than this; deeper openers are left unpaired. */
const MAX_QUOTE_DEPTH = 16;

/**
 * Pair the double quotes of a text by direction (see `quoteRole`), leaving unpaired ones out.
 * @param text the text being split
 * @returns the offset of each paired opening quote mapped to the offset of its closing quote
 */
export function pairQuotes(text: string): Map<number, number> {
  // Unpaired quotes are left out so that a stray quote holds back no boundary.
  const pairs = new Map<number, number>();
  const open: number[] = [];
  const quote = /["\u201c\u201d]/g;
  while (quote.test(text)) {
    const k = quote.lastIndex - 1;
    const role = quoteRole(text, k);
    const opener = role === 'close' ? open.pop() : undefined;
    if (role === 'open' && open.length < MAX_QUOTE_DEPTH) open.push(k);
    else if (opener !== undefined) pairs.set(opener, k);
  }
  return pairs;
}

/**
 * Whether a double quote opens or closes: a straight quote after a space, opener, dash or slash opens, any other closes.
 * @param text the text being split
 * @param k the offset of a double quote (`"`, `“` or `”`)
 * @returns 'open', 'close', or 'none' for a straight quote in an opening place with a space after it
 */
export function quoteRole(text: string, k: number): 'open' | 'close' | 'none' {
  const code = text.charCodeAt(k);
  if (code === 0x201c) return 'open';
  if (code === 0x201d) return 'close';
  const before = k === 0 ? 0x20 : text.charCodeAt(k - 1);
  const after = k + 1 >= text.length ? 0x20 : text.charCodeAt(k + 1);
  const opensAfter = isSpace(before) || OPENERS.has(before) || before === 0x2014 || before === 0x2013 || before === 0x2f;
  if (!opensAfter) return 'close';
  return isSpace(after) ? 'none' : 'open';
}
