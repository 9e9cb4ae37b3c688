import { matchWords, type Token } from '../tokens.js';
import type { Match } from './ordinals.js';
import type { TargetScope } from '../../types.js';

/** A unit of text an instruction can name. */
export type Unit =
  | 'clause'
  | 'sentence'
  | 'paragraph'
  | 'section'
  | 'heading'
  | 'item'
  | 'page'
  | 'exhibit'
  | 'document';

// Every spelling, singular and plural, of each unit; longer phrases first.
const spellings: ReadonlyArray<readonly [readonly string[], Unit]> = [
  [['risk', 'factors'], 'heading'],
  [['risk', 'factor'], 'heading'],
  [['bullet', 'points'], 'paragraph'],
  [['bullet', 'point'], 'paragraph'],
  ...(
    [
      ['clause', 'clause'], ['sentence', 'sentence'], ['paragraph', 'paragraph'], ['subparagraph', 'paragraph'],
      ['bullet', 'paragraph'], ['section', 'section'], ['subsection', 'section'], ['heading', 'heading'],
      ['subheading', 'heading'], ['caption', 'heading'], ['subcaption', 'heading'], ['disclosure', 'heading'],
      ['question', 'heading'], ['item', 'item'], ['page', 'page'], ['exhibit', 'exhibit'],
    ] as const
  ).flatMap(([word, unit]) => [[[word], unit] as const, [[`${word}s`], unit] as const]),
];

/**
 * Read a unit word or phrase ("sentences", "risk factor", "subsection", "pages").
 * @param tokens the tokens
 * @param at where it may start
 * @returns the unit and whether it was written in the plural, or null
 */
export function readUnit(tokens: Token[], at: number): Match<{ unit: Unit; word: string }> | null {
  for (const [words, unit] of spellings) {
    const next = matchWords(tokens, at, words);
    if (next > 0) return { value: { unit, word: words.join(' ') }, next };
  }
  return null;
}

/** The scope each unit gives a target when it is the smallest one named (pages give none). */
export const unitScope: Readonly<Record<Unit, TargetScope | null>> = {
  clause: 'clause',
  sentence: 'sentence',
  paragraph: 'paragraph',
  section: 'section',
  heading: 'section',
  item: 'item',
  page: null,
  exhibit: 'exhibit',
  document: 'document',
};

/** Scopes from smallest to largest. */
export const scopeRank: readonly TargetScope[] = ['clause', 'sentence', 'paragraph', 'section', 'item', 'exhibit', 'document'];

// A page printed in lower-case roman numerals: "page i", "pages ii-iv".
const romanPage = /^[ivxlc]{1,6}$/;

function isId(token: Token | undefined, roman = false): boolean {
  if (!token) return false;
  if (roman && token.kind === 'word' && romanPage.test(token.text)) return true;
  if (token.kind === 'number' || token.kind === 'label') return true;
  // "4(a)", "14D", "5A", "IV"
  return token.kind === 'word' && /^(?:\d+[A-Za-z]?(?:\([A-Za-z0-9]{1,4}\))*|[IVX]{1,5})$/.test(token.text);
}

const idSeparators = new Set([',', 'and', 'or']);
const idRanges = new Set(['-', '–', 'through', 'thru', 'to']);

/** A list of ids as written: each id, and whether the list was a range ("1-12", "1 through 11"). */
export interface IdList {
  ids: string[];
  range: boolean;
}

function expandRange(from: string, to: string): string[] | null {
  if (!/^\d+$/.test(from) || !/^\d+$/.test(to) || Number(to) < Number(from) || Number(to) - Number(from) > 200) return null;
  return Array.from({ length: Number(to) - Number(from) + 1 }, (_, k) => String(Number(from) + k));
}

/**
 * Read a list of numbers or labels after a unit word: "5", "12 and 13", "1-12", "1 through 11", "(b) and (c)", "4(a)".
 * Numeric ranges are expanded ("12-14" -> 12, 13, 14) and marked as ranges.
 * @param tokens the tokens
 * @param at where the first id may be
 * @param roman whether lower-case roman numerals are ids (pages)
 * @returns the ids, or null
 */
export function readIds(tokens: Token[], at: number, roman = false): Match<IdList> | null {
  if (!isId(tokens[at], roman)) return null;
  const ids = [tokens[at]?.text as string];
  let range = false;
  let next = at + 1;
  for (;;) {
    const word = tokens[next]?.lower ?? '';
    const skip = idSeparators.has(word) && idSeparators.has(tokens[next + 1]?.lower ?? '') ? 2 : 1;
    const candidate = tokens[next + skip];
    if (!(idSeparators.has(word) || idRanges.has(word)) || !isId(candidate, roman)) break;
    const expanded = idRanges.has(word) ? expandRange(ids[ids.length - 1] as string, candidate?.text as string) : null;
    if (expanded) ids.push(...expanded.slice(1));
    else ids.push(candidate?.text as string);
    range ||= idRanges.has(word);
    next += skip + 1;
  }
  return { value: { ids, range }, next };
}
