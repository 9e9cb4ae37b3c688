import { findDates } from '../lexicon/dates.js';
import { splitSentences } from '../sentences/split.js';
import type { OfferResults } from '../types.js';

type Count = Pick<OfferResults, 'accepted' | 'unit' | 'underlying'>;

// A count of shares or options: "8,802,245 shares", "1,200 eligible options", "N Shares of Common Stock".
const quantity =
  String.raw`(?<number>\d{1,3}(?:,\d{3})+|\d+)\s+(?:(?:eligible|outstanding|stock|tendered|ordinary|common)\s+){0,3}(?<unit>shares?|options?)\b`;
// Words between a verb and its count stay inside one sentence; a period only inside a number ("$20.00").
const gap = String.raw`(?:[^.;]|\.(?=\d)){0,160}?`;
const were = String.raw`\b(?:were|was|have\s+been|has\s+been|had\s+been)\b[^.;]{0,40}?`;

/**
 * Phrasings of the count, best first: an explicit acceptance beats a count of what was tendered.
 * "options to purchase N shares" counts shares (`unit: 'shares'`), "N options" counts options.
 */
const countPatterns: RegExp[] = [
  new RegExp(String.raw`\baccept(?:ed|s)\b${gap}${quantity}`, 'i'),
  new RegExp(String.raw`${quantity}${gap}${were}\baccepted\b`, 'i'),
  new RegExp(String.raw`${quantity}${gap}${were}\btendered\b`, 'i'),
  new RegExp(String.raw`\btendered\b${gap}${quantity}`, 'i'),
];

const unitNames: Record<string, string> = { share: 'shares', shares: 'shares', option: 'options', options: 'options' };

