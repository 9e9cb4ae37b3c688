import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnosticsOf } from '../../engine/core/diagnostics.js';
import { ingest } from '../../engine/read/ingest.js';
import { readManifest } from '../../engine/offer/manifest.js';
import { offerTimeline, operativeText } from '../../engine/offer/operative.js';
import { redline } from '../../engine/redline/redline.js';
import { redlineFormats, renderRedline } from '../../engine/render/formats.js';
import { buildVersions } from '../../engine/offer/versions.js';
import { mutate, mutation } from '../helpers/generate-mutations.js';
import { documentName, generatedOffer, offerInput } from '../helpers/generate-offer.js';
import { fuzzRuns, timeFor } from '../helpers/generate-runs.js';
import { repoRoot } from '../helpers/run-cli.js';
import { jsonSplice } from '../helpers/json-splice.js';

/** Hang guard only. */
const capMs = 20_000;

// Damaged amendments in a whole offer: every version is still built, every redline between the original and the
// last version still splices its from-text into its to-text, and every format renders; problems are diagnostics.
describe('fuzzing whole offers with damaged amendments', () => {
  const damaged = generatedOffer(2).chain((offer) =>
    fc.tuple(fc.constant(offer), fc.array(fc.array(mutation(), { maxLength: 4 }), { minLength: offer.amendments.length, maxLength: offer.amendments.length })),
  );
  const runs = fuzzRuns(30);

  it('builds every version, redlines and renders them, and reports problems as diagnostics', async () => {
    await fc.assert(
      fc.asyncProperty(damaged, async ([offer, mutations]) => {
        const started = performance.now();
        const texts = offer.amendments.map((a, i) => new TextDecoder().decode(mutate(a.text, mutations[i] ?? [])));
        const input = offerInput(offer, texts);
        const versions = buildVersions(input);
        expect(versions).toHaveLength(texts.length + 1);
        for (const d of diagnosticsOf(input.filings)) expect(d.line === null || d.line >= 1).toBe(true);
        const last = versions.length - 1;
        for (const [from, to] of [[0, last], [last, 0]] as const) {
          const result = redline(versions, { document: documentName, from, to });
          expect(jsonSplice(result.from.text, result.changes)).toBe(result.to.text);
          for (const format of redlineFormats) expect(typeof (await renderRedline(result, format, { color: format === 'term' }))).toBe(format === 'docx' ? 'object' : 'string');
        }
        expect(operativeText(versions, 'latest', documentName)).not.toBeNull();
        expect(offerTimeline(versions)).toHaveLength(versions.length);
        expect(JSON.parse(JSON.stringify(versions[last]))).toEqual(versions[last]);
        expect(performance.now() - started).toBeLessThan(capMs);
      }),
      runs,
    );
  }, timeFor(runs.numRuns, 2000));
});

// The corpus offers with one filing damaged: real documents, real instructions, broken in places.
describe('fuzzing the corpus offers with a damaged filing', () => {
  const corpus = join(repoRoot, 'corpus');
  const offers = readdirSync(corpus).map((name) => {
    const dir = join(corpus, name);
    const manifestFile = ingest('offer.json', readFileSync(join(dir, 'offer.json')));
    const manifest = readManifest(manifestFile);
    if (!manifest) throw new Error(`corpus/${name}/offer.json is invalid`);
    const read = (file: string): string => readFileSync(join(dir, file), 'utf8');
    return { manifest, documents: Object.fromEntries(Object.entries(manifest.documents).map(([k, f]) => [k, [f, read(f)] as const])), filings: manifest.filings.map((f) => [f, read(f)] as const) };
  }).filter((offer) => offer.filings.length > 0);
  const runs = fuzzRuns(12);

  it('builds every version and a redline of the first document from the original to the last', () => {
    fc.assert(
      fc.property(fc.nat(offers.length - 1), fc.nat(), fc.array(mutation(), { minLength: 1, maxLength: 4 }), (which, filing, mutations) => {
        const offer = offers[which] as (typeof offers)[number];
        const damaged = filing % offer.filings.length;
        const input = {
          manifest: offer.manifest,
          documents: Object.fromEntries(Object.entries(offer.documents).map(([name, [file, text]]) => [name, ingest(file, text)])),
          filings: offer.filings.map(([file, text], i) => ingest(file, i === damaged ? mutate(text, mutations) : text)),
        };
        const versions = buildVersions(input);
        const document = Object.keys(versions[0]?.documents ?? {})[0] as string;
        const result = redline(versions, { document, from: 0, to: versions.length - 1 });
        expect(jsonSplice(result.from.text, result.changes)).toBe(result.to.text);
      }),
      runs,
    );
  }, timeFor(runs.numRuns, 3000));
});

