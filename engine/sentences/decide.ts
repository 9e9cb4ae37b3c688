import { isIntroWord, isTimeZoneWord, type AbbreviationKind } from './abbreviations.js';
import { classifyPrev, type Prev } from './prev.js';
import { isCaps, readWord, type Cluster, type Next } from './reading.js';
import type { Scan } from './scan.js';

/** Whether to end the sentence at a terminator, and whether that choice is uncertain. */
export interface Decision {
  split: boolean;
  unsure: boolean;
}

const JOIN: Decision = { split: false, unsure: false };
const JOIN_UNSURE: Decision = { split: false, unsure: true };
const SPLIT: Decision = { split: true, unsure: false };
const SPLIT_UNSURE: Decision = { split: true, unsure: true };

/**
 * Decide whether a terminator followed by a space ends the sentence, from its kind, the word before it and the next word.
 * @param scan the pass, its current word ending at the terminator
 * @param cluster the run of terminators and closers
 * @param next the word after it
 * @returns whether to split, and whether that is uncertain
 */
export function decide(scan: Scan, cluster: Cluster, next: Next): Decision {
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
