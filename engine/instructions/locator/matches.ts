import { skipWords, type Token } from '../tokens.js';
import type { Constituent, Rule } from './constituents.js';
import { readOrdinal, type Match } from './ordinals.js';
import type { Ordinal, TargetMatch } from '../../types.js';

// "the words", "the phrase", "the figure": what a quotation of words inside a target is called.
const wordNouns = new Set(['clause', 'proviso', 'word', 'words', 'phrase', 'phrases', 'term', 'terms', 'figure', 'figures', 'number', 'amount', 'date', 'language', 'text']);
// Verbs that take words as their object directly: `replacing "A" with "B"`, `deleting "A"`.
const wordVerbs = new Set(['replacing', 'replace', 'substituting', 'deleting', 'delete', 'striking', 'strike', 'removing', 'remove']);
const everyWords = new Set(['each', 'every', 'all', 'any']);
const referenceNouns = new Set(['reference', 'references', 'instance', 'instances', 'occurrence', 'occurrences', 'mention', 'mentions', 'appearance', 'appearances']);
const plural = new Set(['references', 'instances', 'occurrences', 'mentions', 'appearances']);
const articles = new Set(['the', 'a']);
const placers = new Set(['before', 'after', 'following', 'preceding']);

function words(text: string, occurrence: Ordinal | 'all', next: number): Match<Constituent> {
  return { value: { kind: 'words', text, occurrence }, next };
}

// `the words "A"`, `the second occurrence of the words "A"` after an optional ordinal.
function namedWords(tokens: Token[], at: number, occurrence: Ordinal | 'all'): Match<Constituent> | null {
  const noun = skipWords(tokens, at, articles);
  if (!wordNouns.has(tokens[noun]?.lower ?? '') || tokens[noun]?.kind === 'quoted') return null;
  const quote = tokens[noun + 1];
  return quote?.kind === 'quoted' ? words(quote.text, occurrence, noun + 2) : null;
}

/**
 * Rule: words quoted inside the target an edit acts on: `the words "A"`, `the phrase "A"`, `replacing "A"` (the
 * verb is the sentence's; the scan reads on from the quotation), `each occurrence of the words "A"`.
 */
export const wordsRule: Rule = (tokens, at) => {
  const token = tokens[at];
  if (token && wordVerbs.has(token.lower) && token.kind === 'word') {
    const object = skipWords(tokens, at + 1, articles);
    const quote = tokens[object];
    if (object === at + 1 && quote?.kind === 'quoted') return words(quote.text, 1, object + 1);
    return null;
  }
  // `adding "A" immediately before "B"`: the words the insertion is placed by.
  if (token?.kind === 'quoted' && placers.has(tokens[at - 1]?.lower ?? '')) return words(token.text, 1, at + 1);
  // `"C" with "D"` after a first pair: `replacing "A" with "B" and "C" with "D"`.
  if (token?.kind === 'quoted' && [',', 'and'].includes(tokens[at - 1]?.lower ?? '') && tokens[at + 1]?.lower === 'with' && tokens[at + 2]?.kind === 'quoted') {
    return words(token.text, 1, at + 1);
  }
  return namedWords(tokens, at, 1);
};

// "each reference to", "all references to", "the second reference to", "any mention of".
function occurrenceOf(tokens: Token[], at: number): Match<Ordinal | 'all'> | null {
  const every = everyWords.has(tokens[at]?.lower ?? '');
  const start = every ? at + 1 : skipWords(tokens, at, articles);
  const ordinal = every ? null : readOrdinal(tokens, start);
  const noun = ordinal ? ordinal.next : start;
  const word = tokens[noun]?.lower ?? '';
  if (!referenceNouns.has(word) || tokens[noun]?.kind === 'quoted') return null;
  if (!['to', 'of'].includes(tokens[noun + 1]?.lower ?? '')) return null;
  const value = every || plural.has(word) ? 'all' : (ordinal?.value ?? 1);
  return { value, next: noun + 2 };
}

/** Rule: `each reference to "A"`, `all references to "A"`, `the reference to the words "A"`, `the second instance of "A"`. */
export const referenceRule: Rule = (tokens, at) => {
  const occurrence = occurrenceOf(tokens, at);
  if (!occurrence) return null;
  const quote = tokens[occurrence.next];
  if (quote?.kind === 'quoted') return words(quote.text, occurrence.value, occurrence.next + 1);
  return namedWords(tokens, occurrence.next, occurrence.value);
};

const prefixVerbs = new Set(['beginning', 'starting', 'commencing', 'begins', 'starts', 'commences', 'opening', 'opens']);
const containVerbs = new Set(['containing', 'contains', 'including', 'includes', 'mentioning', 'mentions']);
const exactVerbs = new Set(['reading', 'reads', 'stating', 'states']);
const relatives = new Set(['that', 'which']);

// A prefix quoted with a trailing ellipsis ("Management also reviewed…") is matched without it.
const withoutEllipsis = (text: string): string => text.replace(/\s*(?:…|\.{3})\s*$/, '').trim();

function modeOf(word: string): TargetMatch['mode'] | null {
  if (prefixVerbs.has(word)) return 'prefix';
  if (containVerbs.has(word)) return 'contains';
  return exactVerbs.has(word) ? 'exact' : null;
}

/**
 * Read the words that locate a unit, after its unit word: `beginning "X"`, `that begins with "X"`, `containing "X"`,
 * `that reads "X"`, or the quotation alone (`the sentence "X."`, exact).
 * @param tokens the tokens
 * @param at the token after the unit word
 * @returns the match and where it ends, or null
 */
export function readUnitMatch(tokens: Token[], at: number): Match<Omit<TargetMatch, 'occurrence'>> | null {
  if (tokens[at]?.kind === 'quoted') return { value: { text: tokens[at]?.text ?? '', mode: 'exact' }, next: at + 1 };
  const verb = relatives.has(tokens[at]?.lower ?? '') ? at + 1 : at;
  const mode = modeOf(tokens[verb]?.lower ?? '');
  if (!mode || tokens[verb]?.kind === 'quoted') return null;
  const quote = tokens[verb + 1]?.lower === 'with' ? verb + 2 : verb + 1;
  const text = tokens[quote];
  if (text?.kind !== 'quoted') return null;
  return { value: { text: mode === 'prefix' ? withoutEllipsis(text.text) : text.text, mode }, next: quote + 1 };
}
