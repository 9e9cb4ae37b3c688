import { describe, expect, it } from 'vitest';
import { renderText } from '../../engine/core/document-text.js';
import { buildVersions } from '../../engine/offer/versions.js';
import type { Root } from '../../engine/types.js';
import { replaceSentence } from '../helpers/generate-offer-dir.js';
import { item4, trustOffer } from '../helpers/trust-offer.js';

const extension = 'Items 1-12, as applicable, of the Schedule TO are hereby amended by revising all appropriate dates throughout the Offer to Exchange to reflect the extension of the Offer to November 29, 2002.';
const firstOnPage31 = (text: string): string => item4(`deleting in its entirety the first sentence of the first paragraph on page 31 of the Offer to Exchange, and replacing it with the following sentence:\n\n            "${text}"`);

// Found by the damaged-instruction property: two edits of one sentence conflicted and neither was applied, but the
// extension's date change of that sentence had already given way to them, so the date was silently left as it was;
// and an instruction repeated under another Item, merged into one side of a conflict, was dropped without a word.
describe('conflicting edits', () => {
  it('leave a global date change of their span standing', () => {
    const input = trustOffer([[extension, firstOnPage31('The offer ends soon.'), firstOnPage31('The offer ends later.')]]);
    const versions = buildVersions(input);
    expect(versions[1]?.problems.map((p) => [p.line, p.ruleId])).toEqual([[23, 'conflicting-edits'], [27, 'conflicting-edits']]);
    expect(renderText(versions[1]?.documents['Offer to Exchange'] as Root).split('\n')[2]).toBe('THE OFFER EXPIRES AT 5:00 P.M., EASTERN TIME, ON NOVEMBER 29, 2002, UNLESS WE EXTEND THE OFFER.');
  });

  it('report every instruction on either side, a repeated one at each of its places', () => {
    const input = trustOffer([[replaceSentence('second', 'One thing.'), replaceSentence('second', 'Another thing.'), replaceSentence('second', 'One thing.')]]);
    const versions = buildVersions(input);
    expect([...new Set(versions[1]?.problems.map((p) => `${p.line} ${p.ruleId}`))]).toEqual(['21 conflicting-edits', '29 conflicting-edits', '25 conflicting-edits']);
    expect(renderText(versions[1]?.documents['Offer to Exchange'] as Root)).toBe(renderText(versions[0]?.documents['Offer to Exchange'] as Root));
  });
});
