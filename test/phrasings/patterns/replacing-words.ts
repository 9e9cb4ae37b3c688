import { edit, words, type Pattern } from '../frame.js';

/** "by replacing the words "A" with "B"" inside a located sentence: scope words, match contains. */
export const replacingWords: Pattern = {
  pattern: 'words replaced inside a located passage',
  found: 'SC TO-T/A, SC 14D9/A, SC TO-I/A',
  cases: [
    {
      name: 'the words "A" with "B" in a sentence of a paragraph',
      filing: 'Section 11 of the Offer to Purchase is hereby amended by replacing the words "may be delisted" with "will be delisted" in the third sentence of the second paragraph.',
      instructions: [edit('replace', { section: '11', paragraph: 2, sentences: [3], scope: 'words', match: words('may be delisted') }, { text: 'will be delisted' })],
    },
    {
      name: 'a bare quotation replaced, "in the first sentence"',
      filing: 'Section 2 of the Offer to Purchase is hereby amended by replacing "$25.00" with "$27.50" in the first sentence.',
      instructions: [edit('replace', { section: '2', sentences: [1], scope: 'words', match: words('$25.00') }, { text: '$27.50' })],
    },
    {
      name: 'the words "A" before the place, "with the words "B"" after it',
      filing: 'The Offer to Purchase is amended by replacing the words "ten business days" in the second sentence of the first paragraph of Section 4 with the words "five business days".',
      instructions: [edit('replace', { section: '4', paragraph: 1, sentences: [2], scope: 'words', match: words('ten business days') }, { text: 'five business days' })],
    },
    {
      name: 'two pairs in one sentence',
      filing: 'The Offer to Purchase is hereby amended by replacing "Quill Holdings" with "Quill Parent" and "Quill Sub" with "Purchaser" in the first sentence of Section 8.',
      instructions: [
        edit('replace', { section: '8', sentences: [1], scope: 'words', match: words('Quill Holdings') }, { text: 'Quill Parent' }),
        edit('replace', { section: '8', sentences: [1], scope: 'words', match: words('Quill Sub') }, { text: 'Purchaser' }),
      ],
    },
    {
      name: 'the phrase "A" substituted by "B" in the last sentence under a heading',
      filing: 'The Offer to Purchase is hereby amended by replacing the phrase "at our discretion" with "in good faith" in the last sentence under the heading "Conditions".',
      instructions: [edit('replace', { heading: 'Conditions', sentences: [-1], scope: 'words', match: words('at our discretion') }, { text: 'in good faith' })],
    },
    {
      name: 'the second occurrence of the words "A"',
      filing: 'The second full paragraph on page 14 of the Offer to Purchase is hereby amended by replacing the second occurrence of the words "the Purchaser" with "Parent".',
      instructions: [edit('replace', { pages: [14], paragraph: '2-full', scope: 'words', match: words('the Purchaser', 'contains', 2) }, { text: 'Parent' })],
    },
    {
      name: 'deleting the words "A" and inserting "B" in lieu thereof',
      filing: 'The Offer to Purchase is hereby amended by deleting the words "and reasonable" and inserting "and customary" in lieu thereof in the second sentence of Section 14.',
      instructions: [edit('replace', { section: '14', sentences: [2], scope: 'words', match: words('and reasonable') }, { text: 'and customary' })],
    },
    {
      name: 'the word "A" in the sentence beginning — refused, two matches for one passage',
      filing: 'The Offer to Purchase is hereby amended by replacing the word "shall" with "will" in the sentence beginning "Quill shall".',
      instructions: [],
      diagnostics: [{ ruleId: 'partial-instruction', says: 'Expected the words to change inside one passage' }],
    },
    {
      name: 'the figure "A" with "B" in a paragraph under a question',
      filing: 'The first paragraph under "How many Shares will Quill buy?" in the Offer to Purchase is hereby amended by replacing the figure "4,250,000" with "5,100,000".',
      instructions: [edit('replace', { heading: 'How many Shares will Quill buy?', paragraph: 1, scope: 'words', match: words('4,250,000') }, { text: '5,100,000' })],
    },
    {
      name: 'substituting "B" for nothing: the new words missing are refused',
      filing: 'The Offer to Purchase is hereby amended by replacing "A" with "B" and "C" in the first sentence of Section 2.',
      instructions: [],
      diagnostics: [{ ruleId: 'partial-instruction', says: '`"C"` left over' }],
    },
  ],
};
