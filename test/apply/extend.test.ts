import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../engine/apply/edits.js';
import { findExpiration, planExtension, replaceDate } from '../../engine/apply/extend.js';
import { heading, root } from '../../engine/core/nodes.js';
import { blockText } from '../../engine/core/nodes.js';
import type { Origin } from '../../engine/types.js';
import { miniOffer, para } from '../helpers/mini-offer.js';

const origin: Origin = { amendment: 2, sources: [{ file: 'amendment-2.txt', item: null, line: 90, column: 1 }], global: false };

const offer = () =>
  root(
    [
      heading('THE OFFER EXPIRES AT 5 P.M., EASTERN TIME, ON NOVEMBER 14, 2002.', 'part', { page: 1 }),
      para(['The offer expires on Thursday, November 14, 2002.', 'It began on October 16, 2002.'], [3]),
      para(['Elections are due by the expiration date, 11/14/2002, and cannot change after November 14, 2002, unless we extend the offer.'], [4]),
      para(['The offer was previously scheduled to expire on November 14, 2002.', 'The Board met on November 14, 2002.'], [5]),
    ],
    'text',
  );

describe('findExpiration', () => {
  it('reads the date after "Eastern Time, on" or "expires ... on"', () => {
    expect(findExpiration(offer())).toBe('2002-11-14');
    expect(findExpiration(miniOffer())).toBe('2002-11-14');
    expect(findExpiration(root([para(['It began on October 16, 2002.'], [1])], 'text'))).toBeNull();
  });
});

describe('replaceDate', () => {
  it('keeps each written form', () => {
    expect(replaceDate('THE OFFER EXPIRES AT 5 P.M., EASTERN TIME, ON NOVEMBER 14, 2002', '2002-11-14', '2002-11-22')).toBe('THE OFFER EXPIRES AT 5 P.M., EASTERN TIME, ON NOVEMBER 22, 2002');
    expect(replaceDate('The offer expires on 11/14/02, unless extended.', '2002-11-14', '2002-11-22')).toBe('The offer expires on 11/22/02, unless extended.');
    expect(replaceDate('The offer expires on Thursday, November 14, 2002.', '2002-11-14', '2002-11-22')).toBe('The offer expires on Friday, November 22, 2002.');
    expect(replaceDate('October 16, 2002', '2002-11-14', '2002-11-22')).toBeNull();
  });

  it('rewrites the date only where it stands as the expiration, not where a sentence tells history', () => {
    expect(replaceDate('The Board met on November 14, 2002.', '2002-11-14', '2002-11-22')).toBeNull();
    expect(replaceDate('The offer had previously been scheduled to expire at 5 p.m., Eastern Time, on November 14, 2002.', '2002-11-14', '2002-11-22')).toBeNull();
    expect(replaceDate('The Offer, which was scheduled to expire on November 14, 2002, now expires at 5 p.m., Eastern Time, on November 14, 2002.', '2002-11-14', '2002-11-22')).toBeNull();
    expect(replaceDate('If your options are accepted on November 14, 2002, the scheduled expiration date, you keep them.', '2002-11-14', '2002-11-22')).toBe(
      'If your options are accepted on November 22, 2002, the scheduled expiration date, you keep them.',
    );
  });
});

describe('planExtension', () => {
  it('rewrites every sentence and heading stating the old date as the expiration, marked global; history keeps it', () => {
    const tree = offer();
    const planned = planExtension(tree, '2002-11-14', '2002-11-22', origin);
    expect(planned.map((p) => [p.target.blocks[0], p.target.sentences])).toEqual([[0, null], [1, [0, 0]], [2, [0, 0]]]);
    const result = applyEdits(tree, planned, 'Offer to Exchange');
    expect(result.tree.children.map(blockText)).toEqual([
      'THE OFFER EXPIRES AT 5 P.M., EASTERN TIME, ON NOVEMBER 22, 2002.',
      'The offer expires on Friday, November 22, 2002. It began on October 16, 2002.',
      'Elections are due by the expiration date, 11/22/2002, and cannot change after November 22, 2002, unless we extend the offer.',
      'The offer was previously scheduled to expire on November 14, 2002. The Board met on November 14, 2002.',
    ]);
    expect(result.edits.map((e) => [e.kind, e.origin.global])).toEqual([['replace', true], ['replace', true], ['replace', true]]);
    expect(planExtension(tree, '2002-11-14', '2002-11-14', origin)).toEqual([]);
  });

  it('gives way to a specific edit of the same sentence, and keeps both with a clause', () => {
    const tree = offer();
    const specific = { op: 'insert' as const, target: { blocks: [1, 1] as [number, number], sentences: [0, 0] as [number, number] }, position: 'end' as const, scope: 'clause' as const, text: ', unless extended.', origin: { ...origin, sources: [{ ...origin.sources[0]!, line: 120 }] } };
    const result = applyEdits(tree, [...planExtension(tree, '2002-11-14', '2002-11-22', origin), specific], 'Offer to Exchange');
    expect(blockText(result.tree.children[1]!)).toBe('The offer expires on Friday, November 22, 2002, unless extended. It began on October 16, 2002.');
    expect(result.conflicts).toEqual([]);
  });
});
