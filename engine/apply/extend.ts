import type { PlannedEdit } from './plan.js';
import { findDates, formatLike, type FoundDate } from '../lexicon/dates.js';
import { blockText } from '../core/nodes.js';
import { tellsHistory } from '../filing/extension.js';
import type { Block, Origin, Root } from '../types.js';

// Words that, just before a date, say it is when the offer expires.
const expiryContext = /(?:expir\w*|eastern\s+(?:standard\s+|daylight\s+)?time|new\s+york\s+city\s+time|\be\.?[sd]?\.?t\b\.?|midnight|\bp\.?\s?m\b\.?)[^.;]{0,60}?\bon\s*$/i;
// "the expiration date, November 14, 2002", "the Expiration Date is March 5, 2021".
const expiryNamed = /\b(?:expiration|expiry)\s+(?:date|time)\b["”]?\s*(?:is\s+(?:now\s+)?|of\s+|,\s*)?$/i;
// Words that, just after a date, say so: "November 14, 2002, the scheduled expiration date", "(the "Expiration Date")",
// "March 5, 2021, unless the Offer is extended".
const expiryAfter = /^,?\s*\(?\s*(?:the\s+)?["“]?(?:(?:scheduled|initial|then[- ]scheduled|current|new|extended)\s+)?(?:expiration|Expiration|EXPIRATION)\b|^,?\s*unless\s+(?:and\s+until\s+)?(?:(?:the|this|such)\s+(?:offer|Offer|OFFER)\s+is\s+|we\s+|it\s+is\s+)?(?:further\s+)?extend/i;

/**
 * Whether a date in a sentence stands as the offer's expiration: words before or after it say so, and the sentence
 * does not tell history ("The Offer was previously scheduled to expire at ... on February 18, 2021" keeps its date).
 * @param text the sentence (or heading)
 * @param date the date's offsets in it
 * @returns true when an extension rewrites it
 */
export function standsAsExpiration(text: string, date: { start: number; end: number }): boolean {
  if (tellsHistory(text, date.start)) return false;
  const before = text.slice(Math.max(0, date.start - 120), date.start);
  return expiryContext.test(before) || expiryNamed.test(before) || expiryAfter.test(text.slice(date.end, date.end + 80));
}

/**
 * Find the expiration date a document states: the date after "5 P.M., EASTERN TIME, ON" or "expire ... on",
 * the one stated most often when there are several.
 * @param tree the document
 * @returns the ISO date, or null when the document states none
 */
export function findExpiration(tree: Root): string | null {
  const counts = new Map<string, number>();
  for (const node of tree.children) {
    const text = blockText(node);
    for (const date of findDates(text)) {
      if (!standsAsExpiration(text, date)) continue;
      counts.set(date.iso, (counts.get(date.iso) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  for (const [iso, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = iso;
  return best;
}

/**
 * Rewrite every occurrence of a date in a text where it stands as the offer's expiration, each in the form it is
 * written ("NOVEMBER 14, 2002" stays capitals).
 * @param text the text
 * @param from the ISO date to replace
 * @param to the ISO date to write
 * @returns the new text, or null when the text does not hold the date as the expiration
 */
export function replaceDate(text: string, from: string, to: string): string | null {
  const found = findDates(text).filter((date) => date.iso === from && standsAsExpiration(text, date));
  if (found.length === 0) return null;
  let out = '';
  let at = 0;
  for (const date of found as FoundDate[]) {
    out += text.slice(at, date.start) + formatLike(date.text, to);
    at = date.end;
  }
  return out + text.slice(at);
}

/**
 * Plan an extension as global edits: every sentence (or heading, table, marker) that states the old expiration
 * date as the offer's expiration gets it rewritten to the new one, marked `global` for review. A sentence that tells
 * history, or names the date for something else, keeps it.
 * @param tree the document as it stood before the amendment
 * @param from the current expiration date (ISO)
 * @param to the new expiration date (ISO)
 * @param origin the extension instruction's origin (its `global` is set)
 * @returns one rewrite per changed sentence or block
 */
export function planExtension(tree: Root, from: string, to: string, origin: Origin): PlannedEdit[] {
  if (from === to) return [];
  const global: Origin = { ...origin, global: true };
  return tree.children.flatMap((node, index) => blockRewrites(node, index, from, to, global));
}

function blockRewrites(node: Block, index: number, from: string, to: string, origin: Origin): PlannedEdit[] {
  const rewrite = (text: string, sentences: [number, number] | null): PlannedEdit => ({
    op: 'rewrite',
    target: { blocks: [index, index], sentences },
    position: null,
    scope: sentences ? 'sentence' : 'paragraph',
    text,
    origin,
  });
  if (node.type !== 'paragraph') {
    const text = replaceDate(node.value, from, to);
    return text === null ? [] : [rewrite(text, null)];
  }
  return node.children.flatMap((s, i) => {
    const text = replaceDate(s.value, from, to);
    return text === null ? [] : [rewrite(text, [i, i])];
  });
}
