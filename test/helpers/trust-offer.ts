/**
 * Small offers for the trust tests: the two-page Offer to Exchange of `generate-offer-dir.ts` and amendments written
 * for each case, read by the engine (no folder) or written as an offer folder for the CLI.
 */
import { ingest } from '../../engine/read/ingest.js';
import type { OfferInput } from '../../engine/offer/versions.js';
import type { Decision } from '../../engine/types.js';
import { amendmentText, baseDocument } from './generate-offer-dir.js';

/** An instruction under Item 4(a), in the seeds' phrasing. */
export const item4 = (text: string): string => `Item 4(a) of the Schedule TO is hereby amended and supplemented by ${text}`;

/** The line the first instruction of `amendmentText` starts on; each next one starts four lines on (or six with new text). */
export const firstInstructionLine = 21;

/**
 * An offer as `buildVersions` takes it, with `offer.json` as a file when decisions are given.
 * @param amendments each amendment's instructions, in order (numbered 1, 2, ...)
 * @param decisions the decisions of `offer.json`
 * @returns the input
 */
export function trustOffer(amendments: string[][], decisions?: Decision[]): OfferInput {
  const names = amendments.map((_, i) => `amendment-${i + 1}.txt`);
  const manifest = { title: 'Trust offer', documents: { 'Offer to Exchange': 'offer-to-exchange.txt' }, filings: names, ...(decisions ? { decisions } : {}) };
  return {
    manifest,
    documents: { 'Offer to Exchange': ingest('offer-to-exchange.txt', baseDocument()) },
    filings: amendments.map((instructions, i) => ingest(names[i] as string, amendmentText({ number: i + 1, instructions }))),
    manifestFile: ingest('offer.json', `${JSON.stringify(manifest, null, 2)}\n`),
  };
}
