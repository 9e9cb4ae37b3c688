import { describe, expect, it } from 'vitest';
import { isCaption, isCapitals } from '../../engine/lexicon/captions.js';
import { continuesAcrossPage, isSentenceTail } from '../../engine/lexicon/page-join.js';

describe('isCaption', () => {
  it('takes a short title in capitals as a caption anywhere, a sentence in capitals nowhere', () => {
    for (const place of ['block', 'page-break', 'quoted'] as const) {
      expect(isCaption('CERTAIN CONDITIONS OF THE OFFER', place)).toBe(true);
    }
    expect(isCaption('THE BOARD OF DIRECTORS OF THE COMPANY HAS NOT MADE ANY RECOMMENDATION TO ANY HOLDER OF OPTIONS.', 'block')).toBe(false);
    expect(isCapitals('IRS')).toBe(true);
    expect(isCapitals('Ab')).toBe(false);
  });

  it('lets a filed block of up to 24 words stand as a caption, quoted new text only 14', () => {
    const words = (n: number): string => Array.from({ length: n }, (_, i) => (i === 0 ? 'Matters' : 'relating')).join(' ');
    expect(isCaption(words(20), 'block')).toBe(true);
    expect(isCaption(words(25), 'block')).toBe(false);
    expect(isCaption(words(14), 'quoted')).toBe(true);
    expect(isCaption(words(15), 'quoted')).toBe(false);
  });

  it('reads a closing quote or bracket as closing only in quoted new text', () => {
    expect(isCaption('Withdrawal of the Offer (Revised)', 'block')).toBe(true);
    expect(isCaption('Withdrawal of the Offer (Revised)', 'quoted')).toBe(false);
    expect(isCaption('The offer ends today.', 'block')).toBe(false);
  });

  it('at a page break asks for title case, small words aside, up to 16 words', () => {
    expect(isCaption('Consequences for Employees who are Tax Residents in Germany', 'page-break')).toBe(true);
    expect(isCaption('the rest of a sentence', 'page-break')).toBe(false);
  });
});

describe('continuesAcrossPage', () => {
  const prose = (text: string) => ({ text, heading: null });
  it('joins a sentence the page broke off, and never one that ended', () => {
    expect(continuesAcrossPage(prose('We will accept all options properly'), prose('tendered and not withdrawn.'))).toBe(true);
    expect(continuesAcrossPage(prose('We will accept all options properly tendered.'), prose('The offer ends soon.'))).toBe(false);
  });

  it('keeps a heading, a numbered paragraph and a deeper indent apart, but not the tail of a sentence', () => {
    expect(continuesAcrossPage(prose('issued by the'), { text: 'IRS.', heading: 'caption' })).toBe(true);
    expect(continuesAcrossPage(prose('issued by the'), { text: 'ITEM 4.', heading: 'section' })).toBe(false);
    expect(continuesAcrossPage(prose('as amended by the'), prose('2. Item 4 of the Schedule TO is amended.'))).toBe(false);
    expect(continuesAcrossPage(prose('as amended by the'), { text: 'Company will pay.', heading: null, opensAnew: true })).toBe(false);
    expect(isSentenceTail('IRS.')).toBe(true);
  });

  it('where the format cannot tell a caption, lets the words decide', () => {
    const unknown = (text: string) => ({ text, heading: 'unknown' as const });
    expect(continuesAcrossPage(unknown('Germany: Material Tax Consequences'), unknown('You will owe no tax.'))).toBe(false);
    expect(continuesAcrossPage(unknown('Germany: Material Tax'), unknown('Consequences for Employees'))).toBe(true);
  });
});
