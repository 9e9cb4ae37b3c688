import { edit, words, type Pattern } from '../frame.js';

/** "the sentence beginning "X"": a sentence located by its opening words (scope sentence, match prefix). */
export const sentenceBeginning: Pattern = {
  pattern: 'a sentence located by its opening words',
  found: 'SC 14D9/A, SC TO-T/A',
  cases: [
    {
      name: 'the sentence beginning "X", deleted',
      filing: 'The sentence beginning "Holders who wish to tender" in the Offer to Purchase is hereby deleted.',
      instructions: [edit('delete', { match: words('Holders who wish to tender', 'prefix') })],
    },
    {
      name: 'the sentence beginning with "X…" (an ellipsis), restated in a subsection',
      filing: 'Item 4 of the Schedule 14D-9 is hereby amended and supplemented by amending and restating in its entirety the sentence beginning with "Marlow calculated terminal values…" in the subsection entitled "Opinion of Marlow Partners" as follows:\n\n"Marlow calculated terminal values using a 2% growth rate."',
      heading: null,
      instructions: [edit('replace', { document: 'Schedule 14D-9', heading: 'Opinion of Marlow Partners', match: words('Marlow calculated terminal values', 'prefix') }, { text: 'Marlow calculated terminal values using a 2% growth rate.', source: { line: 3, column: 1 } })],
    },
    {
      name: 'the sentence that begins "X" in a numbered section, replaced with inline text',
      filing: 'The sentence that begins "The Depositary will" in Section 2 of the Offer to Purchase is hereby amended to read "The Depositary will act for Quill."',
      instructions: [edit('replace', { section: '2', match: words('The Depositary will', 'prefix') }, { text: 'The Depositary will act for Quill.' })],
    },
    {
      name: 'the sentence starting "X" in a paragraph under a heading',
      filing: 'The sentence starting "In addition" in the second paragraph under "Interests of Directors" in the Offer to Purchase is hereby deleted in its entirety.',
      instructions: [edit('delete', { heading: 'Interests of Directors', paragraph: 2, match: words('In addition', 'prefix') })],
    },
    {
      name: 'a sentence added after the sentence beginning "X…" (three dots)',
      filing: 'The Offer to Purchase is hereby amended by adding the following sentence after the sentence beginning "Management also reviewed..." under the heading "Certain Projections":\n\n"The review took a week."',
      instructions: [edit('insert', { heading: 'Certain Projections', match: words('Management also reviewed', 'prefix') }, { position: 'after', text: 'The review took a week.' })],
    },
    {
      name: 'the sentence which begins with "X", words replaced inside it: refused (one passage, two matches)',
      filing: 'The Offer to Purchase is hereby amended by replacing the words "ten days" with "five days" in the sentence which begins with "Payment will be made".',
      instructions: [],
      diagnostics: [{ ruleId: 'partial-instruction', says: 'Expected the words to change inside one passage' }],
    },
    {
      name: 'the sentence beginning "X" on a page, replaced with the following',
      filing: 'The sentence beginning "We will not" on page 9 of the Offer to Purchase is hereby deleted and replaced with the following:\n\n"We may accept late tenders."',
      instructions: [edit('replace', { pages: [9], match: words('We will not', 'prefix') }, { text: 'We may accept late tenders.' })],
    },
    {
      name: 'the sentence commencing "X", curly quotes',
      filing: 'The sentence commencing “Quill reserves the right” in Section 1 of the Offer to Purchase is hereby deleted.',
      instructions: [edit('delete', { section: '1', match: words('Quill reserves the right', 'prefix') })],
    },
  ],
};
