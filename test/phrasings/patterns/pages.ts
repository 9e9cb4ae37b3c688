import { edit, type Pattern } from '../frame.js';

/** Pages as modern filings print them: "(beginning on page 58)", roman pages of the front matter. */
export const pages: Pattern = {
  pattern: 'pages: a parenthesised page and roman pages',
  found: 'SC TO-T/A, SC TO-I/A, offer supplements',
  cases: [
    {
      name: 'a heading "(beginning on page 58)"',
      filing: 'The second paragraph under the heading "Certain Effects of the Offer" (beginning on page 58) of the Offer to Purchase is hereby deleted.',
      instructions: [edit('delete', { pages: [58], heading: 'Certain Effects of the Offer', paragraph: 2, scope: 'paragraph' })],
    },
    {
      name: '"(on page 7)" after a section',
      filing: 'The first sentence of Section 4 (on page 7) of the Offer to Purchase is hereby deleted.',
      instructions: [edit('delete', { pages: [7], section: '4', sentences: [1] })],
    },
    {
      name: '"(page 21)" after a heading',
      filing: 'The last paragraph under "Dividends" (page 21) of the Offer to Purchase is hereby amended and restated in its entirety as follows:\n\n"No dividend is planned."',
      instructions: [edit('replace', { pages: [21], heading: 'Dividends', paragraph: -1, scope: 'paragraph' }, { text: 'No dividend is planned.' })],
    },
    {
      name: 'page i, the first paragraph restated',
      filing: 'The first paragraph on page i of the Offer to Purchase is hereby amended and restated in its entirety to read as follows:\n\n"Read the whole Offer."',
      instructions: [edit('replace', { pages: ['i'], paragraph: 1, scope: 'paragraph' }, { text: 'Read the whole Offer.' })],
    },
    {
      name: 'page iii, a sentence deleted',
      filing: 'The third sentence of the second paragraph on page iii of the Offer to Purchase is hereby deleted.',
      instructions: [edit('delete', { pages: ['iii'], paragraph: 2, sentences: [3] })],
    },
    {
      name: 'opening "On page ii," the last paragraph',
      filing: 'On page ii of the Offer to Purchase, the last paragraph is hereby deleted in its entirety.',
      instructions: [edit('delete', { pages: ['ii'], paragraph: -1, scope: 'paragraph' })],
    },
    {
      name: 'pages 14 and 15, a paragraph running across',
      filing: 'The paragraph beginning on page 14 and continuing on page 15 of the Offer to Purchase is hereby deleted.',
      instructions: [edit('delete', { pages: [14, 15], scope: 'paragraph' })],
    },
    {
      name: 'a page number and a heading, a sentence added after the second sentence',
      filing: 'The paragraph under the heading "Withdrawal Rights" on page 12 of the Offer to Purchase is hereby amended by adding the following sentence immediately after the second sentence thereof:\n\n"Withdrawals are final."',
      instructions: [edit('insert', { pages: [12], heading: 'Withdrawal Rights', sentences: [2] }, { position: 'after', text: 'Withdrawals are final.' })],
    },
    {
      name: 'the place first: "Under the heading X on page 12, the second paragraph ..."',
      filing: 'Under the heading "Source and Amount of Funds" on page 12 of the Offer to Purchase, the second paragraph is hereby amended and restated as follows:\n\n"Quill has the cash."',
      instructions: [edit('replace', { pages: [12], heading: 'Source and Amount of Funds', paragraph: 2, scope: 'paragraph' }, { text: 'Quill has the cash.' })],
    },
  ],
};
