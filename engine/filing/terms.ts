import { findDates } from '../lexicon/dates.js';
import type { OfferEvent, PriceRange } from '../types.js';

/** An offer event without its source point: what one sentence states. */
export type StatedEvent = OfferEvent extends infer E ? (E extends OfferEvent ? Omit<E, 'source'> : never) : never;

const changed = /\b(?:increas|rais|decreas|reduc|amend|chang|revis|modif)(?:e|es|ed|ing)\b/i;
const conditional = /\b(?:if|whether|may|might|would|could|reserves?\s+the\s+right|right\s+to)\b/i;
const money = /\$\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/g;
const amount = (digits: string): number => Number(digits.replace(/,/g, ''));

// Amounts after the last "to" that follows the verb ("from $20.00 to $22.50"; "to not greater than $34.00 nor less
// than $31.00"), else after the verb.
function newPrice(sentence: string, verbEnd: number): PriceRange | null {
  const rest = sentence.slice(verbEnd);
  const to = [...rest.matchAll(/\bto\b/gi)].filter((m) => /\$/.test(rest.slice(m.index ?? 0))).pop();
  const after = /\bfrom\s+\$/i.test(rest) && to ? rest.slice(to.index ?? 0) : rest;
  const values = [...after.matchAll(money)].map((m) => amount(m[1] ?? '0')).slice(0, 2);
  if (values.length === 0) return null;
  return { low: Math.min(...values), high: Math.max(...values) };
}

/**
 * The price a sentence says the offer now pays per share: "Purchaser has increased the Offer Price to $22.50 per
 * Share", "the purchase price range ... has been amended to not greater than $34.00 nor less than $31.00 per share".
 * @param sentence one sentence
 * @returns the event, or null
 */
export function statedPrice(sentence: string): StatedEvent | null {
  const noun = /\b(?:Offer\s+Price|offer\s+price|purchase\s+price|Purchase\s+Price|price\s+range|Offer\s+Consideration|price\s+per\s+(?:Share|share))\b/.exec(sentence);
  const verb = changed.exec(sentence);
  if (!noun || !verb || !/\bper\s+(?:Share|share|ADS)\b/.test(sentence) || conditional.test(sentence.slice(0, verb.index))) return null;
  const price = newPrice(sentence, Math.max(verb.index + verb[0].length, noun.index + noun[0].length));
  return price ? { kind: 'price', price } : null;
}

/**
 * The number of shares a sentence says the offer now seeks: "increased the number of Shares sought to up to 425,000
 * Shares", "decreased the number of shares we are seeking to up to 24,347,826 shares".
 * @param sentence one sentence
 * @returns the event, or null
 */
export function statedShares(sentence: string): StatedEvent | null {
  const verb = changed.exec(sentence);
  if (!verb || conditional.test(sentence.slice(0, verb.index))) return null;
  if (!/\bnumber\s+of\s+(?:Shares|shares)\b|\bOffer\s+to\s+(?:purchase\s+)?up\s+to\b/.test(sentence)) return null;
  const count = /\bto\s+(?:purchase\s+)?(?:up\s+to\s+)?(?:an\s+aggregate\s+of\s+)?(\d{1,3}(?:,\d{3})+|\d+)\s+(?:Shares|shares)\b/.exec(sentence.slice(verb.index));
  return count?.[1] ? { kind: 'shares', sought: amount(count[1]) } : null;
}

const conditionName = String.raw`(?:[Tt]he\s+)?((?!The\b)(?:[A-Z][\w’'-]*\s+){1,6}Condition)\b`;

/**
 * The condition a sentence says the offeror has waived: "Purchaser has waived the Minimum Condition", "the Financing
 * Condition has been waived".
 * @param sentence one sentence
 * @returns the event, or null
 */
export function statedWaiver(sentence: string): StatedEvent | null {
  const active = new RegExp(String.raw`\b(?:has|have|had|hereby)\s+(?:irrevocably\s+)?waived\s+${conditionName}`).exec(sentence);
  const passive = new RegExp(String.raw`${conditionName}\s+(?:has|have|is|was)\s+(?:been\s+)?(?:hereby\s+)?waived\b`).exec(sentence);
  const match = active ?? passive;
  if (!match?.[1] || conditional.test(sentence.slice(0, match.index))) return null;
  return { kind: 'waive', condition: match[1].replace(/\s+/g, ' ').trim() };
}

