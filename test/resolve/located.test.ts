import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../engine/read/ingest.js';
import { buildTree } from '../../engine/read/tree.js';
import { heading, paragraph, root, sentence, table } from '../../engine/core/nodes.js';
import { resolveTarget } from '../../engine/resolve/target.js';
import { beginsWith, findWords, readsAs } from '../../engine/resolve/match-text.js';
import type { Root, Target, TargetMatch } from '../../engine/types.js';
import { targetOf } from '../helpers/target.js';

const target = (fields: Partial<Target>): Target => targetOf({ document: 'Offer to Purchase', ...fields });
const match = (text: string, mode: TargetMatch['mode'] = 'prefix', occurrence: TargetMatch['occurrence'] = 1): TargetMatch => ({ text, mode, occurrence });
const para = (texts: string[], page: number, runIn: string | null = null) => paragraph(texts.map((t) => sentence(t, page)), { pages: [page], runIn });

// A small Offer to Purchase: a summary question and a numbered section that both speak of the price.
function offer(): Root {
  return root(
    [
      heading('SUMMARY TERM SHEET', 'part', { page: 1 }),
      heading('What is the price offered?', 'question', { page: 1 }),
      para(['We are offering $17.00 per Share, net to you in cash.', 'You will not pay brokerage fees.'], 1),
      heading('9. Source and Amount of Funds.', 'section', { number: '9', page: 7 }),
      para(['Purchaser estimates it will need about $410 million.', 'Parent will fund Purchaser.'], 7),
      para(['The Offer is not conditioned on financing.', 'Shares may be delisted after the Offer.'], 7),
      para(['The Offer is not conditioned on any vote.', 'Parent has cash on hand.'], 8),
      table('Price\t$17.00 per Share', { page: 8 }),
      heading('10. Background of the Offer.', 'section', { number: '10', page: 9 }),
      para(['On May 3, the Board met.', 'The Board discussed the “Offer Price” of $17.00 per Share.'], 9),
      para(['On May 4, the parties signed the Merger Agreement.'], 9),
      para(['Lark & Co. advised Parent at $17.00 per Share.'], 9, 'ADVISERS.'),
    ],
    'html',
  );
}

describe('matching text', () => {
  it('ignores quote style and runs of white space, never letter case, and never cuts a word', () => {
    expect(findWords('The “Offer Price” of $17.00 per Share.', '"Offer  Price"')).toEqual([{ start: 4, end: 17 }]);
    expect(findWords('The Offer Price', 'offer price')).toEqual([]);
    expect(findWords('The Offeror made the Offer.', 'Offer')).toEqual([{ start: 21, end: 26 }]);
    expect(findWords('It paid $17.00 per Share.', '$17')).toEqual([]);
    expect(beginsWith('The Offer is not conditioned on financing.', 'The Offer is')).toBe(true);
    expect(beginsWith('The Offeror is Parent.', 'The Offer')).toBe(false);
    expect(readsAs('Parent will fund Purchaser.', 'Parent  will fund Purchaser')).toBe(true);
    expect(readsAs('Parent will fund Purchaser in full.', 'Parent will fund Purchaser.')).toBe(false);
  });
});

