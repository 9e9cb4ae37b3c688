import { describe, expect, it } from 'vitest';
import { clip } from '../../engine/core/clip.js';
import { instructionLine, ordinalText, renderInstructionsText } from '../../engine/render/instructions-text.js';
import type { Instruction } from '../../engine/types.js';

const base: Instruction = {
  op: 'replace',
  target: { document: 'Offer to Purchase', item: '4', pages: [], section: null, heading: null, paragraph: null, paragraphs: [], sentences: [], scope: 'sentence', match: null },
  position: null,
  text: null,
  plan: null,
  expiration: null,
  source: { line: 1, column: 1 },
};

describe('instructionLine', () => {
  it('reads ordinals back in words and clips at a word boundary', () => {
    expect([1, -1, -2, -3, -11].map(ordinalText)).toEqual(['1', 'last', '2nd to last', '3rd to last', '11th to last']);
    expect(clip('While we intend to accept for exchange all tendered options', 40)).toBe('While we intend to accept for exchange...');
    expect(clip('Short enough.', 40)).toBe('Short enough.');
  });

  it('writes each operation in plain words', () => {
    const target = { ...base.target, pages: [12, 13], section: '5', paragraph: 4, sentences: [1, 2, 4] };
    expect(instructionLine({ ...base, target, text: 'New words here.' }, 2)).toMatchInlineSnapshot(
      `"A2 Item 4  replace  Offer to Purchase pp.12-13 Section 5 para 4 sentences 1-2, 4  <- "New words here.""`,
    );
    expect(instructionLine({ ...base, op: 'delete', target: { ...base.target, paragraph: 'first-full', pages: [9] } }, 1)).toMatchInlineSnapshot(
      `"A1 Item 4  delete  Offer to Purchase p.9 para first-full"`,
    );
    expect(instructionLine({ ...base, op: 'insert', position: 'before', target: { ...base.target, heading: 'France', scope: 'section' }, text: 'X.' }, null)).toMatchInlineSnapshot(
      `"A? Item 4  insert before  Offer to Purchase "France"  <- "X.""`,
    );
    expect(instructionLine({ ...base, op: 'extend', expiration: '2005-03-28', target: { ...base.target, item: '1-11', scope: 'document' } }, 2)).toMatchInlineSnapshot(
      `"A2 Items 1-11  extend  Offer to Purchase (whole document)  to 2005-03-28"`,
    );
  });

  it('lists exhibit changes after the instructions', () => {
    const text = renderInstructionsText({ filing: null, instructions: [], exhibits: [{ id: '(a)(5)', action: 'restated', description: null }] });
    expect(text).toBe('A? Item 12  exhibit restated  (a)(5)\n');
  });
});
