import { matchWords, skipWords, type Token } from '../tokens.js';
import { readDocument } from './documents.js';
import { ordinalListEnd, readFromEnd, readOrdinalList, type Match } from './ordinals.js';
import { questionHeadings } from './questions.js';
import { readIds, readUnit, type Unit } from './units.js';
import { readUnitMatch } from './matches.js';
import type { Constituent, Rule, UnitPhrase } from './constituents.js';

const articles = new Set(['the', 'a', 'an', 'all', 'both', 'each', 'every', 'any', 'this', 'that', 'those', 'these']);
const adjectives = new Set(['bold', 'boldface', 'bolded', 'italic', 'italicized', 'italicised', 'underlined', 'capitalized', 'sub', '-', 'new', 'additional', 'revised', 'amended', 'replacement', 'following']);
const captionVerbs = new Set(['entitled', 'captioned', 'titled', 'headed', 'called', 'named', 'under']);
const directlyCaptioned = new Set<Unit>(['heading', 'section']);
const quoteSeparators = new Set([',', 'and', 'or']);
const captionNouns = new Set(['the', 'caption', 'heading']);

/**
 * A heading as named: outer whitespace and trailing punctuation taken off ("affected," -> "affected").
 * @param text the quoted text
 * @returns the cleaned heading
 */
export function cleanHeading(text: string): string {
  // The look-behind starts the match only where the trailing run does, not at each character of every run.
  return text.replace(/(?<![\s.,;:])[\s.,;:]+$/, '').trim();
}

/**
 * Read one or more quotations joined by commas, "and" or "or": `"A", "B" and "C"`.
 * @param tokens the tokens
 * @param at where the first quotation may be
 * @returns the quoted texts cleaned as headings, or null
 */
export function readQuotedList(tokens: Token[], at: number): Match<string[]> | null {
  if (tokens[at]?.kind !== 'quoted') return null;
  const values = [cleanHeading(tokens[at]?.text ?? '')];
  let next = at + 1;
  for (;;) {
    const after = skipWords(tokens, next, quoteSeparators);
    if (after === next || tokens[after]?.kind !== 'quoted') break;
    values.push(cleanHeading(tokens[after]?.text ?? ''));
    next = after + 1;
  }
  return { value: values, next };
}

const titleMarks = new Set(['.', '-', '–', '—', ':']);

// After a unit: `entitled "A"`, `captioned "A" and "B"`, or for headings directly `"A"`; a section or Item also
// `—"A"` or `. "A"` (`Section 9—"Source and Amount of Funds"`, `Item 8. "Additional Information"`).
function readCaptionOf(tokens: Token[], at: number, unit: Unit): Match<string[]> | null {
  // "--" (two hyphens) stands for a dash in plain-text filings.
  const title = titleMarks.has(tokens[at]?.text ?? '') ? (tokens[at + 1]?.text === '-' ? at + 2 : at + 1) : at;
  if ((unit === 'section' || unit === 'item') && title > at && tokens[title]?.kind === 'quoted') return readQuotedList(tokens, title);
  const verb = captionVerbs.has(tokens[at]?.lower ?? '') ? at + 1 : at;
  const next = verb > at ? skipWords(tokens, verb, captionNouns) : at;
  if (verb === at && !directlyCaptioned.has(unit) && unit !== 'item') return null;
  return readQuotedList(tokens, next);
}

const backUnits = new Set<Unit>(['section', 'heading']);
const backWords = new Set(['this', 'such', 'that']);

// "each such sentence" refers back inside the sentence and is passed over; "this section", "such subheading" name
// the heading named just before.
function referBack(tokens: Token[], at: number): Match<Constituent> | null {
  const unit = readUnit(tokens, at + 1);
  if (!unit) return null;
  if (backUnits.has(unit.value.unit) && readIds(tokens, unit.next) === null) return { value: { kind: 'back', unit: unit.value.unit }, next: unit.next };
  return tokens[at]?.lower === 'such' ? { value: { kind: 'skip' }, next: unit.next } : null;
}

// After the unit word and any ids: its title or caption, or the words that locate it. An Item's title names the
// Item itself, never a heading inside it, so it is read and dropped.
function readAfterUnit(tokens: Token[], at: number, unit: Unit): { headings: string[] | null; match: UnitPhrase['match']; next: number } {
  const caption = readCaptionOf(tokens, at, unit);
  if (caption) return { headings: unit === 'item' ? [] : caption.value, match: null, next: caption.next };
  const match = unit === 'sentence' || unit === 'paragraph' ? readUnitMatch(tokens, at) : null;
  return { headings: null, match: match?.value ?? null, next: match?.next ?? at };
}

/**
 * Rule: a unit phrase — `[each of] [the] [ordinals] [full] [bold] UNIT [ids] [entitled "..." | beginning "..."]`.
 * "such" units ("each such sentence") refer back and are skipped; "this section" names the heading named before.
 */
export const unitRule: Rule = (tokens, at) => {
  let index = matchWords(tokens, at, ['each', 'of']);
  index = skipWords(tokens, index > 0 ? index : at, articles);
  const such = tokens[index]?.lower === 'such' ? index : index > at && backWords.has(tokens[index - 1]?.lower ?? '') ? index - 1 : -1;
  const back = such >= 0 ? referBack(tokens, such) : null;
  if (back) return back;
  // Where the ordinals end (remembered) says whether a unit follows; their values are read only when one does, as
  // reading them from each item of a long list no unit follows was quadratic.
  const listEnd = ordinalListEnd(tokens, index);
  const afterList = listEnd < 0 ? index : listEnd;
  const full = tokens[afterList]?.lower === 'full';
  const unit = readUnit(tokens, skipWords(tokens, full ? afterList + 1 : afterList, adjectives));
  if (!unit) return null;
  const ordinals = listEnd < 0 ? null : readOrdinalList(tokens, index);
  // "the third sentence from the end": the count runs backwards.
  const fromEnd = ordinals ? readFromEnd(tokens, unit.next) : -1;
  const after = fromEnd > 0 ? fromEnd : unit.next;
  const ids = ordinals ? null : readIds(tokens, after, unit.value.unit === 'page');
  const rest = readAfterUnit(tokens, ids ? ids.next : after, unit.value.unit);
  const value: UnitPhrase = {
    kind: 'unit',
    unit: unit.value.unit,
    ordinals: (ordinals?.value ?? []).map((n) => (fromEnd > 0 && n > 0 ? -n : n)),
    full,
    ids: ids?.value ?? null,
    headings: rest.headings ?? questionHeadings(unit.value.word, ids?.value ?? null),
    match: rest.match,
  };
  return { value, next: rest.next };
};

/** Rule: a caption with no unit word, `under "Summary Term Sheet"` or `entitled "..."`. */
export const captionRule: Rule = (tokens, at) => {
  if (!captionVerbs.has(tokens[at]?.lower ?? '')) return null;
  const list = readQuotedList(tokens, at + 1);
  return list ? { value: { kind: 'caption', headings: list.value }, next: list.next } : null;
};

/** Rule: a document name, "the Offer to Exchange", "Schedule 14D-9", "the Offer". */
export const documentRule: Rule = (tokens, at) => {
  const found = readDocument(tokens, at);
  return found ? { value: { kind: 'document', document: found.value }, next: found.next } : null;
};
