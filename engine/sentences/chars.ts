// The character classes the sentence splitter reads by UTF-16 code unit, testing ASCII first because prose is
// mostly ASCII and a regular expression per character would dominate the scan.

/** Bullet characters that open a list item, and so a sentence, wherever a word starts with one. */
export const BULLETS: ReadonlySet<number> = new Set([0x2022, 0x25e6, 0x25aa, 0x25ab, 0x25cf, 0x25cb, 0x25a0, 0x25a1, 0x2043, 0x2023, 0x2219]);
/** Opening quotes, parentheses and brackets, read past before a sentence's first word. */
export const OPENERS: ReadonlySet<number> = new Set([0x22, 0x27, 0x28, 0x5b, 0x7b, 0x201c, 0x2018, 0xab]);
/** Closing quotes, parentheses and brackets, which may follow a terminator inside its sentence. */
export const CLOSERS: ReadonlySet<number> = new Set([0x22, 0x27, 0x29, 0x5d, 0x7d, 0x201d, 0x2019, 0xbb]);

/**
 * Whether a code unit may end a sentence: a period, question mark, exclamation mark or ellipsis.
 * @param code a UTF-16 code unit
 * @returns true for `.`, `?`, `!` and `…`
 */
export function isTerminator(code: number): boolean {
  return code === 0x2e || code === 0x3f || code === 0x21 || code === 0x2026;
}

/**
 * Whether a code unit is white space, as `\s` counts it.
 * @param code a UTF-16 code unit, or NaN past the end of a string
 * @returns true for ASCII and Unicode spaces, line breaks and the byte order mark
 */
export function isSpace(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Whether a code unit is an ASCII digit.
 * @param code a UTF-16 code unit
 * @returns true for `0` to `9`
 */
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Whether a code unit is an upper-case letter.
 * @param code a UTF-16 code unit
 * @returns true for `A` to `Z` and other `\p{Lu}` letters
 */
export function isUpperCode(code: number): boolean {
  if (code >= 0x41 && code <= 0x5a) return true;
  return code > 0x7f && /\p{Lu}/u.test(String.fromCharCode(code));
}

/**
 * Whether a code unit is a lower-case letter.
 * @param code a UTF-16 code unit
 * @returns true for `a` to `z` and other `\p{Ll}` letters
 */
export function isLowerCode(code: number): boolean {
  if (code >= 0x61 && code <= 0x7a) return true;
  return code > 0x7f && /\p{Ll}/u.test(String.fromCharCode(code));
}

/**
 * Whether a code unit is a cased letter.
 * @param code a UTF-16 code unit
 * @returns true for upper- and lower-case letters
 */
export function isLetterCode(code: number): boolean {
  return isUpperCode(code) || isLowerCode(code);
}
