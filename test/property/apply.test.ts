import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnosticsOf } from '../../engine/core/diagnostics.js';
import { ingest } from '../../engine/read/ingest.js';
import { renderText } from '../../engine/core/document-text.js';
import { buildVersions } from '../../engine/offer/versions.js';
import type { Root } from '../../engine/types.js';
import { amendmentSeed, buildAmendment } from '../helpers/generate-amendment.js';
import { typesettings } from '../helpers/convert-filing.js';
import { generatedDocument } from '../helpers/generate-document.js';
import { amendmentText, baseDocument } from '../helpers/generate-offer-dir.js';
import { documentName, generatedOffer, offerFrom, offerInput } from '../helpers/generate-offer.js';
import { projectModel, projectTree } from '../helpers/generate-project.js';
import { propertyRuns, timeFor } from '../helpers/generate-runs.js';
import { VFile } from 'vfile';
import { buildTree } from '../../engine/read/tree.js';
import { stepFiling } from '../../engine/offer/step.js';
import { applyModel, type ModelDoc } from '../helpers/reference-model.js';
import { planWords, wordsSeed } from '../helpers/generate-words.js';
import { redline } from '../../engine/redline/redline.js';
import { versionOf } from '../helpers/redline-fixture.js';
import { applyChanges } from '../helpers/splice.js';

// Warnings and errors; notes (text absent from the corpus, global edits for review) are not problems.
const problems = (files: Parameters<typeof diagnosticsOf>[0]): string[] =>
  diagnosticsOf(files).filter((d) => d.fatal !== null).map((d) => `${d.file}:${d.line}:${d.column}: ${d.reason} [${d.ruleId}]`);

const documentOf = (versions: ReturnType<typeof buildVersions>, n: number): Root => versions[n]?.documents[documentName] as Root;

describe('parse then apply equals the reference model', () => {
  it('gives, after each amendment, exactly the text the model gives and the plans withdrawn, with no problem reported', () => {
    fc.assert(
      fc.property(generatedOffer(), (offer) => {
        const input = offerInput(offer);
        const versions = buildVersions(input);
        expect(problems(input.filings)).toEqual([]);
        expect(versions.map((_, n) => projectTree(documentOf(versions, n)))).toEqual(offer.versions.map((v) => projectModel(v)));
        const withdrawn = offer.amendments.map((_, n) => [...new Set(offer.amendments.slice(0, n + 1).flatMap((a) => a.withdrawn ?? []))]);
        expect(versions.slice(1).map((v) => [...new Set(v.context.withdrawnPlans)])).toEqual(withdrawn);
      }),
      propertyRuns(),
    );
  }, timeFor(propertyRuns().numRuns));

  // The generated document and its amendments typeset as HTML, as markdown and wrapped in <pre>: every instruction
  // finds the same place and makes the same edits as in the text.
  it.each(typesettings)('makes the same edits when the offer is typeset as %s', (_format, ext, typeset) => {
    const edits = (versions: ReturnType<typeof buildVersions>): unknown => versions.map((v) => v.edits.map((e) => [e.kind, e.before.text, e.after.text]));
    fc.assert(
      fc.property(generatedOffer(), (offer) => {
        const input = offerInput(offer);
        input.documents[documentName] = ingest(`offer-to-exchange.${ext}`, typeset(offer.document.text));
        input.filings = offer.amendments.map((a, i) => ingest(`amendment-${i + 1}.${ext}`, typeset(a.text)));
        expect(edits(buildVersions(input))).toEqual(edits(buildVersions(offerInput(offer))));
        expect(problems(input.filings)).toEqual([]);
      }),
      propertyRuns(),
    );
  }, timeFor(3 * propertyRuns().numRuns));

  it('applies an instruction repeated under several Items once: the same text as giving it under one Item', () => {
    fc.assert(
      fc.property(generatedDocument(), amendmentSeed(), (document, seed) => {
        const once = { ...seed, edits: seed.edits.map((e) => ({ ...e, items: e.items.slice(0, 1) })) };
        const repeated = offerFrom(document, [seed]);
        const single = offerFrom(document, [once]);
        const inputs = [offerInput(repeated), offerInput(single)];
        const [a, b] = inputs.map(buildVersions);
        expect(inputs.flatMap((input) => problems(input.filings))).toEqual([]);
        expect(projectTree(documentOf(a ?? [], 1))).toEqual(projectTree(documentOf(b ?? [], 1)));
      }),
      propertyRuns(),
    );
  }, timeFor(propertyRuns().numRuns));

  it('reports an amendment filed twice as an error on the second copy', () => {
    fc.assert(
      fc.property(generatedDocument(), amendmentSeed(), (document, seed) => {
        const amendment = buildAmendment(document.model, seed, 1);
        const input = offerInput(offerFrom(document, [seed]), [amendment.text, amendment.text]);
        buildVersions(input);
        const errors = diagnosticsOf([input.filings[1] as (typeof input.filings)[number]]).filter((d) => d.fatal === true);
        expect(errors.map((d) => d.ruleId)).toContain('amendment-order');
      }),
      propertyRuns(),
    );
  }, timeFor(propertyRuns().numRuns));
});

