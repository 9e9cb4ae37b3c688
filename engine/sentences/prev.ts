import { isReferenceNoun, lookupAbbreviation, type AbbreviationKind } from './abbreviations.js';
import { CLOSERS, OPENERS, isDigit, isUpperCode } from './chars.js';
import { MAX_WORD, wordAt } from './reading.js';
import type { Scan } from './scan.js';

/** The word before a period, as far as it decides a boundary. */
export type Prev =
  | { type: 'abbreviation'; kind: AbbreviationKind }
  /** `reference`: the word before it names a part of a document ("Section 5.", "Exhibit B."). */
  | { type: 'number'; reference: boolean }
  | { type: 'initial' | 'plain' };

/**
 * Classify the word before a period: an abbreviation, a number or identifier, an initial, or a plain word.
 * @param scan the pass, its current word ending at `i`
 * @param i the period's offset
 * @returns what the word is, as far as it decides a boundary
 */
export function classifyPrev(scan: Scan, i: number): Prev {
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
