import { isSentenceStarter } from './abbreviations.js';
import { CLOSERS, OPENERS, isDigit, isLetterCode, isLowerCode, isSpace, isTerminator, isUpperCode } from './chars.js';

/** What follows a terminator: the first character class of the next word, past opening quotes and parens. */
export interface Next {
  kind: 'upper' | 'lower' | 'digit' | 'dots' | 'other';
  /** A sentence-opening word ("The", "We"): see `isSentenceStarter`. */
  starter: boolean;
  /** The next word's letters (up to `MAX_WORD`). */
  word: string;
  /** The next word opened with a parenthesis or bracket. */
  paren: boolean;
}

/** A run of terminators and closers, read from its first terminator. */
export interface Cluster {
  start: number;
  end: number;
  /** End of the first run when dots continue spaced (". . ."). */
  firstEnd: number;
  kind: 'period' | 'question' | 'ellipsis' | 'stop' | 'leadStop';
  /** A closing quote or parenthesis is part of the run. */
  closer: boolean;
}

/** Words longer than this are never abbreviations or list guards; bounds the work per terminator. */
export const MAX_WORD = 32;

const DIGIT_LIKE = new Set([0x24, 0xa7, 0x23, 0x20ac, 0xa3, 0xa5]);

/**
 * Read the run of terminators and closers starting at a terminator ("?", ".\"", ". . .", "[...]").
 * @param text the text being split
 * @param i the offset of the run's first terminator
 * @returns the run's extent and kind
 */
export function readCluster(text: string, i: number): Cluster {
  let k = i;
  let dots = 0;
  let question = false;
  let closer = false;
  if (i > 0 && (text.charCodeAt(i - 1) === 0x5b || text.charCodeAt(i - 1) === 0x28)) {
    while (isTerminator(text.charCodeAt(k))) k += 1; // "[...]": an omission, not a terminator
    return { start: i, end: k, firstEnd: k, kind: 'ellipsis', closer: false };
  }
  for (; k < text.length; k += 1) {
    const code = text.charCodeAt(k);
    if (code === 0x2e) dots += 1;
    else if (code === 0x2026) dots += 3;
    else if (code === 0x3f || code === 0x21) question = true;
    else if (CLOSERS.has(code)) closer = true;
    else break;
  }
  if (question) return { start: i, end: k, firstEnd: k, kind: 'question', closer };
  return readSpacedDots(text, i, k, dots, closer);
}

// ". . ." and "word. . . ." are ellipses typed with spaces: count the dots across the spaces.
function readSpacedDots(text: string, i: number, firstEnd: number, firstDots: number, firstCloser: boolean): Cluster {
  let k = firstEnd;
  let dots = firstDots;
  let closer = firstCloser;
  while (!closer && isSpace(text.charCodeAt(k)) && text.charCodeAt(k + 1) === 0x2e) {
    k += 1;
    for (; k < text.length && (text.charCodeAt(k) === 0x2e || CLOSERS.has(text.charCodeAt(k))); k += 1) {
      if (text.charCodeAt(k) === 0x2e) dots += 1;
      else closer = true;
    }
  }
  const attached = i > 0 && !isSpace(text.charCodeAt(i - 1)) && firstDots === 1;
  const spaced = k > firstEnd;
  let kind: Cluster['kind'] = dots === 1 ? 'period' : dots === 3 ? 'ellipsis' : 'stop';
  if (spaced && attached && dots >= 4 && !closer) kind = 'leadStop';
  else if (dots === 2) kind = spaced ? 'ellipsis' : 'stop';
  return { start: i, end: k, firstEnd, kind, closer };
}

/**
 * Read the word after a terminator, past spaces, opening quotes and parens and an enumeration marker.
 * @param text the text being split
 * @param at the offset just past the terminator's run
 * @returns the next word's character class, letters and whether it opens a sentence
 */
export function readNext(text: string, at: number): Next {
  let k = at;
  let paren = false;
  while (k < text.length && isSpace(text.charCodeAt(k))) k += 1;
  while (k < text.length && OPENERS.has(text.charCodeAt(k))) {
    const code = text.charCodeAt(k);
    if (code === 0x28 || code === 0x5b) paren = true;
    k += 1;
  }
  if (paren) k = skipMarker(text, k);
  const code = text.charCodeAt(k);
  const word = readWord(text, k);
  const initial = text.charCodeAt(k + word.length) === 0x2e;
  const kind = classifyChar(code);
  return { kind, starter: kind === 'upper' && !initial && isSentenceStarter(word), word, paren };
}

const markerPattern = /(?:[a-z]{1,4}|[0-9]{1,3})\)\s+/y;

// "(ii) the Company": an enumeration marker; what follows it decides.
function skipMarker(text: string, k: number): number {
  markerPattern.lastIndex = k;
  return markerPattern.test(text) ? markerPattern.lastIndex : k;
}

function classifyChar(code: number): Next['kind'] {
  if (isUpperCode(code)) return 'upper';
  if (isLowerCode(code)) return 'lower';
  if (isDigit(code) || DIGIT_LIKE.has(code)) return 'digit';
  if (code === 0x2e || code === 0x2026) return 'dots';
  return 'other';
}

/**
 * Whether a word is all capitals, as a heading's title is printed.
 * @param word the word's letters
 * @returns true for an all-caps word of two letters or more
 */
export function isCaps(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase();
}

/**
 * Read the letters of the word starting at an offset.
 * @param text the text being split
 * @param k the offset of the word's first character
 * @returns the word's leading letters, at most `MAX_WORD` of them ('' when none)
 */
export function readWord(text: string, k: number): string {
  let e = k;
  while (e < text.length && e - k < MAX_WORD && isLetterCode(text.charCodeAt(e))) e += 1;
  return text.slice(k, e);
}

/**
 * The word between two offsets, when it is short enough to look up.
 * @param text the text being split
 * @param start the word's first offset
 * @param end the word's end offset, exclusive
 * @returns the word, or '' when it is empty or longer than `MAX_WORD`
 */
export function wordAt(text: string, start: number, end: number): string {
  return end > start && end - start <= MAX_WORD ? text.slice(start, end) : '';
}
