/** A span of a text, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A text folded for matching, with the place in the original text of every folded character. */
interface Folded {
  text: string;
  /** `at[i]` is the offset in the original of folded character `i`; `at[text.length]` is the original's length. */
  at: number[];
}

const singleQuotes = /[‘’‚‛′`]/;
const doubleQuotes = /[“”„‟″]/;

// Quote style and runs of white space are how a filing happens to be typed, not what it says: fold them, keep case.
function fold(text: string): Folded {
  let out = '';
  const at: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      space = out.length > 0;
      continue;
    }
    if (space) {
      out += ' ';
      at.push(i);
      space = false;
    }
    out += singleQuotes.test(ch) ? "'" : doubleQuotes.test(ch) ? '"' : ch;
    at.push(i);
  }
  at.push(text.length);
  return { text: out, at };
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

// A match must not cut a word in two: "Offer" is not found in "Offeror", nor "$17" in "$17.00"'s digits.
function wholeWords(text: string, needle: string, start: number): boolean {
  const end = start + needle.length;
  const before = isWordChar(needle[0]) && isWordChar(text[start - 1]);
  const after = isWordChar(needle[needle.length - 1]) && (isWordChar(text[end]) || (/[.,]/.test(text[end] ?? '') && /\d/.test(text[end + 1] ?? '') && /\d/.test(needle[needle.length - 1] ?? '')));
  return !before && !after;
}

/**
 * Every place quoted words occur in a text, as whole words, ignoring quote style and runs of white space (never case).
 * @param text the text searched (a sentence, a heading)
 * @param needle the quoted words
 * @returns the spans in the original text, in order, not overlapping
 */
export function findWords(text: string, needle: string): TextSpan[] {
  const hay = fold(text);
  const want = fold(needle).text;
  if (want === '') return [];
  const found: TextSpan[] = [];
  for (let from = 0; ; ) {
    const start = hay.text.indexOf(want, from);
    if (start < 0) return found;
    if (wholeWords(hay.text, want, start)) {
      found.push({ start: hay.at[start] as number, end: (hay.at[start + want.length - 1] as number) + 1 });
      from = start + want.length;
    } else from = start + 1;
  }
}

/**
 * Whether a text begins with the quoted words (a whole-word prefix), quote style and spacing aside.
 * @param text the sentence or paragraph
 * @param prefix the quoted beginning
 * @returns true when it begins so
 */
export function beginsWith(text: string, prefix: string): boolean {
  const want = fold(prefix).text;
  const hay = fold(text).text;
  return want !== '' && hay.startsWith(want) && wholeWords(hay, want, 0);
}

/**
 * Whether a text is the quoted sentence, quote style, spacing and a closing full stop aside.
 * @param text the sentence
 * @param quoted the quoted sentence
 * @returns true when they read the same
 */
export function readsAs(text: string, quoted: string): boolean {
  const bare = (s: string): string => fold(s).text.replace(/[.;:]$/, '');
  const want = bare(quoted);
  return want !== '' && bare(text) === want;
}
