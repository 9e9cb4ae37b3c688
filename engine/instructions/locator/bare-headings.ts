import { skipWords, type Token } from '../tokens.js';
import { readDocument } from './documents.js';
import { ordinalListEnd } from './ordinals.js';
import { cleanHeading } from './phrases.js';
import type { Rule } from './constituents.js';
import { readIds, readUnit } from './units.js';

const captionVerbs = new Set(['entitled', 'captioned', 'titled', 'headed']);
const headingNouns = new Set(['heading', 'caption', 'subheading', 'subcaption']);
const pluralNouns = new Set(['headings', 'captions', 'subheadings', 'subcaptions']);
// Lower-case words a title-case heading keeps ("Source and Amount of Funds"), and punctuation inside one.
const smallWords = new Set(['of', 'and', 'or', 'the', 'for', 'to', 'a', 'an', 'in', 'on', 'at', 'by', 'with', 'from', 'upon', 'under', 'into', 'its', 'our', 'your', 'not', 'vs']);
const innerPunct = new Set([';', '&', '-', '–', '—', '/', '’', "'", '?', '.']);
const joiners = new Set(['&', '-', '–', '—', '/']);
const articles = new Set(['the', 'a', 'an', 'each']);
const prepositions = new Set(['in', 'on', 'of', 'within', 'at', 'from', 'under']);
// The sentence's own grammar after a heading: "... is hereby amended", "... with the following", "... to read".
const verbs = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'shall', 'will']);
const ends = new Set(['.', ':', '(', ')']);

const isTitle = (token: Token | undefined): boolean => token !== undefined && token.kind !== 'quoted' && /^[A-Z0-9(]/.test(token.text);
const isLower = (token: Token | undefined): boolean => token !== undefined && token.kind !== 'quoted' && token.text === token.lower;

// A unit the locator reads on from `at`: "Section 14", "page 12", "the second paragraph", "the section entitled".
function unitAhead(tokens: Token[], at: number): boolean {
  const start = skipWords(tokens, at, articles);
  const end = ordinalListEnd(tokens, start);
  const unit = readUnit(tokens, end < 0 ? start : end);
  if (!unit) return false;
  const after = tokens[unit.next];
  return end >= 0 || readIds(tokens, unit.next) !== null || after?.kind === 'quoted' || captionVerbs.has(after?.lower ?? '');
}

// Whether the locator or the sentence resumes at `at`, ending the heading. "of the Offer" is read as part of a
// heading ("Conditions of the Offer"); "of the Offer to Exchange", "in the Offer", "of Section 14" end one.
function resumes(tokens: Token[], at: number): boolean {
  const token = tokens[at] as Token;
  if (token.kind === 'quoted' || (token.text === '.' && !isTitle(tokens[at + 1])) || (ends.has(token.text) && token.text !== '.')) return true;
  if (!isLower(token)) return false;
  const next = tokens[at + 1];
  if (verbs.has(token.lower) || (token.lower === 'to' && next?.lower === 'read')) return true;
  if (token.lower === 'with' && (next?.kind === 'quoted' || next?.lower === 'the' || next?.lower === 'following')) return true;
  if ((token.lower === 'and' || token.lower === 'or') && isLower(next) && !smallWords.has(next?.lower ?? '')) return true;
  if (!prepositions.has(token.lower)) return false;
  const document = readDocument(tokens, at + 1)?.value;
  return (document !== undefined && (token.lower !== 'of' || !document.generic)) || unitAhead(tokens, at + 1);
}

/** Where a heading without quotes ends, and whether that end is where the locator resumes (else it is unknown). */
interface Bare {
  end: number;
  bounded: boolean;
}

// The heading's tokens from `from`: title-case words and the small words between them, up to where the locator
// resumes. A comma must be followed by the locator or lower case; anything else leaves the end unknown.
function readBare(tokens: Token[], from: number): Bare {
  let end = from;
  while (end < tokens.length && !resumes(tokens, end)) {
    const token = tokens[end] as Token;
    if (token.text === ',') {
      if (isLower(tokens[end + 1]) || resumes(tokens, end + 1)) break;
      return { end, bounded: false };
    }
    if (!isTitle(token) && !smallWords.has(token.lower) && !innerPunct.has(token.text)) return { end, bounded: false };
    end++;
  }
  // "... Funds and replacing": the joining word is the sentence's, not the heading's (cleanHeading takes the rest).
  while (end > from && (smallWords.has(tokens[end - 1]?.lower ?? '') || joiners.has(tokens[end - 1]?.text ?? ''))) end--;
  return { end, bounded: true };
}

// Tokens joined as written: a space only where the text had one.
const spell = (tokens: Token[]): string => tokens.map((t, k) => (k > 0 && t.start > (tokens[k - 1] as Token).end ? ` ${t.text}` : t.text)).join('');

// "under the heading", "the caption", "entitled", "entitled the heading": where the heading starts. Only "under the
// heading" is sure to name one; after a verb or "the heading" alone, a heading must start in title case.
function introducer(tokens: Token[], at: number): { start: number; plural: boolean; sure: boolean } | null {
  if (captionVerbs.has(tokens[at]?.lower ?? '')) {
    const noun = tokens[at + 1]?.lower === 'the' && headingNouns.has(tokens[at + 2]?.lower ?? '');
    return { start: noun ? at + 3 : at + 1, plural: false, sure: false };
  }
  const under = tokens[at]?.lower === 'under' ? 1 : 0;
  const noun = tokens[at + under]?.lower === 'the' ? at + under + 1 : at + under;
  const word = tokens[noun]?.lower ?? '';
  if (!headingNouns.has(word) && !pluralNouns.has(word)) return null;
  return { start: noun + 1, plural: pluralNouns.has(word), sure: under === 1 };
}

/**
 * Rule: a heading named without quotation marks, "under the heading Extension of Offer; Termination; Amendment in
 * Section 14", read up to where the locator resumes ("in Section", "on page", "of the Offer to ...") or the sentence
 * does ("is hereby", "with the following"). Where its end cannot be told (a heading in sentence case, several
 * headings, a comma before more capitals), the result is `unreadable`, never a shorter heading.
 */
export const bareHeadingRule: Rule = (tokens, at) => {
  const intro = introducer(tokens, at);
  const first = intro ? tokens[intro.start] : undefined;
  if (!intro || !first || first.kind === 'quoted') return null;
  // "under the heading described below" names no heading we can read; "entitled to" and "the heading and" name none.
  if (!isTitle(first) && !(intro.sure && isLower(first) && !captionVerbs.has(first.lower))) return null;
  const bare = intro.plural || !isTitle(first) ? { end: intro.start, bounded: false } : readBare(tokens, intro.start);
  if (bare.bounded && bare.end > intro.start) {
    return { value: { kind: 'caption', headings: [cleanHeading(spell(tokens.slice(intro.start, bare.end)))] }, next: bare.end };
  }
  const said = spell(tokens.slice(at, intro.start));
  const rest = spell(tokens.slice(intro.start, intro.start + 10));
  const found = intro.start + 10 < tokens.length ? `${rest}…` : rest;
  const reason = `Expected the heading after \`${said}\` in quotation marks or ending where the locator resumes (\`in Section\`, \`on page\`, \`of the Offer to ...\`), found \`${found}\``;
  // The scan goes on after the words read, so that a long run of them is not read again from each of its tokens.
  return { value: { kind: 'unreadable', reason }, next: Math.max(bare.end, intro.start) };
};