describe('resolveTarget, passages located by their words', () => {
  const tree = offer();

  it('finds the sentence beginning with quoted words under a section', () => {
    const found = resolveTarget(target({ section: '9', match: match('The Offer is not conditioned on financing') }), tree);
    expect(found).toEqual({ ok: true, target: { blocks: [5, 5], sentences: [0, 0] } });
  });

  it('calls two sentences beginning alike ambiguous, naming both, when no ordinal is given', () => {
    const found = resolveTarget(target({ heading: 'Source and Amount of Funds', match: match('The Offer is not conditioned') }), tree);
    expect(found.ok).toBe(false);
    if (found.ok) return;
    expect(found.ruleId).toBe('ambiguous-target');
    expect(found.reason).toContain('matches 2 places');
    expect(found.reason).toContain('page `7` ("The Offer is not conditioned on financing.")');
    expect(found.reason).toContain('page `8` ("The Offer is not conditioned on any vote.")');
  });

  it('lets the page narrow the place, and a later ordinal pick among the matches', () => {
    expect(resolveTarget(target({ pages: [8], match: match('The Offer is not conditioned') }), tree)).toEqual({ ok: true, target: { blocks: [6, 6], sentences: [0, 0] } });
    expect(resolveTarget(target({ section: '9', match: match('The Offer is not conditioned', 'prefix', 2) }), tree)).toEqual({ ok: true, target: { blocks: [6, 6], sentences: [0, 0] } });
  });

  it('finds the sentence quoted whole, and nothing when it reads otherwise', () => {
    expect(resolveTarget(target({ match: match('Parent will fund Purchaser.', 'exact') }), tree)).toEqual({ ok: true, target: { blocks: [4, 4], sentences: [1, 1] } });
    const missing = resolveTarget(target({ match: match('Parent will fund Purchaser in full.', 'exact') }), tree);
    expect(missing).toEqual({ ok: false, ruleId: 'unresolved-target', reason: 'Cannot find the sentence reading `Parent will fund Purchaser in full.`: no text there reads so' });
  });

  it('finds the paragraph that begins with quoted words', () => {
    expect(resolveTarget(target({ scope: 'paragraph', heading: 'Background of the Offer', match: match('On May 4') }), tree)).toEqual({ ok: true, target: { blocks: [10, 10], sentences: null } });
  });

  it('says where the rest of the locator fails before looking for the words', () => {
    const found = resolveTarget(target({ heading: 'Conditions of the Offer', match: match('The Offer') }), tree);
    expect(found).toEqual({ ok: false, ruleId: 'unresolved-target', reason: 'Cannot find the sentence beginning `The Offer` under `Conditions of the Offer`: no heading reads `Conditions of the Offer`' });
  });

  it('finds words inside a located sentence', () => {
    const found = resolveTarget(target({ scope: 'words', section: '9', paragraph: 2, sentences: [2], match: match('may be delisted', 'contains') }), tree);
    expect(found).toEqual({ ok: true, target: { blocks: [5, 5], sentences: [1, 1], words: [{ block: 5, sentence: 1, start: 7, end: 22 }] } });
  });

  it('takes every reference to words over the whole document: sentences, tables and run-in headings alike', () => {
    const found = resolveTarget(target({ scope: 'words', match: match('$17.00 per Share', 'contains', 'all') }), tree);
    expect(found.ok && found.target.words?.map((w) => [w.block, w.sentence])).toEqual([[2, 0], [7, null], [9, 1], [11, 0]]);
    expect(found.ok && found.target.blocks).toEqual([2, 11]);
  });

  it('keeps every reference within a located region, and finds none outside it', () => {
    const found = resolveTarget(target({ scope: 'words', section: '10', match: match('$17.00 per Share', 'contains', 'all') }), tree);
    expect(found.ok && found.target.words?.map((w) => [w.block, w.sentence])).toEqual([[9, 1], [11, 0]]);
    const none = resolveTarget(target({ scope: 'words', section: '10', match: match('$18.25 per Share', 'contains', 'all') }), tree);
    expect(none).toMatchObject({ ok: false, ruleId: 'unresolved-target' });
  });

  it('calls words found more than once ambiguous unless an ordinal picks one', () => {
    const found = resolveTarget(target({ scope: 'words', section: '10', match: match('$17.00 per Share', 'contains') }), tree);
    expect(found).toMatchObject({ ok: false, ruleId: 'ambiguous-target' });
    const second = resolveTarget(target({ scope: 'words', section: '10', match: match('$17.00 per Share', 'contains', 2) }), tree);
    expect(second.ok && second.target.words).toEqual([{ block: 11, sentence: 0, start: 29, end: 45 }]);
    const last = resolveTarget(target({ scope: 'words', section: '10', match: match('$17.00 per Share', 'contains', -1) }), tree);
    expect(last).toEqual(second);
  });

  it('refuses to change every sentence that begins alike: only words change wherever they occur', () => {
    expect(resolveTarget(target({ match: match('The Offer', 'prefix', 'all') }), tree)).toMatchObject({ ok: false, ruleId: 'unresolved-target' });
  });
});

