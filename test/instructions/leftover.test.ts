import { describe, expect, it } from 'vitest';
import { leftoverReason, nearMiss } from '../../engine/instructions/leftover.js';
import { scanLocator } from '../../engine/instructions/locator/scan.js';
import { instructionSentences } from '../../engine/instructions/sentences.js';
import { tokenize } from '../../engine/instructions/tokens.js';

describe('words left over', () => {
  it.each([
    ['sentance', 'sentence'],
    ['paragarph', 'paragraph'],
    ['secnod', 'second'],
    ['pargraphs', 'paragraphs'],
    ['mentions', null],
    ['odd', null],
    ['sentence', null],
  ])('%s is a near miss of %s', (word, known) => {
    expect(nearMiss(word)).toBe(known);
  });

  it('names each run of words no rule read, with a suggestion for a near miss', () => {
    const tokens = tokenize('deleting the last sentance of the paragraph that mentions odd lots in Section 2');
    const { leftover } = scanLocator(tokens);
    expect(leftoverReason(tokens, leftover)).toBe(
      'Expected every word of the instruction to be read, found `last sentance`, `mentions odd lots` left over (did you mean `sentence` for `sentance`?); nothing is applied',
    );
  });

  it('reads every word of a well-formed locator', () => {
    const { leftover } = scanLocator(tokenize('The second sentence of the third paragraph under the heading "X" in Section 4 of the Offer to Purchase is hereby deleted in its entirety.'));
    expect(leftover).toEqual([]);
  });

  it('reports a long run of damaged words by its start, in bounded time', () => {
    const tokens = tokenize(`deleting ${'qzx '.repeat(20000)}Section 2`);
    const { leftover } = scanLocator(tokens);
    expect(leftover).toHaveLength(20000);
    expect(leftoverReason(tokens, leftover)).toMatch(/^Expected every word of the instruction to be read, found `qzx qzx/);
  });
});

describe('instruction sentences', () => {
  it('come from the shared splitter, cut after a colon before new text, labels and bullets taken off', () => {
    const split = (text: string) => instructionSentences(text).map((s) => [s.start, s.text]);
    expect(split('Item 8. "Additional Information" of the Schedule 14D-9 is hereby amended as follows: The Offer ended.')).toEqual([
      [0, 'Item 8. "Additional Information" of the Schedule 14D-9 is hereby amended as follows:'],
      [85, 'The Offer ended.'],
    ]);
    expect(split('1. Section 9 is hereby deleted. Section 10 is hereby amended by replacing "Inc. and Co." with "Corp."')).toEqual([
      [3, 'Section 9 is hereby deleted.'],
      [32, 'Section 10 is hereby amended by replacing "Inc. and Co." with "Corp."'],
    ]);
    expect(split('•  By adding the following: "X."')).toEqual([
      [3, 'By adding the following:'],
      [28, '"X."'],
    ]);
    expect(split('The Offer expires at 5:00 p.m. on May 14.')).toEqual([[0, 'The Offer expires at 5:00 p.m. on May 14.']]);
  });
});
