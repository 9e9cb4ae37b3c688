import { findDates, type FoundDate } from '../lexicon/dates.js';
import { timeOfDay } from '../lexicon/time-of-day.js';

/** An extension a sentence states: the new expiration (ISO) and its time of day as written. */
export interface StatedExtension {
  expiration: string;
  time: string | null;
}

// A sentence that says the offer HAS been extended: "Purchaser has extended the Expiration Time", "the Offer ... has
// been extended to", "is hereby amended to extend", "announced an extension of the Expiration Date until", "Purchaser
// extended the Offer"; a supplement's legend "THE AMENDED OFFER ... WILL (NOW) EXPIRE AT ... UNLESS ...". "May extend",
// "has not been extended" and "unless further extended" say no such thing.
const extensionVerb = new RegExp(
  [
    String.raw`\b(?:has|have|had)\s+(?:been\s+)?(?:further\s+)?extended\b`,
    String.raw`\b(?:is|are|was|were)\s+(?:hereby\s+)?(?:further\s+)?extended\b`,
    String.raw`\b(?:amended|revised|modified)\s+to\s+extend\b`,
    String.raw`\bannounced\s+(?:an?|the|its|a\s+further)\s+(?:further\s+)?extension\b`,
    String.raw`(?<!\b(?:may|will|would|shall|to|not|can|could|might)\s+)\bextended\s+(?:the\s+)?(?:Expiration|Offer|expiration|offer|tender|Tender|Exchange\s+Offer)\b`,
    String.raw`\bwill\s+now\s+expire\b`,
  ].join('|'),
);
const legend = /\bWILL\s+(?:NOW\s+)?EXPIRE\s+AT\b[^a-z]*\bUNLESS\b/;
// A clause that makes the extension a condition or a possibility, not a fact.
const hypothetical = /\b(?:if|whether|unless|in\s+the\s+event|may|might|would|could|required\s+to|right\s+to)\b/i;
// Words that say a date is the old expiration: "previously scheduled to expire ... on <date>", "was scheduled to
// expire on <date>", "from <date>", "from one minute after 11:59 p.m., Eastern Time, on <date>".
const scheduledBefore = /\b(?:previously|originally|formerly)\s+(?:been\s+)?scheduled\b|\b(?:was|were|had\s+been)\s+(?:previously\s+|originally\s+|initially\s+)?scheduled\b/i;
const fromBefore = /\bfrom\s+(?:(?:(?:one|1)\s+minute\s+(?:after|following)\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?|midnight|noon)?[^;]{0,60}?\b(?:on|of)\s+)?$/i;
// Where the words about the new date begin: the last "until", "to", "through" or "at" before it ("to expire" aside).
const anchor = /\b(?:until|till|through|to(?!\s+expire)|at(?!\s+the\s+end\b))\b/gi;

// The date the sentence extends the offer to: the first after the verb that no history word stands before since the
// last anchor ("from February 18, 2021 to March 5, 2021" gives March 5).
function newDate(sentence: string, verbEnd: number): { date: FoundDate; from: number } | null {
  let from = verbEnd;
  for (const date of findDates(sentence).filter((d) => d.start >= verbEnd)) {
    const between = sentence.slice(from, date.start);
    const anchors = [...between.matchAll(anchor)];
    const last = anchors[anchors.length - 1];
    const lead = last ? from + (last.index ?? 0) : from;
    if (!tellsHistory(sentence.slice(lead), date.start - lead)) return { date, from: lead };
    from = date.end;
  }
  return null;
}

/**
 * Read the extension a sentence states, in the phrasings filings use: "Purchaser has extended the Expiration Time of
 * the Offer until one minute after 11:59 p.m., Eastern Time, on March 5, 2021", "the Offer, which was previously
 * scheduled to expire at ... on February 18, 2021, has been extended to ...", "is hereby amended to extend ... until
 * ...", "extended ... from X to Y" (Y is the new date), a supplement's legend "THE AMENDED OFFER ... WILL EXPIRE AT
 * ... UNLESS EXTENDED". A conditional ("if the Offer is extended"), a possibility ("may extend") or history ("was
 * previously scheduled to expire on ...") states none.
 * @param sentence one sentence, entities decoded
 * @returns the new expiration and its time of day, or null
 */
export function statedExtension(sentence: string): StatedExtension | null {
  const verb = extensionVerb.exec(sentence) ?? legend.exec(sentence);
  if (!verb) return null;
  if (hypothetical.test(sentence.slice(0, verb.index)) || /\bnot\s+(?:been\s+)?$/i.test(sentence.slice(0, verb.index))) return null;
  const verbEnd = legend.test(verb[0]) ? verb.index + verb[0].search(/EXPIRE/) : verb.index + verb[0].length;
  const found = newDate(sentence, verbEnd);
  if (!found) return null;
  return { expiration: found.date.iso, time: timeOfDay(sentence, found.from, found.date) };
}

/**
 * Whether a sentence tells the offer's history rather than its terms: "The Offer was previously scheduled to expire at
 * ... on February 18, 2021". Such a sentence keeps its date when the offer is extended.
 * @param text the sentence
 * @param at where the date stands in it
 * @returns true when the words before the date say it is the old expiration
 */
export function tellsHistory(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return scheduledBefore.test(before) || fromBefore.test(before);
}
