import type { Token } from '../tokens.js';
import { incorporatedRule, parentheticalRule, pageAsideRule } from './asides.js';
import { bareHeadingRule } from './bare-headings.js';
import { captionRule, documentRule, unitRule } from './phrases.js';
import type { Constituent, Rule } from './constituents.js';
import { isFrameWord } from './frame.js';
import { referenceRule, wordsRule } from './matches.js';
import { newTextRule, positionRule } from './positions.js';
import { partRule } from './parts.js';
import { questionRule } from './questions.js';

// Tried in order at each token; the first that matches wins and the scan resumes after it.
// A heading without quotes is tried before units, so that "under the heading X" is read whole; words quoted for a
// word-level edit before anything else, so that `replacing "A" with "B"` is not read as new text `B`.
const rules: readonly Rule[] = [
  pageAsideRule, parentheticalRule, incorporatedRule, wordsRule, referenceRule, newTextRule, positionRule, documentRule, partRule,
  bareHeadingRule, unitRule, captionRule, questionRule,
];

/** A constituent and the tokens it covers (`start` to `next`, end exclusive). */
export interface Span {
  value: Constituent;
  start: number;
  next: number;
}

/**
 * What a scan found: the constituents in order, with their token spans; quotations no rule took (words quoted inside
 * the target); and the tokens no rule took that are not the sentence's own grammar (the words left over).
 */
export interface Scan {
  found: Constituent[];
  spans: Span[];
  loose: string[];
  leftover: number[];
}

function firstMatch(tokens: Token[], at: number): ReturnType<Rule> {
  for (const rule of rules) {
    const match = rule(tokens, at);
    if (match) return match;
  }
  return null;
}

function passOver(scan: Scan, token: Token, at: number): void {
  if (token.kind === 'quoted') scan.loose.push(token.text);
  if (token.kind === 'quoted' || !isFrameWord(token)) scan.leftover.push(at);
}

/**
 * Scan tokens once for locator constituents: units with ordinals or ids, captions, documents, positions, words
 * quoted for a word-level edit, new-text markers. Each token is claimed by a constituent, by the sentence's own
 * grammar (verbs, "hereby", "in its entirety": `frame.ts`), or is left over.
 * @param tokens the instruction's tokens
 * @returns the constituents in order, the loose quotations and the tokens left over
 */
export function scanLocator(tokens: Token[]): Scan {
  const scan: Scan = { found: [], spans: [], loose: [], leftover: [] };
  let at = 0;
  while (at < tokens.length) {
    const match = firstMatch(tokens, at);
    if (!match) {
      passOver(scan, tokens[at] as Token, at);
      at++;
      continue;
    }
    const next = Math.max(match.next, at + 1);
    if (match.value.kind !== 'skip') {
      scan.found.push(match.value);
      scan.spans.push({ value: match.value, start: at, next });
    }
    at = next;
  }
  return scan;
}
