import { edit, words, type Pattern } from '../frame.js';

const lead = 'Items 1 through 9 and Item 11 of the Schedule TO are hereby amended and supplemented as follows:';
const items = '1-9, 11';

/** A lead-in, then items that open "By adding ...", "By replacing ...": the lead-in is their subject. */
export const leadInGerund: Pattern = {
  pattern: 'two-level lead-in, "By adding ..." items',
  found: 'SC TO-T/A, SC 14D9/A',
  cases: [
    {
      name: 'By adding a paragraph after a paragraph under a heading',
      filing: `${lead}\n\n1. By adding the following paragraph after the third paragraph under "Background of the Offer" in the Offer to Purchase:\n\n"Quill called Harbor on April 2."`,
      instructions: [edit('insert', { item: items, heading: 'Background of the Offer', paragraph: 3, scope: 'paragraph' }, { position: 'after', text: 'Quill called Harbor on April 2.', source: { line: 7, column: 1 } })],
    },
    {
      name: 'By replacing words in a sentence',
      filing: `${lead}\n\n2. By replacing the words "may be delisted" with "will be delisted" in the second sentence of Section 11 of the Offer to Purchase.`,
      instructions: [edit('replace', { item: items, section: '11', sentences: [2], scope: 'words', match: words('may be delisted') }, { text: 'will be delisted', source: { line: 7, column: 1 } })],
    },
    {
      name: 'a bullet: By deleting a sentence',
      filing: `${lead}\n\n•  By deleting the last sentence of the first paragraph of Section 4 of the Offer to Purchase.`,
      instructions: [edit('delete', { item: items, section: '4', paragraph: 1, sentences: [-1] }, { source: { line: 7, column: 1 } })],
    },
    {
      name: 'By amending and restating a paragraph',
      filing: `${lead}\n\n(a) By amending and restating in its entirety the second paragraph of Section 13 of the Offer to Purchase as follows:\n\n"Quill may waive any condition."`,
      instructions: [edit('replace', { item: items, section: '13', paragraph: 2, scope: 'paragraph' }, { text: 'Quill may waive any condition.', source: { line: 7, column: 1 } })],
    },
    {
      name: 'By inserting a sentence at the end of a paragraph under a heading',
      filing: 'Item 4 of the Schedule 14D-9 is hereby amended and supplemented as follows:\n\n1. By inserting the following sentence at the end of the fourth paragraph under the heading "Reasons for the Recommendation":\n\n"The Board weighed the premium."',
      heading: null,
      instructions: [edit('insert', { document: 'Schedule 14D-9', heading: 'Reasons for the Recommendation', paragraph: 4, scope: 'paragraph' }, { position: 'end', text: 'The Board weighed the premium.', source: { line: 5, column: 1 } })],
    },
    {
      name: 'two items, then the next Item heading ends the lead-in',
      filing: `${lead}\n\n1. By deleting the second paragraph of Section 10 of the Offer to Purchase.\n\n2. By deleting the third paragraph of Section 10 of the Offer to Purchase.\n\nITEM 12.  EXHIBITS.`,
      instructions: [
        edit('delete', { item: items, section: '10', paragraph: 2, scope: 'paragraph' }, { source: { line: 7, column: 1 } }),
        edit('delete', { item: items, section: '10', paragraph: 3, scope: 'paragraph' }, { source: { line: 9, column: 1 } }),
      ],
    },
  ],
};
