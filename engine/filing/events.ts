import { pointLookup } from '../core/points.js';
import { splitSentences } from '../sentences/split.js';
import { statedExtension } from './extension.js';
import { statedPrice, statedRecommendation, statedShares, statedSubsequentPeriod, statedTermination, statedWaiver, type StatedEvent } from './terms.js';
import { decodeReferences } from '../core/character-references.js';
import type { OfferEvent } from '../types.js';

type Reader = (sentence: string) => StatedEvent | null;

const extension: Reader = (sentence) => {
  const stated = statedExtension(sentence);
  return stated ? { kind: 'extend', ...stated } : null;
};

// One event per sentence at most, the first reader that finds one: an extension that also raises the price is read
// as the extension (the price sentence usually stands apart).
const offerorReaders: Reader[] = [extension, statedTermination, statedSubsequentPeriod, statedWaiver, statedPrice, statedShares];
const targetReaders: Reader[] = [statedRecommendation, ...offerorReaders];

// Paragraphs at blank lines and, in HTML, at block elements (their markup is blanked to spaces, offsets kept, so
// "<p>... as follows:</p><p>Extension of the Offer</p><p>Purchaser has ...</p>" parts where the elements do).
const blockTag = /<\/?(?:p|div|tr|li|h[1-6]|table|center)\b[^<>]*>/gi;

function paragraphs(text: string, raw: string | null): Array<{ start: number; value: string }> {
  const cuts = [...text.matchAll(/\n[ \t]*\n/g)].map((gap) => [gap.index ?? 0, (gap.index ?? 0) + gap[0].length] as const);
  if (raw !== null) for (const tag of raw.matchAll(blockTag)) cuts.push([tag.index ?? 0, (tag.index ?? 0) + tag[0].length]);
  cuts.sort((a, b) => a[0] - b[0]);
  const found: Array<{ start: number; value: string }> = [];
  let start = 0;
  for (const [from, to] of cuts) {
    if (from > start) found.push({ start, value: text.slice(start, from) });
    start = Math.max(start, to);
  }
  return [...found, { start, value: text.slice(start) }];
}

/**
 * Read the changes to the offer a filing states in its own words, sentence by sentence: extensions (with the time of
 * day as written), price and shares sought changed, conditions waived, a subsequent offering period started or ended,
 * the offer terminated as a whole, and (in a Schedule 14D-9) the board's recommendation.
 * @param text the filing's text, markup blanked (offsets are the source's)
 * @param form the filing's form (`Schedule 14D-9` reads the recommendation too)
 * @param raw the filing as written when it is HTML (its block elements part paragraphs), else null
 * @returns the events in filing order, each at the point its sentence starts
 */
export function readOfferEvents(text: string, form: string | null, raw: string | null = null): OfferEvent[] {
  const readers = form === 'Schedule 14D-9' ? targetReaders : offerorReaders;
  const point = pointLookup(text);
  const events: OfferEvent[] = [];
  for (const span of paragraphs(text, raw).flatMap(({ start, value }) => splitSentences(value).map((s) => ({ start: start + s.start, end: start + s.end })))) {
    const sentence = decodeReferences(text.slice(span.start, span.end));
    if (sentence.length > 3000) continue; // a cover or table run together is no sentence of prose
    for (const read of readers) {
      const event = read(sentence);
      if (!event) continue;
      const { line, column } = point(span.start);
      events.push({ ...event, source: { line, column } } as OfferEvent);
      break;
    }
  }
  return events;
}
