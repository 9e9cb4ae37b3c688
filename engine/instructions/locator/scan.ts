import type { Token } from '../tokens.js';
import { incorporatedRule, parentheticalRule } from './asides.js';
import { bareHeadingRule } from './bare-headings.js';
import { captionRule, documentRule, unitRule } from './phrases.js';
import type { Constituent, Rule } from './constituents.js';
import { newTextRule, positionRule } from './positions.js';
import { questionRule } from './questions.js';

// Tried in order at each token; the first that matches wins and the scan resumes after it.
// A heading without quotes is tried before units, so that "under the heading X" is read whole.
const rules: readonly Rule[] = [parentheticalRule, incorporatedRule, newTextRule, positionRule, documentRule, bareHeadingRule, unitRule, captionRule, questionRule];

/** What a scan found: the constituents, and quotations no rule took (words quoted inside the target). */
export interface Scan {
  found: Constituent[];
  loose: string[];
}

function firstMatch(tokens: Token[], at: number): ReturnType<Rule> {
  for (const rule of rules) {
    const match = rule(tokens, at);
    if (match) return match;
  }
  return null;
}

/**
 * Scan tokens for locator constituents: units with ordinals or ids, captions, documents, positions, new-text markers.
 * Tokens no rule recognises (verbs, "hereby", "in its entirety") are passed over; quotations among them are kept
 * as `loose`, since they quote words inside the target ("replacing "March 14" with ...").
 * @param tokens the instruction's tokens
 * @returns the constituents in order and the loose quotations
 */
export function scanLocator(tokens: Token[]): Scan {
  const scan: Scan = { found: [], loose: [] };
  let at = 0;
  while (at < tokens.length) {
    const match = firstMatch(tokens, at);
    if (!match) {
      if (tokens[at]?.kind === 'quoted') scan.loose.push(tokens[at]?.text ?? '');
      at++;
      continue;
    }
    if (match.value.kind !== 'skip') scan.found.push(match.value);
    at = Math.max(match.next, at + 1);
  }
  return scan;
}
