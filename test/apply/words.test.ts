import { describe, expect, it } from 'vitest';
import { applyEdits, type PlannedEdit } from '../../engine/apply/edits.js';
import { blockText, heading, paragraph, root, sentence, table } from '../../engine/core/nodes.js';
import { resolveTarget } from '../../engine/resolve/target.js';
import { spliceWords } from '../../engine/apply/words.js';
import type { Instruction, Origin, Paragraph, Root, Target } from '../../engine/types.js';
import { targetOf } from '../helpers/target.js';

const origin = (line: number): Origin => ({ amendment: 2, sources: [{ file: 'amendment-2.htm', item: '4', line, column: 1 }], global: false });
const doc = (): Root =>
  root(
    [
      heading('9. Source and Amount of Funds.', 'section', { number: '9', page: 7 }),
      paragraph([sentence('Parent will fund the Offer at $17.00 per Share.', 7), sentence('Shares may be delisted after the Offer.', 7)], { pages: [7] }),
      paragraph([sentence('The price is fair and reasonable, in our view.', 7), sentence('It is $17.00 per Share.', 7)], { pages: [7], runIn: 'PRICE OF $17.00 PER SHARE.' }),
      table('Offer Price\t$17.00 per Share', { page: 8 }),
      heading('10. Background.', 'section', { number: '10', page: 9 }),
      paragraph([sentence('First background paragraph.', 9)], { pages: [9] }),
      paragraph([sentence('Second background paragraph.', 9)], { pages: [9] }),
      paragraph([sentence('Third background paragraph.', 9)], { pages: [9] }),
    ],
    'html',
  );


// Resolve a hand-built instruction as the offer fold does, and apply it.
function apply(tree: Root, instructions: Array<Pick<Instruction, 'op' | 'text'> & { target: Partial<Target>; position?: Instruction['position'] }>) {
  const planned = instructions.map((instruction, i): PlannedEdit => {
    const target = targetOf({ scope: 'words', ...instruction.target });
    const resolved = resolveTarget(target, tree);
    if (!resolved.ok) throw new Error(resolved.reason);
    return { op: instruction.op as PlannedEdit['op'], target: resolved.target, position: instruction.position ?? null, scope: target.scope, text: instruction.text, origin: origin(10 + i) };
  });
  return applyEdits(tree, planned, 'Offer to Purchase');
}

describe('word-level edits', () => {
  it('replaces words inside a sentence, keeping the sentence and its provenance with the instruction added', () => {
    const tree = doc();
    const before = JSON.stringify(tree);
    const result = apply(tree, [{ op: 'replace', text: 'will be delisted', target: { section: '9', paragraph: 1, sentences: [2], match: { text: 'may be delisted', mode: 'contains', occurrence: 1 } } }]);
    const node = result.tree.children[1] as Paragraph;
    expect(node.children.map((s) => s.value)).toEqual(['Parent will fund the Offer at $17.00 per Share.', 'Shares will be delisted after the Offer.']);
    expect(node.children[1]?.origin).toEqual({ amendment: 0, sources: origin(10).sources, global: false });
    expect(node.children[1]?.page).toBe(7);
    expect(result.edits).toEqual([
      {
        document: 'Offer to Purchase',
        kind: 'replace',
        before: { block: 1, sentences: [1, 2], text: ['Shares may be delisted after the Offer.'] },
        after: { block: 1, sentences: [1, 2], text: ['Shares will be delisted after the Offer.'] },
        origin: origin(10),
        words: [{ before: [7, 22], after: [7, 23] }],
      },
    ]);
    expect(JSON.stringify(tree)).toBe(before);
  });

  it('deletes words, closing the gap they leave', () => {
    const result = apply(doc(), [{ op: 'delete', text: null, target: { match: { text: 'and reasonable', mode: 'contains', occurrence: 1 } } }]);
    expect((result.tree.children[2] as Paragraph).children[0]?.value).toBe('The price is fair, in our view.');
  });

  it('replaces each reference everywhere: sentences, run-in headings and tables, case kept exact', () => {
    const result = apply(doc(), [{ op: 'replace', text: '$18.25 per Share', target: { match: { text: '$17.00 per Share', mode: 'contains', occurrence: 'all' } } }]);
    expect(result.tree.children.slice(1, 4).map(blockText)).toEqual([
      'Parent will fund the Offer at $18.25 per Share. Shares may be delisted after the Offer.',
      'PRICE OF $17.00 PER SHARE. The price is fair and reasonable, in our view. It is $18.25 per Share.',
      'Offer Price\t$18.25 per Share',
    ]);
    expect(result.edits.map((e) => [e.before.block, e.before.sentences])).toEqual([[1, [0, 1]], [2, [1, 2]], [3, null]]);
  });

  it('inserts words after located words', () => {
    const result = apply(doc(), [{ op: 'insert', position: 'after', text: ', if any,', target: { section: '9', match: { text: 'Shares', mode: 'contains', occurrence: 1 } } }]);
    expect((result.tree.children[1] as Paragraph).children[1]?.value).toBe('Shares, if any, may be delisted after the Offer.');
  });

  it('applies two edits of different words of one sentence together, and neither of two of the same words', () => {
    const both = apply(doc(), [
      { op: 'replace', text: 'will be delisted', target: { match: { text: 'may be delisted', mode: 'contains', occurrence: 1 } } },
      { op: 'replace', text: 'the Merger', target: { match: { text: 'after the Offer', mode: 'contains', occurrence: 1 } } },
    ]);
    expect((both.tree.children[1] as Paragraph).children[1]?.value).toBe('Shares will be delisted the Merger.');
    const clash = apply(doc(), [
      { op: 'replace', text: 'will be delisted', target: { match: { text: 'may be delisted', mode: 'contains', occurrence: 1 } } },
      { op: 'replace', text: 'may be removed', target: { match: { text: 'be delisted', mode: 'contains', occurrence: 1 } } },
    ]);
    expect(clash.edits).toEqual([]);
    expect(clash.conflicts).toHaveLength(1);
  });

  it('conflicts with a replacement of the whole sentence the words lie in', () => {
    const clash = apply(doc(), [
      { op: 'replace', text: 'will be delisted', target: { match: { text: 'may be delisted', mode: 'contains', occurrence: 1 } } },
      { op: 'replace', text: 'Shares stay listed.', target: { scope: 'sentence', section: '9', paragraph: 1, sentences: [2] } },
    ]);
    expect(clash.conflicts).toHaveLength(1);
    expect(blockText(clash.tree.children[1] as Paragraph)).toBe(blockText(doc().children[1] as Paragraph));
  });
});