// Edits located by their words, given as the contract's Instruction JSON (so independent of the parser's phrasings):
// resolved and applied amendment by amendment, each must give the model's text, or be refused as ambiguous with
// nothing changed when its words name more than one place.
describe('edits located by their words equal the reference model', () => {
  it('changes words where they stand, every reference, and sentences and paragraphs named by their first words; its redline splices', () => {
    fc.assert(
      fc.property(generatedDocument(), fc.array(wordsSeed(), { minLength: 1, maxLength: 3 }), (document, seeds) => {
        let model: ModelDoc = document.model;
        let tree = buildTree(ingest('offer-to-exchange.txt', document.text));
        seeds.forEach((seed, index) => {
          const planned = planWords(model, seed);
          if (!planned) return;
          const file = new VFile({ path: `amendment-${index + 1}.txt`, value: '' });
          const step = stepFiling({ documents: { [documentName]: tree }, instructions: [planned.instruction], exhibits: [], exhibitSources: [], stated: [], paragraphs: [], file, name: String(file.path), amendment: index + 1, expiration: null, main: documentName });
          expect(file.messages.map((m) => m.ruleId), JSON.stringify(planned.instruction.target.match)).toEqual(planned.refused ? [planned.refused] : []);
          if (planned.edit) model = applyModel(model, [planned.edit], index + 1);
          // The amendment's redline, diffed only inside the words it changed, still splices one text into the other.
          const pair = [versionOf(0, tree, []), versionOf(1, step.documents[documentName] as Root, step.edits)];
          const lines = redline(pair, { document: documentName, from: 0, to: 1 });
          expect(applyChanges(lines.from.text, lines.changes)).toBe(lines.to.text);
          tree = step.documents[documentName] as Root;
          expect(projectTree(tree)).toEqual(projectModel(model));
        });
      }),
      propertyRuns(),
    );
  }, timeFor(propertyRuns().numRuns));
});

// Found while building the bad-input offers (an empty paragraph was left behind); fixed in 27861f1. The generators
// now delete every sentence of a paragraph too.
describe('deleting every sentence of a paragraph', () => {
  it('removes the paragraph, so it is neither printed as a blank block nor counted by later locators', () => {
    const deletion = 'Item 4(a) of the Schedule TO is hereby amended and supplemented by deleting in its entirety the last sentence of the first paragraph of Section 6 of the Offer to Exchange.';
    const input = {
      manifest: { title: 'T', documents: { [documentName]: 'offer-to-exchange.txt' }, filings: ['amendment-1.txt'] },
      documents: { [documentName]: ingest('offer-to-exchange.txt', baseDocument()) },
      filings: [ingest('amendment-1.txt', amendmentText({ number: 1, instructions: [deletion] }))],
    };
    const versions = buildVersions(input);
    expect(problems(input.filings)).toEqual([]);
    expect(renderText(documentOf(versions, 1)).split('\n\n').slice(-2)).toEqual(['French social charges may apply. We will report them to you.', '6. CONDITIONS OF THE OFFER.\n']);
  });
});
