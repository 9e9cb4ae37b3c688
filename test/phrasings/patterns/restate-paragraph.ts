import { edit, type Pattern } from '../frame.js';

/** A paragraph "amended and restated in its entirety to read as follows:". */
export const restateParagraph: Pattern = {
  pattern: 'a paragraph restated',
  found: 'SC TO-T/A, SC TO-I/A, SC 14D9/A',
  cases: [
    {
      name: 'the third paragraph of a section',
      filing: 'The third paragraph of Section 14 of the Offer to Purchase is hereby amended and restated in its entirety to read as follows:\n\n"Quill may terminate the Offer."',
      instructions: [edit('replace', { section: '14', paragraph: 3, scope: 'paragraph' }, { text: 'Quill may terminate the Offer.' })],
    },
    {
      name: 'the first full paragraph on a page',
      filing: 'The first full paragraph on page 17 of the Offer to Purchase is hereby amended and restated in its entirety as follows:\n\n"Holders should read the Letter."',
      instructions: [edit('replace', { pages: [17], paragraph: 'first-full', scope: 'paragraph' }, { text: 'Holders should read the Letter.' })],
    },
    {
      name: 'the last paragraph under a heading in a section',
      filing: 'The last paragraph under the heading "Background" in Section 10 of the Offer to Purchase is hereby amended and restated in its entirety as follows:\n\n"Talks ended in May."',
      instructions: [edit('replace', { section: '10', heading: 'Background', paragraph: -1, scope: 'paragraph' }, { text: 'Talks ended in May.' })],
    },
    {
      name: 'amending and restating the second paragraph, as the object',
      filing: 'Item 4 of the Schedule TO is hereby amended by amending and restating the second paragraph of Section 1 of the Offer to Purchase in its entirety as follows:\n\n"Quill accepts all Shares."',
      instructions: [edit('replace', { section: '1', paragraph: 2, scope: 'paragraph' }, { text: 'Quill accepts all Shares.' })],
    },
    {
      name: 'restated to read, quoted on the same line',
      filing: 'The fifth paragraph of Section 2 of the Offer to Purchase is hereby restated to read: "Payment is made by wire."',
      instructions: [edit('replace', { section: '2', paragraph: 5, scope: 'paragraph' }, { text: 'Payment is made by wire.' })],
    },
    {
      name: 'the paragraph under a question, restated (the heading governs one paragraph)',
      filing: 'The second paragraph under "Can the Offer be extended?" in the Offer to Purchase is hereby amended and restated in its entirety to read as follows:\n\n"Yes, by Quill alone."',
      instructions: [edit('replace', { heading: 'Can the Offer be extended?', paragraph: 2, scope: 'paragraph' }, { text: 'Yes, by Quill alone.' })],
    },
    {
      name: 'the 2nd paragraph, numeric ordinal, restated as follows',
      filing: 'The 2nd paragraph of Section 8 of the Offer to Purchase is hereby amended and restated as follows:\n\n"Harbor has 40 million Shares."',
      instructions: [edit('replace', { section: '8', paragraph: 2, scope: 'paragraph' }, { text: 'Harbor has 40 million Shares.' })],
    },
    {
      name: 'a paragraph numbered (b), restated',
      filing: 'Paragraph (b) of Section 14 of the Offer to Purchase is hereby amended and restated in its entirety to read as follows:\n\n"(b) no stop order is in effect;"',
      instructions: [edit('replace', { section: '14', paragraph: '(b)', scope: 'paragraph' }, { text: '(b) no stop order is in effect;' })],
    },
  ],
};
