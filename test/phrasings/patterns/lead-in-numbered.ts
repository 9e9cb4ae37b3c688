import { edit, type Pattern } from '../frame.js';

const lead = 'Items 1 through 9 and Item 11 of the Schedule TO are hereby amended and supplemented as follows:';

/** A two-level lead-in: the Items named first, then numbered or bulleted instructions, each one read. */
export const leadInNumbered: Pattern = {
  pattern: 'two-level lead-in, numbered instructions',
  found: 'SC TO-T/A',
  cases: [
    {
      name: 'Items 1 through 9 and Item 11, then a numbered deletion',
      filing: `${lead}\n\n1. The second paragraph of Section 9 of the Offer to Purchase is hereby deleted in its entirety.`,
      instructions: [edit('delete', { section: '9', paragraph: 2, scope: 'paragraph' }, { source: { line: 7, column: 1 } })],
    },
    {
      name: 'two numbered instructions, a replacement and an addition',
      filing: `${lead}\n\n1. The last sentence of Section 2 of the Offer to Purchase is hereby amended and restated to read as follows:\n\n"Quill will accept all Shares."\n\n2. Section 16 of the Offer to Purchase is hereby amended and supplemented by adding the following paragraph at the end thereof:\n\n"Fees are paid by Quill."`,
      instructions: [
        edit('replace', { section: '2', sentences: [-1] }, { text: 'Quill will accept all Shares.', source: { line: 7, column: 1 } }),
        edit('insert', { section: '16', scope: 'section' }, { position: 'end', text: 'Fees are paid by Quill.', source: { line: 11, column: 1 } }),
      ],
    },
    {
      name: 'a bulleted instruction under the lead-in',
      filing: `${lead}\n\n•  The first sentence of the paragraph under "Extension of the Offer" in the Offer to Purchase is hereby deleted.`,
      instructions: [edit('delete', { heading: 'Extension of the Offer', sentences: [1] }, { source: { line: 7, column: 1 } })],
    },
    {
      name: 'lettered instructions (a) and (b)',
      filing: `The Offer to Purchase and Items 1, 4 and 11 of the Schedule TO are hereby amended as follows:\n\n(a) The third paragraph of Section 14 of the Offer to Purchase is hereby deleted.\n\n(b) The fourth paragraph of Section 14 of the Offer to Purchase is hereby deleted.`,
      instructions: [
        edit('delete', { section: '14', paragraph: 3, scope: 'paragraph' }, { source: { line: 7, column: 1 } }),
        edit('delete', { section: '14', paragraph: 4, scope: 'paragraph' }, { source: { line: 9, column: 1 } }),
      ],
    },
    {
      name: 'lead-in naming the Offer to Exchange, numbered item with new text',
      document: 'Offer to Exchange',
      filing: 'Items 1, 4 and 10 of the Schedule TO are hereby amended and supplemented as follows:\n\n1. The second sentence of the first paragraph of Section 6 of the Offer to Exchange is hereby amended to read as follows:\n\n"Elections may be changed until the deadline."',
      instructions: [edit('replace', { document: 'Offer to Exchange', section: '6', paragraph: 1, sentences: [2] }, { text: 'Elections may be changed until the deadline.', source: { line: 7, column: 1 } })],
    },
    {
      name: 'the lead-in before Item headings is passed over',
      filing: 'The Schedule TO is hereby amended and supplemented as follows:\n\nITEM 11.  ADDITIONAL INFORMATION.\n\nItem 11 of the Schedule TO is hereby amended and supplemented by adding the following paragraph:\n\n"The Offer expired on May 14, 2021."',
      instructions: [edit('insert', { document: 'Schedule TO', item: '11', scope: 'item' }, { position: 'end', text: 'The Offer expired on May 14, 2021.', source: { line: 9, column: 1 } })],
    },
  ],
};
