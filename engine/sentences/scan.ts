import { isReferenceNoun } from './abbreviations.js';
import { BULLETS, OPENERS, isDigit, isSpace, isUpperCode } from './chars.js';
import { listNextOf, matchLabel, mayStartLabel } from './labels.js';
import { quoteRole } from './quotes.js';
import { wordAt } from './reading.js';

/** A sentence found in a string: offsets into that string, end exclusive. */
export interface SentenceSpan {
  start: number;
  end: number;
  /**
   * True when the boundary ending this sentence is uncertain, or when a place inside it where the splitter
   * chose not to split might be a boundary: either way a count running through this sentence may be off by one.
   */
  ambiguous: boolean;
}

/** The state of one pass over a text. */
export interface Scan {
  text: string;
  quotes: Map<number, number>;
  spans: SentenceSpan[];
  /** First character of the open sentence, or -1 between sentences. */
  start: number;
  /** End of the last non-space character read. */
  lastEnd: number;
  /** Terminators before this offset belong to a label ("1.", "Q23.", "Item 4."). */
  labelEnd: number;
  /** A quote opened inside the open sentence closes here: boundaries before it are held back. */
  quoteEnd: number;
  unsure: boolean;
  /** Where the open sentence's first word after its label starts, or -1 before it. */
  firstWord: number;
  words: number;
  wordStart: number;
  prevStart: number;
  prevEnd: number;
  /** The next marker of an inline list the text opened with ("2." after "1."), or null. */
  listNext: string | null;
}

/** A quoted text longer than this is a block, not an embedded quotation, and is split inside. */
const MAX_EMBEDDED_QUOTE = 1500;

/**
 * Open a sentence at its first non-space character, reading the label it may open with.
 * @param scan the pass, updated in place
 * @param i the sentence's first character
 */
export function openSentence(scan: Scan, i: number): void {
  scan.start = scan.wordStart = scan.prevStart = scan.prevEnd = i;
  scan.unsure = false;
  scan.firstWord = -1;
  scan.words = 1;
  const label = matchLabel(scan.text, i);
  scan.labelEnd = label ? label.end : i;
  if (label && (i === 0 || (scan.listNext !== null && label.marker === scan.listNext))) scan.listNext = listNextOf(label);
}

/**
 * Note a word starting after a space; a bullet or the inline list's next marker there starts a new sentence.
 * @param scan the pass, updated in place
 * @param i the word's first character
 * @param code that character's code
 */
export function beginWord(scan: Scan, i: number, code: number): void {
  scan.prevStart = scan.wordStart;
  scan.prevEnd = scan.lastEnd;
  scan.wordStart = i;
  scan.words += 1;
  if (i < scan.labelEnd) return;
  if (BULLETS.has(code) || (scan.listNext !== null && listMarkerAt(scan, i, scan.listNext))) {
    closeSentence(scan, scan.lastEnd, false);
    openSentence(scan, i);
  }
}

/**
 * Close the open sentence, if any, keeping its span when it is not empty.
 * @param scan the pass, updated in place
 * @param end the sentence's end, exclusive
 * @param unsure whether the boundary at `end` is uncertain
 */
export function closeSentence(scan: Scan, end: number, unsure: boolean): void {
  if (scan.start >= 0 && end > scan.start) scan.spans.push({ start: scan.start, end, ambiguous: unsure || scan.unsure });
  scan.start = -1;
}

// The marker of the next item of an inline list the text opened with, where a new item visibly starts:
// "1. The first item 2. The second item". A preceding "Section" or "and" makes it a reference instead.
function listMarkerAt(scan: Scan, i: number, marker: string): boolean {
  const { text } = scan;
  if (!text.startsWith(marker, i) || !isSpace(text.charCodeAt(i + marker.length))) return false;
  const first = text.charCodeAt(i + marker.length + 1);
  if (!(isUpperCode(first) || isDigit(first) || OPENERS.has(first))) return false;
  const before = wordAt(text, scan.prevStart, scan.prevEnd);
  return !isReferenceNoun(before) && !listGuards.has(before.toLowerCase());
}

const listGuards = new Set(['and', 'or', 'to', 'through', 'of', 'and/or', 'no.', 'nos.', 'number']);

/**
 * Note a double quote: an embedded quotation holds back boundaries until it closes, and a label may follow an opener.
 * @param scan the pass, updated in place
 * @param i the quote's offset
 */
export function noteQuote(scan: Scan, i: number): void {
  const close = scan.quotes.get(i);
  // A quote is embedded when its sentence has words before it; a sentence that opens with a quote is the
  // quoted text itself (a replacement paragraph), whose sentences are split as usual.
  const embedded = scan.firstWord >= 0 && scan.firstWord < i;
  if (close !== undefined && close - i <= MAX_EMBEDDED_QUOTE && embedded) {
    scan.quoteEnd = Math.max(scan.quoteEnd, close);
  }
  const label = mayStartLabel(scan.text, i + 1) && quoteRole(scan.text, i) === 'open' ? matchLabel(scan.text, i + 1) : null;
  if (label) scan.labelEnd = Math.max(scan.labelEnd, label.end);
}
