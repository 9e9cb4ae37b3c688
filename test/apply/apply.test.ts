import { describe, expect, it } from 'vitest';
import { applyEdits, type PlannedEdit } from '../../engine/apply/edits.js';
import { addClause, textBlocks } from '../../engine/apply/text.js';
import { blockText, sentence } from '../../engine/core/nodes.js';
import type { Origin, Paragraph } from '../../engine/types.js';
import { miniOffer } from '../helpers/mini-offer.js';

const origin = (line: number, item = '4(a)'): Origin => ({ amendment: 2, sources: [{ file: 'amendment-2.txt', item, line, column: 1 }], global: false });

const edit = (fields: Partial<PlannedEdit> & Pick<PlannedEdit, 'target'>): PlannedEdit => ({
  op: 'replace',
  position: null,
  scope: 'sentence',
  text: null,
  origin: origin(10),
  ...fields,
});

const q23Edit = (line: number, item: string): PlannedEdit =>
  edit({ target: { blocks: [6, 6], sentences: [1, 2] }, text: 'We keep this right. It protects you.', origin: origin(line, item) });

describe('applyEdits', () => {
  it('replaces sentences, records the edit with both indices, and leaves the earlier version alone', () => {
    const tree = miniOffer();
    const before = JSON.stringify(tree);
    const result = applyEdits(tree, [q23Edit(40, '1')], 'Offer to Exchange');
    expect(blockText(result.tree.children[6] as Paragraph)).toBe('Your options stay. We keep this right. It protects you. Ask us.');
    expect(result.edits).toEqual([
      {
        document: 'Offer to Exchange',
        kind: 'replace',
        before: { block: 6, sentences: [1, 3], text: ['We may reject surrendered options.', 'We reserve that right.'] },
        after: { block: 6, sentences: [1, 3], text: ['We keep this right.', 'It protects you.'] },
        origin: origin(40, '1'),
      },
    ]);
    const node = result.tree.children[6] as Paragraph;
    expect(node.children.map((s) => [s.origin.amendment, s.page])).toEqual([[0, 7], [2, 7], [2, 7], [0, 7]]);
    expect(JSON.stringify(tree)).toBe(before);
  });

  it('applies an instruction repeated under several Items once, listing every place that asked', () => {
    const result = applyEdits(miniOffer(), [q23Edit(40, '1'), q23Edit(90, '2(b)'), q23Edit(200, '4(a)')], 'Offer to Exchange');
    expect(blockText(result.tree.children[6] as Paragraph)).toBe('Your options stay. We keep this right. It protects you. Ask us.');
    expect(result.edits).toHaveLength(1);
    expect(result.edits[0]?.origin.sources.map((s) => `${s.item}@${s.line}`)).toEqual(['1@40', '2(b)@90', '4(a)@200']);
    expect((result.tree.children[6] as Paragraph).children[1]?.origin.sources).toHaveLength(3);
  });

  it('applies neither of two different edits of one span and reports the pair', () => {
    const other = edit({ op: 'delete', target: { blocks: [6, 6], sentences: [2, 2] }, origin: origin(50) });
    const result = applyEdits(miniOffer(), [q23Edit(40, '1'), other], 'Offer to Exchange');
    expect(result.edits).toEqual([]);
    expect(result.conflicts.map((c) => [c.first.origin.sources[0]?.line, c.second.origin.sources[0]?.line])).toEqual([[40, 50]]);
  });

  it('applies several edits of one paragraph together, against its old numbering', () => {
    const result = applyEdits(
      miniOffer(),
      [
        edit({ target: { blocks: [9, 9], sentences: [4, 4] }, text: 'We may reject options to protect you.' }),
        edit({ op: 'insert', scope: 'clause', position: 'end', target: { blocks: [9, 9], sentences: [5, 5] }, text: ', provided, however, that we waive it for all.' }),
        edit({ op: 'delete', target: { blocks: [9, 9], sentences: [0, 0] } }),
      ],
      'Offer to Exchange',
    );
    const node = result.tree.children[9] as Paragraph;
    expect(node.runIn).toBe('DETERMINATION OF VALIDITY; REJECTION OF OPTIONS; WAIVER OF DEFECTS; NO OBLIGATION TO GIVE NOTICE OF DEFECTS.');
    expect(node.children.map((s) => s.value)).toEqual([
      'Our decision is final.',
      'We may reject any option.',
      'We may waive defects.',
      'We may reject options to protect you.',
      'We may waive any condition for a particular optionholder, provided, however, that we waive it for all.',
      'No one must notify you.',
    ]);
    expect(result.edits.map((e) => [e.kind, e.before.sentences, e.after.sentences])).toEqual([
      ['delete', [0, 1], [0, 0]],
      ['replace', [4, 5], [3, 4]],
      ['replace', [5, 6], [4, 5]],
    ]);
  });

  it('inserts paragraphs before a heading as blocks, a capitalised first block becoming a caption', () => {
    const text = 'CHINA: MATERIAL TAX CONSEQUENCES.\n\nThis summary is general. It may change.\n\nYou will not be taxed.';
    const result = applyEdits(miniOffer(), [edit({ op: 'insert', position: 'before', scope: 'paragraph', target: { blocks: [16, 19], sentences: null }, text })], 'Offer to Exchange');
    expect(result.tree.children.slice(15, 20).map((b) => [b.type, blockText(b)])).toEqual([
      ['heading', '13. MATERIAL TAX CONSEQUENCES.'],
      ['heading', 'CHINA: MATERIAL TAX CONSEQUENCES.'],
      ['paragraph', 'This summary is general. It may change.'],
      ['paragraph', 'You will not be taxed.'],
      ['heading', 'France: Material Tax Consequences for Employees who are Tax Residents in France'],
    ]);
    expect(result.edits[0]).toMatchObject({ kind: 'insert', before: { block: 16, sentences: null, text: [] }, after: { block: 16, sentences: null } });
    const china = result.tree.children[17] as Paragraph;
    expect(china.pages).toEqual([29]);
  });

  it('inserts a sentence after a sentence and at the end of a paragraph', () => {
    const result = applyEdits(
      miniOffer(),
      [
        edit({ op: 'insert', position: 'after', target: { blocks: [18, 18], sentences: [0, 0] }, text: 'You are not taxed on surrender.' }),
        edit({ op: 'insert', position: 'end', scope: 'paragraph', target: { blocks: [25, 25], sentences: null }, text: 'You also owe NIC.' }),
      ],
      'Offer to Exchange',
    );
    expect(blockText(result.tree.children[18] as Paragraph)).toBe('Full paragraph one. You are not taxed on surrender. Full paragraph two.');
    expect(blockText(result.tree.children[25] as Paragraph)).toBe('You will be taxed on surrender. Second UK. You also owe NIC.');
    expect(result.edits.map((e) => [e.kind, e.before.sentences, e.after.sentences])).toEqual([
      ['insert', [1, 1], [1, 2]],
      ['insert', [2, 2], [2, 3]],
    ]);
  });

  it('replaces and deletes whole blocks', () => {
    const result = applyEdits(
      miniOffer(),
      [
        edit({ scope: 'paragraph', target: { blocks: [11, 11], sentences: null }, text: 'A new first paragraph.' }),
        edit({ op: 'delete', scope: 'paragraph', target: { blocks: [12, 12], sentences: null } }),
      ],
      'Offer to Exchange',
    );
    expect(result.tree.children.slice(10, 13).map(blockText)).toEqual([
      '5. ACCEPTANCE OF OPTIONS FOR EXCHANGE AND GRANT OF NEW OPTIONS.',
      'A new first paragraph.',
      'We will accept options. We expect to accept promptly after the expiration date. You will be notified.',
    ]);
    expect(result.edits.map((e) => [e.kind, e.before.block, e.before.text, e.after.block, e.after.text])).toEqual([
      ['replace', 11, ['First paragraph.'], 11, ['A new first paragraph.']],
      ['delete', 12, ['Second paragraph.'], 12, []],
    ]);
  });
});

describe('addClause', () => {
  it('puts a clause at the end of a sentence before its closing punctuation', () => {
    const node = sentence('We may waive any of the conditions of the offer for any particular optionholder.', 11);
    const clause = ', provided, however, that if we waive any of the conditions of this offer for any particular optionholder, we will waive such condition for all similarly-situated optionholders.';
    expect(addClause(node, clause, 'end', origin(1)).value).toBe(
      'We may waive any of the conditions of the offer for any particular optionholder, provided, however, that if we waive any of the conditions of this offer for any particular optionholder, we will waive such condition for all similarly-situated optionholders.',
    );
    expect(addClause(node, ', in our discretion', 'end', origin(1)).value).toBe(
      'We may waive any of the conditions of the offer for any particular optionholder, in our discretion.',
    );
  });
});

describe('textBlocks', () => {
  it('keeps a single short block a paragraph', () => {
    expect(textBlocks('Not applicable', 3, origin(1)).map((b) => b.type)).toEqual(['paragraph']);
  });
});
