import { findDates, monthSource, parseDate } from '../lexicon/dates.js';
import { skipWords, type Token } from './tokens.js';
import { tellsHistory } from '../filing/extension.js';

// "March 28" with no year after it.
const yearless = new RegExp(String.raw`\b(${monthSource})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d{4})`, 'gi');

/** A date found in an instruction sentence. */
interface SentenceDate {
  iso: string;
  start: number;
}

function datesIn(text: string, defaultYear: number | null): SentenceDate[] {
  const full = findDates(text).map((d) => ({ iso: d.iso, start: d.start }));
  const year = full.length > 0 ? Number(full[full.length - 1]?.iso.slice(0, 4)) : defaultYear;
  const partial = year === null ? [] : [...text.matchAll(yearless)].flatMap((m) => {
    const iso = parseDate(`${m[1] ?? ''} ${m[2] ?? ''}, ${year}`);
    return iso ? [{ iso, start: m.index ?? 0 }] : [];
  });
  return [...full, ...partial].sort((a, b) => a.start - b.start);
}

/**
 * The new expiration an extension names: the first date after "extended"/"extension", or after the last "read",
 * "refer" or "with" ("all references to March 14 are amended to read March 28"; `replacing "March 14, 2005" with
 * "March 28, 2005"`), passing over a date that tells history ("from March 14, 2005 to March 28, 2005"). A date
 * without a year takes the year of another date in the sentence, else `defaultYear`.
 * @param text the sentence
 * @param tokens its tokens
 * @param verbAt the index of the extension's verb token
 * @param defaultYear the year the filing writes in, for dates written without one
 * @returns the ISO date, or null
 */
export function expirationOf(text: string, tokens: Token[], verbAt: number, defaultYear: number | null): string | null {
  const anchors = tokens.flatMap((t, k) => (k > verbAt && ['read', 'refer', 'with'].includes(t.lower) ? [k] : []));
  const from = tokens[anchors[anchors.length - 1] ?? verbAt]?.end ?? 0;
  // "extended from March 14, 2005 to March 28, 2005": the date the offer was scheduled for is not the new one.
  return datesIn(text, defaultYear).find((d) => d.start >= from && !tellsHistory(text, d.start))?.iso ?? null;
}

const planStops = new Set([',', '.', ';', ':', 'and', 'or', 'which', 'that', 'as', '(', 'who', 'whose']);
const planArticles = new Set(['the', 'all', 'any', 'of', 'our', 'its', 'outstanding']);
const listWords = new Set([',', 'and', 'or']);
// Words a plan's or class's name ends with: after one, "and" starts another name rather than continuing this one.
const planNouns = new Set(['plan', 'plans', 'program', 'programs', 'agreement', 'agreements', 'shares', 'options', 'units', 'warrants', 'notes']);
const nameWords = new Set(['of', 'for', 'to', 'on', 'in', 'and']);

const joinName = (tokens: Token[]): string => tokens.map((t) => t.text).join(' ').replace(/ ([’'])/g, '$1');

// ", Inc." inside a company's name, not the end of the name.
const corporate = new Set(['inc', 'ltd', 'llc', 'corp', 'co', 'plc', 'ag', 'sa', 'nv', 'lp']);

function insideCorporateName(tokens: Token[], at: number): boolean {
  const token = tokens[at];
  if (token?.text === ',') return corporate.has(tokens[at + 1]?.lower ?? '');
  return token?.text === '.' && corporate.has(tokens[at - 1]?.lower ?? '') && tokens[at - 2]?.text === ',' && tokens[at + 1] !== undefined && /^[A-Z0-9]/.test(tokens[at + 1]?.text ?? '');
}

// One name from `at` (articles skipped) to a stop. "and" inside a name ("Stock Option and Incentive Plan") is kept
// unless the name already ends with a plan noun or an article follows ("the TTI Plan and the 1995 Plan").
function readName(tokens: Token[], at: number): { words: Token[]; next: number } {
  const first = skipWords(tokens, at, planArticles);
  let end = first;
  for (;;) {
    const token = tokens[end];
    if (!token || token.kind === 'quoted') break;
    const joins = (token.lower === 'and' || token.lower === 'or') && end > first;
    const inside = joins && !planNouns.has(tokens[end - 1]?.lower ?? '') && !planArticles.has(tokens[end + 1]?.lower ?? '');
    if (planStops.has(token.lower) && !inside && !insideCorporateName(tokens, end)) break;
    end++;
  }
  return definedName(tokens, { words: tokens.slice(first, end), next: end });
}

// A name followed by the term that defines it, `(the "1997 Plan")`, goes by that term, as the filing then does.
function definedName(tokens: Token[], read: { words: Token[]; next: number }): { words: Token[]; next: number } {
  if (read.words.length === 0 || tokens[read.next]?.text !== '(') return read;
  const at = skipWords(tokens, read.next + 1, planArticles);
  const term = tokens[at];
  if (term?.kind !== 'quoted' || tokens[at + 1]?.text !== ')') return read;
  return { words: [term], next: at + 2 };
}

// A further name in a list must read as a name, "the 1995 Plan", not as a clause, "held by former employees".
const isName = (words: Token[]): boolean =>
  words.length > 0 && words.every((t) => /^[A-Z0-9]/.test(t.text) || nameWords.has(t.text)) && /^[A-Z0-9]/.test(words[words.length - 1]?.text ?? '');

/**
 * The plans or classes an offer is withdrawn for: the names after "granted under" ("the TTI Plan and the 1995
 * Plan" -> "TTI Plan", "1995 Plan"), else after "with respect to" ("all Class B Shares" -> "Class B Shares").
 * @param tokens the sentence's tokens
 * @param verbAt the index of "withdrawn"
 * @returns the names in order; empty when the whole offer is withdrawn
 */
export function plansOf(tokens: Token[], verbAt: number): string[] {
  const under = tokens.findIndex((t, k) => k > verbAt && t.lower === 'under');
  const respect = tokens.findIndex((t, k) => k > verbAt && t.lower === 'respect');
  const start = under >= 0 ? under + 1 : respect >= 0 ? respect + 2 : -1;
  if (start < 0) return [];
  const first = readName(tokens, start);
  if (first.words.length === 0) return [];
  const plans = [joinName(first.words)];
  for (let next = first.next; listWords.has(tokens[next]?.lower ?? ''); ) {
    const item = readName(tokens, skipWords(tokens, next, listWords));
    if (!isName(item.words)) break;
    plans.push(joinName(item.words));
    next = item.next;
  }
  return plans;
}
