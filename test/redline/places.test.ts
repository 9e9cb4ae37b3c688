import { describe, expect, it } from 'vitest';
import { heading, paragraph, root, sentence } from '../../engine/core/nodes.js';
import { compare } from '../../engine/redline/compare.js';
import { compareTexts } from '../../engine/redline/compare-text.js';
import { describePlace } from '../../engine/render/place-text.js';
import type { Root } from '../../engine/types.js';

const labels = { from: 'a', to: 'b' };

function offer(q23Second: string, q24: string[]): Root {
  return root(
    [
      heading('SUMMARY TERM SHEET', 'part', { page: 1 }),
      heading('Q23. WHAT HAPPENS IF I DO NOT ELECT?', 'question', { number: 'Q23', page: 6 }),
      paragraph([sentence('Nothing changes.', 6)]),
      paragraph([sentence('Your options stay.', 6), sentence(q23Second, 7), sentence('They vest as before.', 7)], { pages: [6, 7] }),
      heading('5. ACCEPTANCE OF OPTIONS.', 'section', { number: '5', page: 12 }),
      heading('Conditions', 'caption', { page: 12 }),
      paragraph(q24.map((s) => sentence(s, 13))),
    ],
    'text',
  );
}

describe('a change\'s place in words', () => {
  it('names the page, the question, the paragraph under it and the sentences', () => {
    const from = offer('They keep their terms.', ['We accept.', 'We pay.'] );
    const to = offer('They keep all of their terms.', ['We accept.', 'We pay promptly.']);
    const result = compare(from, to, labels);
    expect(result.changes.map((c) => describePlace(c.place!))).toEqual(['p.7 · Q23 ¶2 · sentence 2', 'p.13 · Section 5 · “Conditions” ¶1 · sentence 2']);
    expect(result.to.blocks?.map((b) => [b.kind, b.depth, b.number, b.page])).toEqual([
      ['heading', 1, null, 1],
      ['heading', 2, 'Q23', 6],
      ['paragraph', null, null, 6],
      ['paragraph', null, null, 6],
      ['heading', 2, '5', 12],
      ['heading', 3, null, 12],
      ['paragraph', null, null, 13],
    ]);
  });

  it('reads a deletion on the from-side and a whole new paragraph as no sentence range', () => {
    const from = root([heading('THE OFFER', 'part'), paragraph([sentence('One.', null), sentence('Two.', null)])], 'text');
    const to = root([heading('THE OFFER', 'part'), paragraph([sentence('One.', null)]), paragraph([sentence('A new paragraph.', null)])], 'text');
    const [deleted, added] = compare(from, to, labels).changes.map((c) => c.place);
    expect(deleted).toEqual({ side: 'from', block: 1, page: null, section: null, heading: 'THE OFFER', paragraph: 1, sentences: [2, 2] });
    expect(added).toMatchObject({ side: 'to', block: 2, paragraph: 2, sentences: null });
  });

  it('places changes in plain texts without a tree by paragraph', () => {
    const result = compareTexts('Alpha.\n\nBeta one. Beta two.\n', 'Alpha.\n\nBeta one. Beta three.\n', labels);
    expect(result.changes.map((c) => describePlace(c.place!))).toEqual(['¶2 · sentence 2']);
  });
});