// Markdown and PDF-conversion debris: `\$`, `^*`, emphasis markers; lines joined.
function cleanText(text: string): string {
  return text
    .replace(/\\([$%&*_#[\]()])/g, '$1')
    .replace(/\^\{?\*\}?/g, '')
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function toNumber(digits: string): number {
  return Number(digits.replace(/,/g, ''));
}

function readExpired(text: string): string | null {
  for (const match of text.matchAll(/\b(?:expired|terminated|expiration of the (?:tender )?offer)\b/gi)) {
    const at = match.index ?? 0;
    const after = findDates(text.slice(at, at + 200))[0];
    if (after) return after.iso;
    const before = findDates(text.slice(Math.max(0, at - 150), at)).pop();
    if (before) return before.iso;
  }
  return null;
}

// "options to purchase [an aggregate of] [approximately] N shares": the count is of the shares under the options.
const underOptions = /\boptions?\s+to\s+(?:purchase|acquire)\s+(?:an\s+aggregate\s+of\s+)?(?:approximately\s+)?$/i;

function readCount(text: string): Count {
  for (const pattern of countPatterns) {
    const match = pattern.exec(text);
    const groups = match?.groups;
    if (match && groups?.number && groups.unit) {
      const unit = unitNames[groups.unit.toLowerCase()] ?? null;
      const before = text.slice(Math.max(0, match.index + match[0].lastIndexOf(groups.number) - 80), match.index + match[0].lastIndexOf(groups.number));
      return { accepted: toNumber(groups.number), unit, underlying: unit === 'shares' && underOptions.test(before) };
    }
  }
  return { accepted: null, unit: null, underlying: null };
}

// "70% of the options that were eligible", "70% of the outstanding options": a share of the options the offer was for.
function readPercent(text: string): number | null {
  const match = /(?<pct>\d+(?:\.\d+)?)\s*(?:%|percent\b)\s+of\s+(?:[^.;]{0,80}?\beligible\b|(?:all\s+)?(?:the\s+)?(?:then\s+)?outstanding\s+(?:eligible\s+)?options\b)/i.exec(text);
  return match?.groups?.pct ? Number(match.groups.pct) : null;
}

// "representing approximately 87.3% of the outstanding Shares", "52.10% of the issued and outstanding shares of Common
// Stock", "of the Shares then outstanding": a share of the company's stock, not of options.
function readPercentOutstanding(text: string): number | null {
  const pattern = /(?<pct>\d+(?:\.\d+)?)\s*(?:%|percent\b)\s+of\s+(?<what>[^.;%]{0,80}?\boutstanding\b(?:\s+(?:Shares|shares|ADSs))?)/gi;
  for (const match of text.matchAll(pattern)) {
    if (!/option/i.test(match.groups?.what ?? '') && !/\badditional\s*$/i.test(text.slice(Math.max(0, (match.index ?? 0) - 30), match.index))) return Number(match.groups?.pct);
  }
  return null;
}

// "N Shares were validly tendered and not validly withdrawn": the count of what was tendered, not what was accepted.
const tenderedCount = new RegExp(String.raw`${quantity}${gap}${were}\b(?:validly|properly)\s+tendered\s+(?:and\s+not\s+(?:validly\s+|properly\s+)?withdrawn|into)`, 'i');

function readTendered(text: string): number | null {
  // The words are looked for first: the count's expression would try every number of a long text.
  if (!/\b(?:validly|properly)\s+tendered\b/i.test(text)) return null;
  const match = tenderedCount.exec(text);
  return match?.groups?.number && /^shares?$/i.test(match.groups.unit ?? '') ? toNumber(match.groups.number) : null;
}

// "Purchaser accepted for payment all Shares validly tendered", "irrevocably accepted for exchange all shares that were".
function readAcceptedAll(text: string): boolean | null {
  return /\baccept(?:ed|s)\s+(?:for\s+(?:payment|purchase|exchange)\s+)?(?:and\s+(?:will\s+)?(?:promptly\s+)?pa(?:y|id)\s+for\s+)?all\s+(?:such\s+)?(?:of\s+the\s+)?(?:Shares|shares|ADSs|securities)\b[^.;]{0,60}?\btendered\b/i.test(text) ? true : null;
}

const mergerDone = /\b(?:complet(?:e|ed|ion)|consummat(?:e|ed|ion))\s+(?:of\s+)?the\s+Merger\b(?!\s+Agreement)|\bMerger\b(?!\s+Agreement)[^.;]{0,60}?\b(?:was|were|will\s+be|became|become|is\s+expected\s+to\s+be|has\s+been)\s+(?:completed|consummated|effective)|\bmerged\s+with\s+and\s+into\b/;

// "expects to complete the Merger ... on March 8, 2021", "the Merger was completed on ...", "On March 8, 2021, ...
// Purchaser merged with and into the Company": the date in a sentence about completing the merger.
function readMergerDate(text: string): string | null {
  for (const span of splitSentences(text)) {
    const sentence = text.slice(span.start, span.end);
    const done = mergerDone.exec(sentence);
    if (!done) continue;
    // "the Merger Agreement, dated as of January 10, 2021" dates the agreement, not the merger; a quoted passage the
    // splitter keeps whole may hold other dates, so the one nearest the words about the merger is taken.
    const dates = findDates(sentence).filter((d) => !/\bdated\s+(?:as\s+of\s+)?$/i.test(sentence.slice(Math.max(0, d.start - 20), d.start)));
    const distance = (d: { start: number; end: number }): number => Math.max(d.start - (done.index + done[0].length), done.index - d.end, 0);
    const date = dates.sort((a, b) => distance(a) - distance(b))[0];
    if (date) return date.iso;
  }
  return null;
}

const scales: Record<string, number> = { million: 1e6, billion: 1e9 };
const totalWords = /\b(?:aggregate|total|cash\s+payments?|in\s+cash|purchase\s+price|consideration)\b/i;

// A dollar amount counts as the cash paid when a total is named before it and no rate ("per share") follows.
function readCash(text: string): number | null {
  const money = /\$\s*(?<amount>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(?<scale>million|billion)\b)?/gi;
  for (const match of text.matchAll(money)) {
    const at = match.index ?? 0;
    const before = text.slice(Math.max(0, at - 80), at).split(/[.;]\s/).pop() ?? '';
    const after = text.slice(at + match[0].length, at + match[0].length + 20);
    if (!totalWords.test(before) || /^\s*(?:per\b|for each\b|a share\b|an option\b)/i.test(after)) continue;
    const scale = scales[match.groups?.scale?.toLowerCase() ?? ''] ?? 1;
    return Math.round(toNumber(match.groups?.amount ?? '0') * scale * 100) / 100;
  }
  return null;
}

// The grant date sits in a sentence about granting or issuing new options, not the one reporting expiry.
function readGrantDate(text: string): string | null {
  for (const sentence of splitSentences(text).map((span) => text.slice(span.start, span.end))) {
    if (!/\b(?:grant(?:ed|s)?|issue[ds]?|issuance)\b/i.test(sentence)) continue;
    if (!/\b(?:new|replacement)\s+(?:stock\s+)?options?\b/i.test(sentence) || /\bexpired\b/i.test(sentence)) continue;
    const date = findDates(sentence)[0];
    if (date) return date.iso;
  }
  return null;
}

/**
 * Read the results a final amendment reports: expiry, count accepted, share of eligible options, cash and grant date;
 * for an offer for shares, the count tendered and not withdrawn, its share of the outstanding stock, whether all of it
 * was accepted, and the merger's date.
 * A count written "options to purchase N shares" has unit `shares` and is `underlying`; "N options" has unit `options`.
 * @param text the text the amendment adds (e.g. under Item 4), plain text or markdown
 * @returns the results, or null when the text reports none of them
 */
export function readResults(text: string): OfferResults | null {
  const clean = cleanText(text);
  const results: OfferResults = {
    expired: readExpired(clean),
    ...readCount(clean),
    percentEligible: readPercent(clean),
    cash: readCash(clean),
    grantDate: readGrantDate(clean),
    tendered: readTendered(clean),
    percentOutstanding: readPercentOutstanding(clean),
    acceptedAll: readAcceptedAll(clean),
    mergerDate: readMergerDate(clean),
  };
  return Object.values(results).every((value) => value === null) ? null : results;
}