describe('resolveTarget, runs and bodies', () => {
  const tree = offer();

  it('takes the second and third paragraphs under a heading as one run', () => {
    expect(resolveTarget(target({ scope: 'paragraph', section: '9', paragraphs: [2, 3] }), tree)).toEqual({ ok: true, target: { blocks: [5, 6], sentences: null } });
  });

  it('refuses a run with other blocks between, paragraphs apart, or past the end', () => {
    const across = resolveTarget(target({ scope: 'paragraph', paragraphs: [4, 5] }), tree);
    expect(across.ok).toBe(false);
    expect(!across.ok && across.reason).toContain('has other blocks between the named paragraphs');
    expect(resolveTarget(target({ scope: 'paragraph', section: '9', paragraphs: [1, 3] }), tree)).toMatchObject({ ok: false, reason: expect.stringContaining('apart, not in a run') });
    expect(resolveTarget(target({ scope: 'paragraph', section: '9', paragraphs: [3, 4] }), tree)).toMatchObject({ ok: false, reason: expect.stringContaining('has 3 paragraphs') });
  });

  it('takes the body under a heading without the heading', () => {
    expect(resolveTarget(target({ scope: 'body', heading: 'What is the price offered?' }), tree)).toEqual({ ok: true, target: { blocks: [2, 2], sentences: null } });
    expect(resolveTarget(target({ scope: 'body', section: '9' }), tree)).toEqual({ ok: true, target: { blocks: [4, 7], sentences: null } });
    expect(resolveTarget(target({ scope: 'section', section: '9' }), tree)).toEqual({ ok: true, target: { blocks: [3, 7], sentences: null } });
  });

  it('finds nothing on a roman page the tree does not number', () => {
    expect(resolveTarget(target({ scope: 'words', pages: ['i'], match: match('Parent', 'contains') }), tree)).toMatchObject({ ok: false, ruleId: 'unresolved-target' });
  });
});

describe('resolveTarget on a modern Offer to Purchase: roman pages, heading paths', () => {
  const path = 'corpus/brightwater-2021-offer-to-purchase/offer-to-purchase.html';
  const tree = buildTree(ingest(path, readFileSync(path)));
  const text = (found: ReturnType<typeof resolveTarget>): string => {
    if (!found.ok) return found.reason;
    const node = tree.children[found.target.blocks[0]];
    const [first] = found.target.sentences ?? [0];
    return node?.type === 'paragraph' ? (node.children[first]?.value ?? '') : '';
  };

  it('counts paragraphs on a page printed in roman numerals, as its label reads', () => {
    expect(text(resolveTarget(target({ pages: ['i'], paragraph: 1, sentences: [2] }), tree))).toBe('You are urged to read carefully this entire Offer to Purchase and the related Letter of Transmittal.');
    expect(text(resolveTarget(target({ pages: ['ii'], paragraph: -1, sentences: [1] }), tree))).toMatch(/^Yes, if the Offer is completed/);
  });

  it('checks a roman page a locator names, and seeks words only on it', () => {
    expect(resolveTarget(target({ pages: ['ii'], heading: 'What are the most significant conditions to the Offer?', paragraph: 1, sentences: [1] }), tree)).toMatchObject({ ok: false, ruleId: 'unresolved-target' });
    const found = resolveTarget(target({ scope: 'words', pages: ['i'], match: match('$21.50 per Share', 'contains', 'all') }), tree);
    expect(found.ok && found.target.words?.length).toBe(1);
  });

  it('finds a heading named with the part or section it stands under, and nothing under another', () => {
    const conditions = target({ heading: 'Summary Term Sheet\u2014What are the most significant conditions to the Offer?', paragraph: 1, sentences: [3] });
    expect(text(resolveTarget(conditions, tree))).toMatch(/^The Antitrust Condition requires/);
    expect(text(resolveTarget(target({ heading: 'Section 15--Litigation', paragraph: 1, sentences: [1] }), tree))).toMatch(/^As of the date of this Offer to Purchase, no lawsuit/);
    const elsewhere = resolveTarget(target({ heading: 'Introduction\u2014What are the most significant conditions to the Offer?', paragraph: 1 }), tree);
    expect(elsewhere).toMatchObject({ ok: false, ruleId: 'unresolved-target' });
    expect(resolveTarget(target({ heading: 'Section 9--Litigation', paragraph: 1 }), tree)).toMatchObject({ ok: false, ruleId: 'unresolved-target' });
  });
});
