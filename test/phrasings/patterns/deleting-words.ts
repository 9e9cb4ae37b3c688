import { edit, words, type Pattern } from '../frame.js';

/** "deleting the words "A"": op delete, scope words, text null. */
export const deletingWords: Pattern = {
  pattern: 'words deleted inside a located passage',
  found: 'SC TO-T/A, SC 14D9/A',
  cases: [
    {
      name: 'the words "A" in the last sentence of a paragraph',
      filing: 'The Offer to Purchase is hereby amended by deleting the words "and reasonable" in the last sentence of the fourth paragraph of Section 14.',
      instructions: [edit('delete', { section: '14', paragraph: 4, sentences: [-1], scope: 'words', match: words('and reasonable') })],
    },
    {
      name: 'the clause "A" from the last sentence',
      filing: 'The Offer to Purchase is hereby amended by deleting the clause "and the Offer will be extended" from the last sentence of the first paragraph of Section 1.',
      instructions: [edit('delete', { section: '1', paragraph: 1, sentences: [-1], scope: 'words', match: words('and the Offer will be extended') })],
    },
    {
      name: 'striking the phrase "A"',
      filing: 'Section 6 of the Offer to Purchase is hereby amended by striking the phrase ", in its sole discretion," from the second sentence.',
      instructions: [edit('delete', { section: '6', sentences: [2], scope: 'words', match: words(', in its sole discretion,') })],
    },
    {
      name: 'deleting a bare quotation from a paragraph under a heading',
      filing: 'The second paragraph under "Extension of the Offer" in the Offer to Purchase is hereby amended by deleting "or terminate".',
      instructions: [edit('delete', { heading: 'Extension of the Offer', paragraph: 2, scope: 'words', match: words('or terminate') })],
    },
    {
      name: 'removing the words "A" wherever they appear',
      filing: 'The Offer to Purchase is hereby amended by removing the words "subject to the Financing Condition" wherever they appear.',
      instructions: [edit('delete', { scope: 'words', match: words('subject to the Financing Condition', 'contains', 'all') })],
    },
    {
      name: 'the proviso "A" from a sentence located by its opening words is refused (two matches)',
      filing: 'The Offer to Purchase is hereby amended by deleting the proviso "provided that no Shares are withdrawn" from the sentence beginning "Quill will".',
      instructions: [],
      diagnostics: [{ ruleId: 'partial-instruction', says: 'Expected the words to change inside one passage' }],
    },
    {
      name: 'the third occurrence of the word "A"',
      filing: 'The Offer to Purchase is hereby amended by deleting the third occurrence of the word "promptly" in Section 5.',
      instructions: [edit('delete', { section: '5', scope: 'words', match: words('promptly', 'contains', 3) })],
    },
    {
      name: 'the words "A" on a page',
      filing: 'The Offer to Purchase is hereby amended by deleting the words "if any" from the second sentence of the first paragraph on page 6.',
      instructions: [edit('delete', { pages: [6], paragraph: 1, sentences: [2], scope: 'words', match: words('if any') })],
    },
  ],
};
