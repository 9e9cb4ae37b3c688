/**
 * A generated offer as the engine reads one: the original document and the amendment filings as VFiles,
 * with the manifest an offer directory would hold, and the reference model's versions beside them.
 */
import fc from 'fast-check';
import type { VFile } from 'vfile';
import { ingest } from '../../engine/read/ingest.js';
import type { OfferInput } from '../../engine/offer/versions.js';
import { amendmentSeed, buildAmendments, type AmendmentSeed, type GeneratedAmendment } from './generate-amendment.js';
import { generatedDocument, type GeneratedDocument } from './generate-document.js';
import type { ModelDoc } from './reference-model.js';

/** The document's name in generated offers. */
export const documentName = 'Offer to Exchange';

/** A generated offer: its text files and the model's version of the document after each amendment. */
export interface GeneratedOffer {
  document: GeneratedDocument;
  amendments: GeneratedAmendment[];
  /** 0 is the original. */
  versions: ModelDoc[];
}

/**
 * An arbitrary offer: a document and one to `max` amendments, each fitted to the version before it.
 * @param max the most amendments
 * @returns the arbitrary
 */
export function generatedOffer(max = 3): fc.Arbitrary<GeneratedOffer> {
  return fc.tuple(generatedDocument(), fc.array(amendmentSeed(), { minLength: 1, maxLength: max })).map(([document, seeds]) => offerFrom(document, seeds));
}

/**
 * Fit amendment seeds to a document.
 * @param document the original document
 * @param seeds the amendments' seeds, in order
 * @returns the offer
 */
export function offerFrom(document: GeneratedDocument, seeds: AmendmentSeed[]): GeneratedOffer {
  const { amendments, versions } = buildAmendments(document.model, seeds);
  return { document, amendments, versions };
}

/**
 * The offer as `buildVersions` takes it, fresh VFiles each time (messages are reported on them).
 * @param offer the generated offer
 * @param filings the amendment texts to file, in order (the offer's own by default)
 * @returns the engine's input
 */
export function offerInput(offer: GeneratedOffer, filings: string[] = offer.amendments.map((a) => a.text)): OfferInput {
  const names = filings.map((_, i) => `amendment-${i + 1}.txt`);
  const files: VFile[] = filings.map((text, i) => ingest(names[i] as string, text));
  return {
    manifest: { title: 'Generated offer', documents: { [documentName]: 'offer-to-exchange.txt' }, filings: names },
    documents: { [documentName]: ingest('offer-to-exchange.txt', offer.document.text) },
    filings: files,
  };
}
