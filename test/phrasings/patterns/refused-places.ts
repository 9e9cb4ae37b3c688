import type { Pattern } from '../frame.js';

/** Places the locator can read but not name exactly: refused, never widened. */
export const refusedPlaces: Pattern = {
  pattern: 'refused: a place that would widen',
  found: 'damaged or unusual instructions',
  cases: [
    {
      name: 'a heading in sentence case without quotes',
      filing: 'The first sentence of the paragraph under the heading Extension of the offer period in Section 14 of the Offer to Purchase is hereby deleted.',
      instructions: [],
      diagnostics: [{ ruleId: 'unparsed-instruction', says: 'Expected the heading after `under the heading`' }],
    },
    {
      name: 'two headings without quotes',
      filing: 'The subsections under the headings Canada and Israel in Section 13 of the Offer to Purchase are hereby deleted.',
      instructions: [],
      diagnostics: [{ ruleId: 'unparsed-instruction', says: 'Expected the heading after `under the headings`' }],
    },
    {
      name: '"this section" with no heading named before',
      filing: 'The last paragraph of this section of the Offer to Purchase is hereby amended and restated as follows:\n\n"Restated."',
      instructions: [],
      diagnostics: [{ ruleId: 'unparsed-instruction', says: 'Expected a heading named before `this section`' }],
    },
    {
      name: 'nested lists of headings',
      filing: 'The first paragraph under the headings "Canada" and "Israel" in the sections entitled "Tax" and "Law" of the Offer to Purchase is hereby deleted.',
      instructions: [],
      diagnostics: [{ ruleId: 'unparsed-instruction', says: 'found lists of headings nested' }],
    },
    {
      name: 'words to replace with nothing given for one pair',
      filing: 'The Offer to Purchase is hereby amended by replacing the words "ten days" and the words "five days" with "two days" in Section 4.',
      instructions: [],
      diagnostics: [{ ruleId: 'partial-instruction', says: 'Expected the words to put in place of `ten days`' }],
    },
    {
      name: 'a deletion whose object is cut off does not fall back on the Item',
      filing: 'Item 4 of the Schedule TO is hereby amended by deleting in its entirety the',
      instructions: [],
      diagnostics: [{ ruleId: 'unparsed-instruction', says: 'Expected an operation and a target' }],
    },
    {
      name: 'a replacement with no new text after it',
      filing: 'The second paragraph of Section 3 of the Offer to Purchase is hereby amended and restated in its entirety to read as follows:\n\nITEM 12.  EXHIBITS.',
      instructions: [],
      diagnostics: [{ ruleId: 'missing-text', says: 'Expected the new text' }],
    },
  ],
};