/**
 * A subsequent offering period a sentence says started ("Purchaser commenced a subsequent offering period ... which
 * will expire at 5:00 p.m. ... on March 12, 2021") or ended ("The subsequent offering period expired at ... on ...").
 * @param sentence one sentence
 * @returns the event with the date it ends or ended (null when none is written), or null
 */
export function statedSubsequentPeriod(sentence: string): StatedEvent | null {
  const period = /\bsubsequent\s+offering\s+period\b/i.exec(sentence);
  if (!period || conditional.test(sentence.slice(0, period.index))) return null;
  const date = findDates(sentence.slice(period.index))[0]?.iso ?? null;
  if (/\bsubsequent\s+offering\s+period\b[^.;]{0,80}?\b(?:expired|ended|terminated|has\s+expired|has\s+ended|was\s+terminated)\b/i.test(sentence)) {
    return { kind: 'subsequent', action: 'end', date };
  }
  if (/\b(?:commenced|began|begun|has\s+commenced|is\s+providing|provided|announced)\b/i.test(sentence.slice(0, period.index + 200))) {
    return { kind: 'subsequent', action: 'start', date };
  }
  return null;
}

/**
 * The offer withdrawn or terminated as a whole ("Purchaser has terminated the Offer", "the Offer has been withdrawn"),
 * not for one plan or class ("withdrawn with respect to ..."): the sentence is the reason as filed.
 * @param sentence one sentence
 * @returns the event, or null
 */
export function statedTermination(sentence: string): StatedEvent | null {
  const whole = /\b(?:has|have|had|hereby)\s+(?:terminated|withdrawn)\s+(?:the|its)\s+(?:Exchange\s+|Tender\s+)?Offer\b|\bthe\s+(?:Exchange\s+|Tender\s+)?Offer\s+(?:has\s+been|was|is\s+hereby|is)\s+(?:terminated|withdrawn)\b|\bterminated\s+the\s+(?:Exchange\s+|Tender\s+)?Offer\b/i.exec(sentence);
  if (!whole || conditional.test(sentence.slice(0, whole.index))) return null;
  if (/\b(?:with\s+respect\s+to|as\s+to|in\s+respect\s+of)\b/i.test(sentence.slice(whole.index))) return null;
  return { kind: 'terminate', reason: sentence.replace(/\s+/g, ' ').trim() };
}

/**
 * The target board's recommendation a Schedule 14D-9 states: accept ("recommends that stockholders accept the Offer
 * and tender their Shares"), reject ("reject the Offer and not tender") or neutral ("expresses no opinion").
 * @param sentence one sentence
 * @returns the event, or null
 */
export function statedRecommendation(sentence: string): StatedEvent | null {
  const verb = /\b(?:unanimously\s+)?(?:recommends?|recommended|is\s+recommending)\b|\bexpress(?:es)?\s+no\s+opinion\b|\bremains?\s+neutral\b|\bunable\s+to\s+take\s+a\s+position\b/i.exec(sentence);
  if (!verb || !/\b(?:Board|board|Committee|Company)\b/.test(sentence.slice(0, verb.index)) || conditional.test(sentence.slice(0, verb.index))) return null;
  const rest = sentence.slice(verb.index);
  const text = sentence.replace(/\s+/g, ' ').trim();
  if (/\breject\b|\bnot\s+(?:to\s+)?tender\b/i.test(rest)) return { kind: 'recommend', recommendation: 'reject', text };
  if (/\baccept\b[^.;]{0,40}?\bOffer\b|\btender\s+(?:all\s+of\s+)?(?:their|its|your)\s+(?:Shares|shares)\b/i.test(rest)) return { kind: 'recommend', recommendation: 'accept', text };
  if (/no\s+opinion|neutral|unable\s+to\s+take\s+a\s+position/i.test(verb[0])) return { kind: 'recommend', recommendation: 'neutral', text };
  return null;
}
