import {
  isIntroWord,
  isReferenceNoun,
  isSentenceStarter,
  isTimeZoneWord,
  lookupAbbreviation,
  type AbbreviationKind,
} from './abbreviations.js';

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

/** What follows a terminator: the first character class of the next word, past opening quotes and parens. */
interface Next {
  kind: 'upper' | 'lower' | 'digit' | 'dots' | 'other';
  /** A sentence-opening word ("The", "We"): see `isSentenceStarter`. */
  starter: boolean;
  /** The next word's letters (up to `MAX_WORD`). */
  word: string;
  /** The next word opened with a parenthesis or bracket. */
  paren: boolean;
}

/** A run of terminators and closers, read from its first terminator. */
interface Cluster {
  start: number;
  end: number;
  /** End of the first run when dots continue spaced (". . ."). */
  firstEnd: number;
  kind: 'period' | 'question' | 'ellipsis' | 'stop' | 'leadStop';
  /** A closing quote or parenthesis is part of the run. */
  closer: boolean;
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
/** Quotes nest no deeper than this; deeper openers are left unpaired. */
const MAX_QUOTE_DEPTH = 16;
/** Words longer than this are never abbreviations or list guards; bounds the work per terminator. */
const MAX_WORD = 32;

const BULLETS = new Set([0x2022, 0x25e6, 0x25aa, 0x25ab, 0x25cf, 0x25cb, 0x25a0, 0x25a1, 0x2043, 0x2023, 0x2219]);
const OPENERS = new Set([0x22, 0x27, 0x28, 0x5b, 0x7b, 0x201c, 0x2018, 0xab]);
const CLOSERS = new Set([0x22, 0x27, 0x29, 0x5d, 0x7d, 0x201d, 0x2019, 0xbb]);
const DIGIT_LIKE = new Set([0x24, 0xa7, 0x23, 0x20ac, 0xa3, 0xa5]);

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

function readCluster(text: string, i: number): Cluster {
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

function readNext(text: string, at: number): Next {
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

// An all-caps word of two letters or more, as a heading's title is printed.
function isCaps(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase();
}

function readWord(text: string, k: number): string {
  let e = k;
  while (e < text.length && e - k < MAX_WORD && isLetterCode(text.charCodeAt(e))) e += 1;
  return text.slice(k, e);
}

function wordAt(text: string, start: number, end: number): string {
  return end > start && end - start <= MAX_WORD ? text.slice(start, end) : '';
}

// A leading label is part of its sentence: "1.", "2.)", "b)", "Q23.", "IV.", "Item 4.", "• 9.", "(b)".
const labelPattern =
  /(?:[•◦▪▫●○■□⁃‣∙]\s?)?(?:(item|items|section|article|part|question|step|note|rule|schedule|exhibit|annex|appendix|chapter|paragraph|clause)\s)?([0-9]{1,3}(?:\.[0-9]{1,3}){0,3}[a-z]?|[a-z]{1,2}[0-9]{1,3}|[a-z]{1,7})((?:\([a-z0-9]{1,4}\)){0,3})(\.\)|\.|\))(?=\s)|\((?:[a-z]{1,4}|[0-9]{1,3})\)(?=\s)/iy;
const romanPattern = /^(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/i;

interface Label {
  end: number;
  /** The label's number or letter and its punctuation ("2.", "b)"), or '' for a parenthesised one. */
  marker: string;
  /** The number or letter alone, when the label could open an inline list ("1." but not "Item 1." or "1(a)."). */
  listId: string | null;
}

function matchLabel(text: string, i: number): Label | null {
  if (!mayStartLabel(text, i)) return null;
  const fast = matchNumberLabel(text, i);
  if (fast) return fast;
  labelPattern.lastIndex = i;
  const match = labelPattern.exec(text);
  if (!match) return null;
  const [, keyword, id, parens, style] = match;
  const end = i + match[0].length;
  if (id === undefined || style === undefined) return { end, marker: '', listId: null };
  if (id.length > 1 && !isDigit(id.charCodeAt(0)) && !isDigit(id.charCodeAt(id.length - 1)) && !romanPattern.test(id)) return null;
  return { end, marker: id + style, listId: keyword === undefined && parens === '' ? id : null };
}

// The common "12. " and "3) " without the pattern.
function matchNumberLabel(text: string, i: number): Label | null {
  let k = i;
  while (k < text.length && k - i < 3 && isDigit(text.charCodeAt(k))) k += 1;
  const style = text.charCodeAt(k);
  if (k === i || (style !== 0x2e && style !== 0x29) || !isSpace(text.charCodeAt(k + 1))) return null;
  return { end: k + 1, marker: text.slice(i, k + 1), listId: text.slice(i, k) };
}

function listNextOf(label: Label): string | null {
  if (label.listId === null) return null;
  const style = label.marker.slice(label.listId.length);
  const code = label.listId.charCodeAt(0);
  if (isDigit(code)) return /^[0-9]+$/.test(label.listId) ? String(Number(label.listId) + 1) + style : null;
  return label.listId.length === 1 && code >= 0x61 && code < 0x7a ? String.fromCharCode(code + 1) + style : null;
}

// A cheap test before the label pattern, which most sentence openings ("The", "We") cannot match.
function mayStartLabel(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (isDigit(code) || code === 0x28 || BULLETS.has(code)) return true;
  if (!isLetterCode(code)) return false;
  let j = i + 1;
  while (j < text.length && j - i < 10 && isLetterCode(text.charCodeAt(j))) j += 1;
  const after = text.charCodeAt(j);
  return after === 0x2e || after === 0x29 || isDigit(after) || (isSpace(after) && j - i >= 4);
}

// Double quotes paired by direction: a straight quote after a space opens, one before a space or
// punctuation closes. Unpaired quotes are left out, so a stray quote holds back no boundary.
function pairQuotes(text: string): Map<number, number> {
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

function quoteRole(text: string, k: number): 'open' | 'close' | 'none' {
  const code = text.charCodeAt(k);
  if (code === 0x201c) return 'open';
  if (code === 0x201d) return 'close';
  const before = k === 0 ? 0x20 : text.charCodeAt(k - 1);
  const after = k + 1 >= text.length ? 0x20 : text.charCodeAt(k + 1);
  const opensAfter = isSpace(before) || OPENERS.has(before) || before === 0x2014 || before === 0x2013 || before === 0x2f;
  if (!opensAfter) return 'close';
  return isSpace(after) ? 'none' : 'open';
}

function isTerminator(code: number): boolean {
  return code === 0x2e || code === 0x3f || code === 0x21 || code === 0x2026;
}

function isSpace(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isUpperCode(code: number): boolean {
  if (code >= 0x41 && code <= 0x5a) return true;
  return code > 0x7f && /\p{Lu}/u.test(String.fromCharCode(code));
}

function isLowerCode(code: number): boolean {
  if (code >= 0x61 && code <= 0x7a) return true;
  return code > 0x7f && /\p{Ll}/u.test(String.fromCharCode(code));
}

function isLetterCode(code: number): boolean {
  return isUpperCode(code) || isLowerCode(code);
}
