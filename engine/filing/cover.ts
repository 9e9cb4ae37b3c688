import { formLine } from './form.js';
import { stripMarkup, type Hit } from './text.js';
import type { Filing } from '../types.js';

/** How a cover value's line is normalised; `first` is false for continuation lines. */
type Normalise = (line: string, first: boolean) => string;

/** The parenthesised captions under the values of a cover. */
export const labels = {
  subject: /\(\s*Names?\s+of\s+Subject\s+Compan(?:y|ies)\b/i,
  filer: /\(\s*Names?\s+of\s+(?:Filing\s+Persons?|Persons?(?:\s*\(s\))?\s+Filing)\b/i,
  securities: /\(\s*Titles?\s+of\s+Class(?:es)?\s+of\s+Securities\b/i,
  cusip: /\(\s*CUSIP\s+Numbers?\b/i,
};

const smallWords = new Set(['an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'nor', 'of', 'on', 'or', 'the', 'to', 'via', 'with']);
const keepUpper = /^(?:[B-DF-HJ-NP-TV-Z]+|II|III|IV|VI|VII|VIII|IX|XI|XII|USA|ADS|ADSS|ADR|ADRS|REIT|ASA|SE|AG|AB|SA|SPA|NV)$/;

// Values a filing writes in capitals are title-cased (small words lower, acronyms kept); mixed case is kept.
function titleCase(value: string, first = true): string {
  if (/[a-z]/.test(value) || !/[A-Z]/.test(value)) return value;
  return value.replace(/[A-Za-z]+(?:'s)?/gi, (word, offset: number) => {
    if (keepUpper.test(word)) return word;
    const lower = word.toLowerCase();
    if ((offset > 0 || !first) && smallWords.has(lower)) return lower;
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  });
}

// A block ends at a blank line, a separator, an SGML tag, a parenthesised label or the form's own line.
function endsBlock(line: string): boolean {
  const bare = stripMarkup(line);
  return bare === '' || /^[-=_*\s]+$/.test(bare) || /^\(.*\)$/.test(bare) || formLine.test(line.trim());
}

// The value a cover label captions: text before it on its line, else the block just above (blank lines skipped).
// Lines are normalised one by one, so "PARENT INC.\na subsidiary of" title-cases only the line in capitals.
function valueAbove(text: string, index: number, normalise: Normalise): string | null {
  const lines = text.slice(0, index).split('\n');
  const same = lines.pop() ?? '';
  const collected = stripMarkup(same) === '' ? [] : [same];
  let skipped = 0;
  for (let line = lines.pop(); line !== undefined && collected.length < 4; line = lines.pop()) {
    const blank = stripMarkup(line) === '';
    if (blank && collected.length === 0 && skipped++ < 2) continue;
    if (endsBlock(line)) break;
    collected.unshift(line);
  }
  const value = collected.map((line, at) => normalise(stripMarkup(line), at === 0)).join(' ').trim().replace(/[,;]$/, '');
  return value === '' ? null : value;
}

/**
 * Read the value a cover label captions, title-cased when written in capitals unless told otherwise.
 * @param text the filing's text
 * @param label one of `labels`
 * @param normalise how each line of the value is normalised
 * @returns the value (null when the label captions nothing) at the label's offset, or null without the label
 */
export function labelValue(text: string, label: RegExp, normalise: Normalise = titleCase): Hit<string | null> | null {
  const match = label.exec(text);
  return match ? { value: valueAbove(text, match.index, normalise), index: match.index } : null;
}

// The label's own text up to its balancing parenthesis, to see whether it also names the filer.
function labelText(text: string, index: number): string {
  let depth = 0;
  for (let at = index; at < Math.min(text.length, index + 300); at++) {
    depth += text[at] === '(' ? 1 : text[at] === ')' ? -1 : 0;
    if (depth === 0) return text.slice(index, at + 1);
  }
  return text.slice(index, index + 300);
}

/**
 * Read the cover's CUSIP number, spaces removed and upper-cased when it has a CUSIP's shape.
 * @param text the filing's text
 * @returns the CUSIP (as written when it lacks that shape), or null when absent, "N/A", "None" or "Not Applicable"
 */
export function readCusip(text: string): string | null {
  const value = labelValue(text, labels.cusip, (line) => line)?.value ?? null;
  if (value === null || /^(?:N\/?A|None|Not\s+Applicable)$/i.test(value)) return null;
  return /^[0-9A-Z]{6}\s?[0-9A-Z]{2}\s?[0-9A-Z]$/i.test(value) ? value.replace(/\s/g, '').toUpperCase() : value;
}

/**
 * Read the cover's subject company and filer; a subject label that also names the filing persons gives both.
 * @param text the filing's text
 * @returns the subject company and filer, each null when the cover has none
 */
export function readParties(text: string): Pick<Filing, 'subjectCompany' | 'filer'> {
  const subject = labelValue(text, labels.subject);
  const subjectCompany = subject?.value ?? null;
  const alsoFiler = subject !== null && /Filing\s+Persons?|Offeror/i.test(labelText(text, subject.index));
  const filer = alsoFiler ? subjectCompany : labelValue(text, labels.filer)?.value ?? null;
  return { subjectCompany, filer };
}
