import { formatLong } from '../lexicon/dates.js';
import type { LifecycleContext, PriceRange, Version } from '../types.js';

/** The terms one version changed; null (or empty) where it left them. */
export interface TermsChanged {
  price: PriceRange | null;
  sharesSought: number | null;
  waived: string[];
  subsequent: { state: 'open' | 'ended'; until: string | null } | null;
  terminated: string | null;
  recommendation: LifecycleContext['recommendation'];
}

const changed = <T>(after: T, before: T | undefined): T | null => (before !== undefined && JSON.stringify(after) !== JSON.stringify(before) ? after : null);

/**
 * The terms a version changed: each value that differs from the version before (the original's recommendation
 * stands with the original).
 * @param version the version
 * @param previous the version before it, or undefined for the original
 * @returns what changed
 */
export function termsChanged(version: Version, previous: Version | undefined): TermsChanged {
  const after = version.context;
  const before = previous?.context;
  const opened = before !== undefined && version.state === 'subsequent' && previous?.state !== 'subsequent';
  const closed = before !== undefined && previous?.state === 'subsequent' && version.state !== 'subsequent';
  return {
    price: changed(after.price, before?.price),
    sharesSought: changed(after.sharesSought, before?.sharesSought),
    waived: after.waived.filter((condition) => before !== undefined && !before.waived.includes(condition)),
    subsequent: opened ? { state: 'open', until: after.subsequentUntil } : closed ? { state: 'ended', until: after.subsequentUntil } : null,
    terminated: changed(after.terminated, before?.terminated),
    // The original statement's recommendation is shown with the original.
    recommendation: before === undefined ? after.recommendation : changed(after.recommendation, before.recommendation),
  };
}


const count = (n: number): string => n.toLocaleString('en-US');
const dollars = (n: number): string => `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 })}`;
const recommendations = { accept: 'accept the offer', reject: 'reject the offer', neutral: 'no position' };
const until = (iso: string | null, lead: string): string => (iso ? `${lead}${formatLong(iso)}` : '');

/**
 * The terms a version changed, in words, one line each: "price: $13.50 per share", "condition waived: Minimum
 * Condition", "subsequent offering period: open until April 19, 2021", "terminated: <reason>", "recommendation: ...".
 * @param terms what changed
 * @returns the lines, in that order
 */
export function termWords(terms: TermsChanged): string[] {
  const { price, sharesSought, subsequent } = terms;
  const lines: string[] = [];
  if (price) lines.push(price.low === price.high ? `price: ${dollars(price.low)} per share` : `price range: ${dollars(price.low)} to ${dollars(price.high)} per share`);
  if (sharesSought !== null) lines.push(`shares sought: ${count(sharesSought)}`);
  for (const condition of terms.waived) lines.push(`condition waived: ${condition}`);
  if (subsequent?.state === 'open') lines.push(`subsequent offering period: open${until(subsequent.until, ' until ')}`);
  if (subsequent?.state === 'ended') lines.push(`subsequent offering period ended${until(subsequent.until, ': ')}`);
  if (terms.terminated) lines.push(`terminated: ${terms.terminated}`);
  if (terms.recommendation) lines.push(`recommendation: ${recommendations[terms.recommendation]}`);
  return lines;
}
