import { matchWords, type Token } from '../tokens.js';
import type { Rule } from './constituents.js';

// The parts of an offer document named without quotation marks, as filings name them.
const parts: ReadonlyArray<readonly [readonly string[], string]> = [
  [['summary', 'term', 'sheet'], 'Summary Term Sheet'],
  [['special', 'factors'], 'Special Factors'],
];

/**
 * Whether a heading names a part of the document ("Summary Term Sheet"): the outer heading when a passage is
 * located under a heading inside it.
 * @param heading the heading as named
 * @returns true for a part
 */
export function isPart(heading: string): boolean {
  return parts.some(([, name]) => name.toLowerCase() === heading.toLowerCase()) || /^(?:introduction|the offer|the tender offer)$/i.test(heading);
}

/** Rule: a part named without quotes, "the Summary Term Sheet", "Special Factors": a heading. */
export const partRule: Rule = (tokens: Token[], at: number) => {
  const start = tokens[at]?.lower === 'the' ? at + 1 : at;
  if (!/^[A-Z]/.test(tokens[start]?.text ?? '')) return null;
  for (const [words, name] of parts) {
    const next = matchWords(tokens, start, words);
    if (next > 0) return { value: { kind: 'caption', headings: [name] }, next };
  }
  return null;
};
