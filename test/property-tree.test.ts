import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingest } from '../engine/ingest.js';
import { buildTextTree } from '../engine/tree-text.js';
import { generatedDocument } from './helpers/generate-document.js';
import { projectModel, projectTree } from './helpers/generate-project.js';
import { propertyRuns } from './helpers/generate-runs.js';

// The generated documents are the ground the edit properties stand on: the engine must read them exactly as
// the model holds them, page numbers included, or every later comparison would test the generator.
describe('generated EDGAR documents', () => {
  it('read back as the model: headings, paragraphs, sentences and printed pages', () => {
    fc.assert(
      fc.property(generatedDocument(), (doc) => {
        const tree = buildTextTree(ingest('offer-to-exchange.txt', doc.text));
        expect(projectTree(tree, true)).toEqual(projectModel(doc.model, true));
      }),
      propertyRuns(),
    );
  });

  it('have no sentence boundary the splitter is unsure of', () => {
    fc.assert(
      fc.property(generatedDocument(), (doc) => {
        const tree = buildTextTree(ingest('offer-to-exchange.txt', doc.text));
        const unsure = tree.children.flatMap((b) => (b.type === 'paragraph' ? b.children.filter((s) => s.ambiguous).map((s) => s.value) : []));
        expect(unsure).toEqual([]);
      }),
      propertyRuns(),
    );
  });
});
