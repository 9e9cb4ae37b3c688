import { OPENERS, isSpace, isTerminator } from './chars.js';
import { pairQuotes } from './quotes.js';
import { beginWord, closeSentence, noteQuote, openSentence, type Scan, type SentenceSpan } from './scan.js';
import { handleTerminator } from './terminators.js';

export type { SentenceSpan } from './scan.js';

/**
 * Split legal and SEC prose into sentences on character offsets, in linear time: a pass that pairs double
 * quotes, then one pass over the text that looks words up in the abbreviation table.
 * @param text the text of one paragraph (whitespace may be collapsed or not; it is never rewritten)
 * @returns the sentence spans, trimmed of surrounding whitespace, in order, covering every non-space character once
 */
export function splitSentences(text: string): SentenceSpan[] {
  const scan: Scan = {
    text,
    quotes: pairQuotes(text),
    spans: [],
    start: -1,
    lastEnd: 0,
    labelEnd: 0,
    quoteEnd: -1,
    unsure: false,
    firstWord: -1,
    words: 0,
    wordStart: 0,
    prevStart: 0,
    prevEnd: 0,
    listNext: null,
  };
  for (let i = 0; i < text.length; ) i = step(scan, i);
  closeSentence(scan, scan.lastEnd, false);
  return scan.spans;
}

// Characters `step` has nothing to do for once the sentence's first word is known: it jumps over runs of them.
const plainRun = /[^\s.?!\u2026"\u201c]+/y;

function step(scan: Scan, i: number): number {
  const code = scan.text.charCodeAt(i);
  if (isSpace(code)) return i + 1;
  if (scan.start < 0) openSentence(scan, i);
  else if (isSpace(scan.text.charCodeAt(i - 1))) beginWord(scan, i, code);
  if (code === 0x22 || code === 0x201c) noteQuote(scan, i);
  if (scan.firstWord < 0 && i >= scan.labelEnd && !OPENERS.has(code)) scan.firstWord = i;
  scan.lastEnd = i + 1;
  if (isTerminator(code) && i >= scan.labelEnd) return handleTerminator(scan, i);
  if (scan.firstWord < 0) return i + 1;
  plainRun.lastIndex = i + 1;
  if (plainRun.test(scan.text)) scan.lastEnd = plainRun.lastIndex;
  return scan.lastEnd;
}
