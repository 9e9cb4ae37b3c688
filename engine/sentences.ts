import {
  isIntroWord,
  isReferenceNoun,
  isTimeZoneWord,
  lookupAbbreviation,
  type AbbreviationKind,
} from './abbreviations.js';
import { BULLETS, CLOSERS, OPENERS, isDigit, isLowerCode, isSpace, isTerminator, isUpperCode } from './sentence-chars.js';
import { listNextOf, matchLabel, mayStartLabel } from './sentence-labels.js';
import { pairQuotes, quoteRole } from './sentence-quotes.js';
import { MAX_WORD, isCaps, readCluster, readNext, readWord, wordAt, type Cluster, type Next } from './sentence-reading.js';

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

/** The word before a period, as far as it decides a boundary. */
type Prev =
  | { type: 'abbreviation'; kind: AbbreviationKind }
  /** `reference`: the word before it names a part of a document ("Section 5.", "Exhibit B."). */
  | { type: 'number'; reference: boolean }
  | { type: 'initial' | 'plain' };

interface Decision {
  split: boolean;
  unsure: boolean;
}

/** The state of one pass over a text. */
interface Scan {
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

const JOIN: Decision = { split: false, unsure: false };
const JOIN_UNSURE: Decision = { split: false, unsure: true };
const SPLIT: Decision = { split: true, unsure: false };
const SPLIT_UNSURE: Decision = { split: true, unsure: true };

/** A quoted text longer than this is a block, not an embedded quotation, and is split inside. */
const MAX_EMBEDDED_QUOTE = 1500;

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

function openSentence(scan: Scan, i: number): void {
  scan.start = scan.wordStart = scan.prevStart = scan.prevEnd = i;
  scan.unsure = false;
  scan.firstWord = -1;
  scan.words = 1;
  const label = matchLabel(scan.text, i);
  scan.labelEnd = label ? label.end : i;
  if (label && (i === 0 || (scan.listNext !== null && label.marker === scan.listNext))) scan.listNext = listNextOf(label);
}

function beginWord(scan: Scan, i: number, code: number): void {
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

function closeSentence(scan: Scan, end: number, unsure: boolean): void {
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

function noteQuote(scan: Scan, i: number): void {
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

function handleTerminator(scan: Scan, i: number): number {
  const { text } = scan;
  const cluster = readCluster(text, i);
  scan.lastEnd = cluster.end;
  if (cluster.kind === 'leadStop') return leadStop(scan, cluster);
  if (cluster.end >= text.length) return cluster.end;
  if (!isSpace(text.charCodeAt(cluster.end))) return internalSplit(scan, cluster);
  if (cluster.kind === 'ellipsis' && i === scan.start) return cluster.end;
  const decision = decide(scan, cluster, readNext(text, cluster.end));
  if (decision.split && cluster.end <= scan.quoteEnd) scan.unsure = true;
  else if (decision.split) closeSentence(scan, cluster.end, decision.unsure);
  else if (decision.unsure) scan.unsure = true;
  return cluster.end;
}

// "compounds. . . . The": the word's own period ends the sentence and the spaced ellipsis opens the next.
function leadStop(scan: Scan, cluster: Cluster): number {
  if (cluster.end >= scan.text.length) return cluster.end;
  const next = readNext(scan.text, cluster.end);
  if (next.kind !== 'upper') return cluster.end;
  if (cluster.end <= scan.quoteEnd) {
    scan.unsure = true;
    return cluster.end;
  }
  scan.lastEnd = cluster.firstEnd;
  closeSentence(scan, cluster.firstEnd, false);
  return cluster.firstEnd;
}

function decide(scan: Scan, cluster: Cluster, next: Next): Decision {
  if (next.kind === 'lower' || next.kind === 'dots') return JOIN;
  if (cluster.kind === 'question') return decideQuestion(scan, cluster, next);
  if (cluster.kind === 'ellipsis') return next.kind === 'other' ? JOIN : JOIN_UNSURE;
  if (cluster.kind === 'stop') return SPLIT;
  return decidePrev(classifyPrev(scan, cluster.start), next, scan);
}

// A question or exclamation closing an embedded quote is often a caption quoted mid-sentence
// ('under "What happens if I do nothing?" in Section 3'): only a sentence-opening word ends the sentence.
function decideQuestion(scan: Scan, cluster: Cluster, next: Next): Decision {
  const closesQuote = cluster.closer && scan.quoteEnd >= cluster.start && scan.quoteEnd < cluster.end;
  if (next.kind === 'upper' && closesQuote) return next.starter ? SPLIT : JOIN_UNSURE;
  return SPLIT;
}

// Four one-line cases on a discriminated union: an if-chain narrows `prev` where a handler map could not.
function decidePrev(prev: Prev, next: Next, scan: Scan): Decision {
  if (prev.type === 'abbreviation') return next.kind !== 'upper' || next.paren ? JOIN : kindHandlers[prev.kind](next, scan);
  // "... described in Section 11. Options ..." ends; "Section 11. ACCOUNTING CONSEQUENCES" may cite a heading.
  if (prev.type === 'number') return prev.reference && next.kind === 'upper' && isCaps(next.word) && !next.starter ? SPLIT_UNSURE : SPLIT;
  if (prev.type === 'initial') return next.kind === 'upper' && next.starter ? SPLIT : JOIN;
  return SPLIT;
}

const kindHandlers: Record<AbbreviationKind, (next: Next, scan: Scan) => Decision> = {
  prefix: (next) => (next.starter ? SPLIT_UNSURE : JOIN),
  // A sentence that opens with "No." and goes on with a capital is the answer "No.": "No. You may ...".
  reference: (next, scan) => (isFirstWord(scan) ? SPLIT : next.starter ? SPLIT_UNSURE : JOIN),
  inline: () => JOIN,
  suffix: (next) => (next.starter ? SPLIT : JOIN_UNSURE),
  modifier: (next) => (next.starter ? SPLIT : JOIN),
  time: decideTime,
  terminal: (next) => (next.starter ? SPLIT : SPLIT_UNSURE),
};

function isFirstWord(scan: Scan): boolean {
  return scan.firstWord >= scan.wordStart;
}

// "5 p.m. Eastern Time" is one time; "At 5 a.m. Mr. Smith left" opens with it; "left at 6 p.m. Mr. Smith" ends.
function decideTime(next: Next, scan: Scan): Decision {
  if (isTimeZoneWord(next.word)) return JOIN;
  if (next.starter) return SPLIT;
  const first = readWord(scan.text, scan.start);
  return scan.words <= 4 && isIntroWord(first) ? JOIN_UNSURE : SPLIT_UNSURE;
}

function classifyPrev(scan: Scan, i: number): Prev {
  const { text } = scan;
  let s = scan.wordStart;
  while (s < i && OPENERS.has(text.charCodeAt(s))) s += 1;
  const before = wordAt(text, scan.prevStart, scan.prevEnd);
  const single = i - s === 1 && isUpperCode(text.charCodeAt(s));
  const kind = single ? undefined : abbreviationKind(i - s > MAX_WORD ? '' : text.slice(s, i), before);
  if (kind) return { type: 'abbreviation', kind };
  let e = i;
  while (e > s && (CLOSERS.has(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 0x25)) e -= 1;
  const last = text.charCodeAt(e - 1);
  // "Exhibit A." is an identifier ending a sentence like a number; "Charles J." is an initial.
  if (single) return isReferenceNoun(before) ? { type: 'number', reference: true } : { type: 'initial' };
  if (e > s && isDigit(last)) return { type: 'number', reference: isReferenceNoun(before) };
  return { type: 'plain' };
}

const acronymPattern = /^(?:\p{L}\.)+\p{L}$/u;

function abbreviationKind(token: string, before: string): AbbreviationKind | undefined {
  if (token === '' || isDigit(token.charCodeAt(0))) return undefined;
  const dash = token.lastIndexOf('-');
  const entry =
    lookupAbbreviation(`${token}.`, before) ?? (dash > 0 ? lookupAbbreviation(`${token.slice(dash + 1)}.`) : undefined);
  if (entry) return entry.kind;
  return token.length > 2 && token.charCodeAt(1) === 0x2e && acronymPattern.test(token) ? 'modifier' : undefined;
}

// "world.Today", "1,000.That": a sentence end with no space after it, told from "Jane.Doe@example.com",
// "U.S.A" and "Mr.Smith" by the letters around it and the rest of the word.
function internalSplit(scan: Scan, cluster: Cluster): number {
  const { text } = scan;
  const { start: i, end } = cluster;
  const before = text.charCodeAt(i - 1);
  const after = isUpperCode(text.charCodeAt(end)) && isLowerCode(text.charCodeAt(end + 1));
  if (!after || !(isLowerCode(before) || isDigit(before)) || !isInternalBoundary(scan, cluster)) return end;
  if (end <= scan.quoteEnd) scan.unsure = true;
  else closeSentence(scan, end, false);
  return end;
}

function isInternalBoundary(scan: Scan, cluster: Cluster): boolean {
  if (cluster.closer || (cluster.kind !== 'period' && cluster.kind !== 'question')) return false;
  const { text } = scan;
  const i = cluster.start;
  if (i - scan.wordStart > MAX_WORD) return false;
  const left = text.slice(scan.wordStart, i);
  const segment = left.slice(left.lastIndexOf('.') + 1);
  if (segment.length < 2 || lookupAbbreviation(`${segment}.`)) return false;
  let k = scan.wordStart;
  while (k < text.length && k - scan.wordStart < 2 * MAX_WORD && !isSpace(text.charCodeAt(k))) {
    if ('@/:\\'.includes(text.charAt(k))) return false;
    k += 1;
  }
  return true;
}