describe('word-level edits beside other edits of one amendment', () => {
  const rewrite = (text: string): PlannedEdit => ({
    op: 'rewrite',
    target: { blocks: [1, 1], sentences: [1, 1] },
    position: null,
    scope: 'sentence',
    text,
    origin: { ...origin(99), global: true },
  });
  const planned = (tree: Root, match: Target['match'], text: string): PlannedEdit => {
    const found = resolveTarget(targetOf({ scope: 'words', match }), tree);
    if (!found.ok) throw new Error(found.reason);
    return { op: 'replace', target: found.target, position: null, scope: 'words', text, origin: origin(20) };
  };

  it('lets every reference give way to a specific restatement of the paragraph it falls in', () => {
    const tree = doc();
    const every = planned(tree, { text: '$17.00 per Share', mode: 'contains', occurrence: 'all' }, '$18.25 per Share');
    const restated: PlannedEdit = { op: 'replace', target: { blocks: [1, 1], sentences: null }, position: null, scope: 'paragraph', text: 'Parent will pay $18.25 per Share in cash.', origin: origin(30) };
    const result = applyEdits(tree, [every, restated], 'Offer to Purchase');
    expect(result.conflicts).toEqual([]);
    expect(result.tree.children.slice(1, 4).map(blockText)).toEqual([
      'Parent will pay $18.25 per Share in cash.',
      'PRICE OF $17.00 PER SHARE. The price is fair and reasonable, in our view. It is $18.25 per Share.',
      'Offer Price\t$18.25 per Share',
    ]);
  });

  it('applies a date rewritten in a sentence and other words changed in it, and neither where they touch the same words', () => {
    const tree = doc();
    const words = planned(tree, { text: 'may be delisted', mode: 'contains', occurrence: 1 }, 'will be delisted');
    const both = applyEdits(tree, [words, rewrite('Shares may be delisted after the Merger.')], 'Offer to Purchase');
    expect(both.conflicts).toEqual([]);
    expect((both.tree.children[1] as Paragraph).children[1]?.value).toBe('Shares will be delisted after the Merger.');
    const clash = applyEdits(tree, [words, rewrite('Shares may not be delisted after the Offer.')], 'Offer to Purchase');
    expect(clash.conflicts).toHaveLength(1);
    expect((clash.tree.children[1] as Paragraph).children[1]?.value).toBe('Shares may be delisted after the Offer.');
  });
});

describe('runs and bodies', () => {
  it('replaces a run of paragraphs once with the new text', () => {
    const result = apply(doc(), [{ op: 'replace', text: 'One new paragraph.', target: { scope: 'paragraph', section: '10', paragraphs: [2, 3] } }]);
    expect(result.tree.children.slice(4).map(blockText)).toEqual(['10. Background.', 'First background paragraph.', 'One new paragraph.']);
    expect(result.edits).toHaveLength(1);
  });

  it('restates what is under a heading, keeping the heading', () => {
    const result = apply(doc(), [{ op: 'replace', text: 'Background, restated.\n\nA second paragraph.', target: { scope: 'body', section: '10' } }]);
    expect(result.tree.children.slice(4).map(blockText)).toEqual(['10. Background.', 'Background, restated.', 'A second paragraph.']);
  });
});

describe('spliceWords', () => {
  const o = origin(1);
  it('joins the text around deleted words as prose, saying where each change lies before and after', () => {
    expect(spliceWords('one (two) three.', [{ spans: [[4, 9]], text: '', origin: o }])).toEqual({ text: 'one three.', spans: [{ before: [3, 10], after: [3, 4] }] });
    expect(spliceWords('fair and reasonable.', [{ spans: [[5, 19]], text: '', origin: o }])).toEqual({ text: 'fair.', spans: [{ before: [4, 19], after: [4, 4] }] });
    expect(spliceWords('a b c', [{ spans: [[0, 1], [4, 5]], text: 'X  Y', origin: o }])).toEqual({
      text: 'X Y b X Y',
      spans: [{ before: [0, 1], after: [0, 3] }, { before: [4, 5], after: [6, 9] }],
    });
  });
});
