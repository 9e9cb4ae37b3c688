import { findDates } from '../lexicon/dates.js';
import { amendmentListPhrase } from '../lexicon/amendment-number.js';
import { splitSentences } from '../sentences/split.js';
import { introAmendment } from './amendment.js';
import { dateAt, sec } from './dates.js';
import type { Hit } from './text.js';
import type { PriorAmendment } from '../types.js';

const priorNamed = new RegExp(String.raw`\b${amendmentListPhrase}`, 'gi');
const priorTail = new RegExp(String.raw`^(?:\s+thereto)?(?:\s+to\s+(?:the\s+)?Schedule\s+\S+)?(?:\s*\([^)]{0,60}\))?,?\s+(?:that\s+was\s+|as\s+)?(?:filed|dated)\b(?:\s+with\s+${sec})?,?\s+(?:on\s+)?$`, 'i');
function namedPriors(intro: string, own: number | null): PriorAmendment[] {
  const priors: PriorAmendment[] = [];
  for (const match of intro.matchAll(priorNamed)) {
    const numbers = (match.groups?.n ?? '').match(/\d+/g)?.map(Number).filter((n) => n !== own) ?? [];
    const end = (match.index ?? 0) + match[0].length;
    const date = findDates(intro.slice(end, end + 160))[0];
    const dated = numbers.length === 1 && date && priorTail.test(intro.slice(end, end + date.start));
    priors.push(...numbers.map((number) => ({ number, date: dated && date ? date.iso : null })));
  }
  return priors;
}

// "subsequently amended on October 17, 2002 [and on ...]": dates without numbers.
function unnumberedPriors(intro: string): PriorAmendment[] {
  const priors: PriorAmendment[] = [];
  for (const match of intro.matchAll(/\bamended\s+on\s+/gi)) {
    let date = dateAt(intro, (match.index ?? 0) + match[0].length);
    while (date) {
      priors.push({ number: null, date: date.iso });
      const link = /^(?:,\s*|\s+)(?:and\s+)?(?:on\s+)?/.exec(intro.slice(date.end));
      date = link ? dateAt(intro, date.end + link[0].length) : null;
    }
  }
  return priors;
}

// Amendments are numbered 1, 2, ...: when a filing names exactly N-1 earlier ones, unnumbered ones take the missing numbers in order.
function inferNumbers(priors: PriorAmendment[], own: number | null): PriorAmendment[] {
  if (own === null || priors.length !== own - 1) return priors;
  const missing = Array.from({ length: own - 1 }, (_, i) => i + 1).filter((n) => !priors.some((prior) => prior.number === n));
  return priors.map((prior) => (prior.number === null ? { ...prior, number: missing.shift() ?? null } : prior));
}

/**
 * Read the earlier amendments the introduction names, from the sentence after the original filing date (else after
 * the filing naming itself): by number and date, by number alone, or by date alone.
 * @param text the filing's text
 * @param original the original statement's filing date and where it ends
 * @param own the filing's own amendment number
 * @returns those named by number, then those named by date alone; numbers inferred when exactly N-1 are named
 */
export function readPriorAmendments(text: string, original: Hit<string> | null, own: number | null): PriorAmendment[] {
  const self = introAmendment(text);
  const start = original?.index ?? (self ? (self.index ?? 0) + self[0].length : -1);
  if (start < 0) return [];
  const window = text.slice(start, start + 1500);
  const intro = window.slice(0, splitSentences(window)[0]?.end ?? window.length);
  return inferNumbers([...namedPriors(intro, own), ...unnumberedPriors(intro)], own);
}
