import { matchWords, skipWords, type Token } from '../tokens.js';
import type { Match } from './ordinals.js';
import type { Constituent, Position, Rule } from './constituents.js';
import { readUnit } from './units.js';

// Words that place an insertion relative to what follows them, longest first.
const relations: ReadonlyArray<readonly [readonly string[], Position]> = [
  [['subsequent', 'to'], 'after'],
  [['prior', 'to'], 'before'],
  [['ahead', 'of'], 'before'],
  [['in', 'front', 'of'], 'before'],
  [['after'], 'after'],
  [['following'], 'after'],
  [['succeeding'], 'after'],
  [['before'], 'before'],
  [['preceding'], 'before'],
];

// "the end of", "the beginning of": where inside what follows.
const edges: Readonly<Record<string, Position>> = { end: 'end', conclusion: 'end', beginning: 'start', start: 'start' };

const ordinalArticles = new Set(['the', 'a', 'an', 'new']);
const textLead = new Set([':', ',', 'in', 'its', 'entirety']);
const newTextAdjectives = new Set(['new', 'additional', 'revised', 'amended', 'replacement']);
const cardinals = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'new', 'additional', 'revised', 'amended', 'replacement']);

function position(value: Position, anchored: boolean, next: number): Match<Constituent> {
  return { value: { kind: 'position', position: value, anchored }, next };
}

function relation(tokens: Token[], at: number): Match<Constituent> | null {
  const start = tokens[at]?.lower === 'immediately' || tokens[at]?.lower === 'directly' ? at + 1 : at;
  for (const [words, value] of relations) {
    const next = matchWords(tokens, start, words);
    // "following" followed by ":" or by a unit word is the new text ("the following sentence"), not a place.
    if (next > 0 && !(words[0] === 'following' && (tokens[next]?.text === ':' || readUnit(tokens, next)))) {
      return position(value, true, next);
    }
  }
  return null;
}

// "to the end of", "at the beginning of", "at the end" (of the target itself).
function edge(tokens: Token[], at: number): Match<Constituent> | null {
  if (!['to', 'at', 'in'].includes(tokens[at]?.lower ?? '')) return null;
  const word = tokens[at + 1]?.lower === 'the' ? at + 2 : -1;
  const value = edges[tokens[word]?.lower ?? ''];
  if (word < 0 || !value) return null;
  const of = tokens[word + 1]?.lower === 'of' && tokens[word + 2]?.lower !== 'such' ? word + 2 : word + 1;
  return position(value, of > word + 1, of);
}

// "as the last sentence of", "as the first paragraph of", "as a new final paragraph of"; with no "of" ("adding the
// following paragraph as the new last paragraph"), the edge of the target itself.
function asOrdinal(tokens: Token[], at: number): Match<Constituent> | null {
  if (tokens[at]?.lower !== 'as') return null;
  const word = skipWords(tokens, at + 1, ordinalArticles);
  const value = { first: 'start', last: 'end', final: 'end' }[tokens[word]?.lower ?? ''] as Position | undefined;
  const unit = readUnit(tokens, word + 1);
  if (!value || !unit) return null;
  if (tokens[unit.next]?.lower === 'of') return position(value, true, unit.next + 1);
  return position(value, false, unit.next);
}

/** Rule: where an insertion goes — "immediately after", "prior to", "to the end of", "at the end", "as the last sentence of". */
export const positionRule: Rule = (tokens, at) => relation(tokens, at) ?? edge(tokens, at) ?? asOrdinal(tokens, at);

// Words that introduce the new text, after which a quotation on the same line is that text.
const introducers: ReadonlyArray<readonly string[]> = [
  ['to', 'refer', 'to'],
  ['as', 'follows'],
  ['to', 'read', 'in', 'its', 'entirety', 'as', 'follows'],
  ['to', 'read', 'in', 'its', 'entirety'],
  ['to', 'read', 'as', 'follows'],
  ['to', 'read'],
  ['read', 'as', 'follows'],
  ['read'],
];

function inlineText(tokens: Token[], at: number): Match<string | null> {
  const next = skipWords(tokens, at, textLead);
  const quoted = tokens[next];
  return quoted?.kind === 'quoted' ? { value: quoted.text, next: next + 1 } : { value: null, next: at };
}

function following(tokens: Token[], at: number): Match<Constituent> | null {
  const start = tokens[at]?.lower === 'the' ? at + 1 : at;
  if (tokens[start]?.lower !== 'following') return null;
  const index = skipWords(tokens, skipWords(tokens, start + 1, newTextAdjectives), cardinals);
  const unit = readUnit(tokens, index);
  const text = inlineText(tokens, unit ? unit.next : index);
  return { value: { kind: 'newText', unit: unit?.value.unit ?? null, text: text.value }, next: Math.max(text.next, unit?.next ?? index) };
}

function introduced(tokens: Token[], at: number): Match<Constituent> | null {
  for (const words of introducers) {
    const next = matchWords(tokens, at, words);
    if (next < 0) continue;
    const text = inlineText(tokens, next);
    return { value: { kind: 'newText', unit: null, text: text.value }, next: text.next };
  }
  return null;
}

// "is hereby changed to "$11.00"".
const changers = new Set(['changed', 'amended', 'revised', 'modified', 'corrected', 'updated']);
const givers = new Set(['with', 'by', 'inserting', 'substituting', 'adding', 'insert', 'substitute', 'add']);
const wordNouns = new Set(['the', 'word', 'words', 'phrase', 'figure', 'number', 'amount', 'date', 'language', 'text', 'new', 'following']);

// `with "..."`, `with the words "..."`, `and inserting "..." in lieu thereof`: the replacement given inline.
function withQuote(tokens: Token[], at: number): Match<Constituent> | null {
  const changedTo = tokens[at]?.lower === 'to' && changers.has(tokens[at - 1]?.lower ?? '');
  if (!(givers.has(tokens[at]?.lower ?? '') || changedTo) || tokens[at]?.kind === 'quoted') return null;
  const quote = skipWords(tokens, at + 1, wordNouns);
  if (tokens[quote]?.kind !== 'quoted') return null;
  return { value: { kind: 'newText', unit: null, text: tokens[quote]?.text ?? '' }, next: quote + 1 };
}

/** Rule: what introduces the new text — "the following sentences", "as follows", "to read", `with "..."`. */
export const newTextRule: Rule = (tokens, at) => following(tokens, at) ?? introduced(tokens, at) ?? withQuote(tokens, at);
