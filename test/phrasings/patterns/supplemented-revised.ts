import { edit, type Pattern } from '../frame.js';

/** "amended and supplemented as follows:" over a paragraph or sentence, then the whole revised passage. */
export const supplementedRevised: Pattern = {
  pattern: 'a passage "amended and supplemented as follows", then the whole revised passage',
  found: 'SC 14D9/A, DEFM14A supplements',
  cases: [
    {
      name: 'the third paragraph of a section',
      filing: 'The third paragraph of Section 5 of the Offer to Purchase is hereby amended and supplemented as follows:\n\n"The whole paragraph, now with a new clause."',
      instructions: [edit('replace', { section: '5', paragraph: 3, scope: 'paragraph' }, { text: 'The whole paragraph, now with a new clause.' })],
    },
    {
      name: 'the last paragraph under a heading of the 14D-9',
      heading: null,
      filing: 'The last paragraph under the heading "Opinion of Marlow Partners" in Item 4 of the Schedule 14D-9 is hereby amended and supplemented as follows:\n\n"Marlow was paid $4 million, of which $1 million on signing."',
      instructions: [edit('replace', { document: 'Schedule 14D-9', heading: 'Opinion of Marlow Partners', paragraph: -1, scope: 'paragraph' }, { text: 'Marlow was paid $4 million, of which $1 million on signing.', source: { line: 3, column: 1 } })],
    },
    {
      name: 'the second sentence of a paragraph',
      filing: 'The second sentence of the first paragraph under "Withdrawal Rights" in the Offer to Purchase is amended and supplemented as follows:\n\n"Withdrawals may be made until the Expiration Date and after June 30."',
      instructions: [edit('replace', { heading: 'Withdrawal Rights', paragraph: 1, sentences: [2] }, { text: 'Withdrawals may be made until the Expiration Date and after June 30.' })],
    },
    {
      name: 'a section supplemented as follows adds at its end',
      filing: 'Section 10 of the Offer to Purchase is hereby amended and supplemented as follows:\n\n"On May 1, Quill raised its offer."',
      instructions: [edit('insert', { section: '10', scope: 'section' }, { position: 'end', text: 'On May 1, Quill raised its offer.' })],
    },
    {
      name: 'a paragraph supplemented by adding a sentence stays an addition',
      filing: 'The second paragraph of Section 9 of the Offer to Purchase is hereby amended and supplemented by adding the following sentence:\n\n"Quill has a commitment letter."',
      instructions: [edit('insert', { section: '9', paragraph: 2, scope: 'paragraph' }, { position: 'end', text: 'Quill has a commitment letter.' })],
    },
    {
      name: 'the paragraph beginning "X" supplemented as follows',
      filing: 'The paragraph beginning "Marlow reviewed" under "Opinion of Financial Advisor" in the Offer to Purchase is hereby amended and supplemented as follows:\n\n"Marlow reviewed the projections and the peer multiples."',
      instructions: [edit('replace', { heading: 'Opinion of Financial Advisor', scope: 'paragraph', match: { text: 'Marlow reviewed', mode: 'prefix', occurrence: 1 } }, { text: 'Marlow reviewed the projections and the peer multiples.' })],
    },
  ],
};
