import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VFile } from 'vfile';
import { ingest } from '../../engine/read/ingest.js';
import { readManifest } from '../../engine/offer/manifest.js';
import type { OfferInput } from '../../engine/offer/versions.js';

/**
 * Read an offer folder of the corpus for a test, optionally replacing or reordering its filings.
 * @param dir the folder
 * @param filings filing file names to use instead of the manifest's, or extra filings as [name, text]
 * @returns the offer
 */
export function readOffer(dir: string, filings?: Array<string | [string, string]>): OfferInput {
  const read = (name: string): VFile => ingest(join(dir, name), readFileSync(join(dir, name)));
  const manifest = readManifest(read('offer.json'));
  if (!manifest) throw new Error(`${dir}: bad offer.json`);
  const documents = Object.fromEntries(Object.entries(manifest.documents).map(([name, file]) => [name, read(file)]));
  const chosen = filings ?? manifest.filings;
  const names = chosen.map((f) => (typeof f === 'string' ? f : f[0]));
  const files = chosen.map((f) => (typeof f === 'string' ? read(f) : ingest(join(dir, f[0]), f[1])));
  return { manifest: { ...manifest, filings: names }, documents, filings: files };
}
