import { describe, expect, it } from 'vitest';
import { ingest } from '../../engine/read/ingest.js';
import { outlineOf } from '../../engine/read/outline.js';
import { buildTree } from '../../engine/read/tree.js';
import { resolveTarget } from '../../engine/resolve/target.js';
import type { Target } from '../../engine/types.js';
import { typesetHtml, modernKit } from '../helpers/typeset-html.js';
import { sampleDocument } from '../helpers/typeset-model.js';
import { targetOf } from '../helpers/target.js';

const target = (fields: Partial<Target>): Target => targetOf({ document: 'Offer to Purchase', scope: 'paragraph', ...fields });

// The same document with its page numbers taken out: a generator's HTML that breaks pages but prints no numbers.
const unnumbered = typesetHtml(sampleDocument, { ...modernKit('hr'), pageEnd: (_label, last) => (last ? '' : '<hr style="page-break-after:always"/>') });

describe('a document without printed page numbers', () => {
  const tree = buildTree(ingest('offer.htm', unnumbered));

  it('says so in its outline, and gives no block a page', () => {
    const outline = outlineOf(tree, null);
    expect(outline.printedPages).toBe(false);
    expect(outline.blocks.every((block) => block.page === null)).toBe(true);
    expect(outlineOf(buildTree(ingest('offer.htm', typesetHtml(sampleDocument, modernKit('hr')))), null).printedPages).toBe(true);
  });

  it('answers an instruction citing a page that the page cannot be checked, and counts no page itself', () => {
    const resolved = resolveTarget(target({ pages: [2], paragraph: 1 }), tree);
    expect(resolved).toEqual({
      ok: false,
      ruleId: 'unresolved-target',
      reason: expect.stringContaining('the document has no printed page numbers; page `2` cannot be checked'),
    });
  });

  it('still finds what is named without a page', () => {
    expect(resolveTarget(target({ heading: 'Fees and Expenses', paragraph: 1 }), tree).ok).toBe(true);
  });
});
