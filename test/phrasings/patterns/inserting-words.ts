import { edit, words, type Pattern } from '../frame.js';

/** Words inserted before or after words: insert, scope words, match the anchor words. */
export const insertingWords: Pattern = {
  pattern: 'words inserted next to words',
  found: 'SC TO-T/A, SC 14D9/A',
  cases: [
    {
      name: 'inserting the words "A" after the words "B" in a sentence',
      filing: 'The Offer to Purchase is hereby amended by inserting the words ", subject to applicable law," after the words "will pay" in the first sentence of Section 4.',
      instructions: [edit('insert', { section: '4', sentences: [1], scope: 'words', match: words('will pay') }, { position: 'after', text: ', subject to applicable law,' })],
    },
    {
      name: 'adding "A" immediately before "B"',
      filing: 'The second sentence of Section 6 of the Offer to Purchase is hereby amended by adding "promptly" immediately before "return".',
      instructions: [edit('insert', { section: '6', sentences: [2], scope: 'words', match: words('return') }, { position: 'before', text: 'promptly' })],
    },
    {
      name: 'inserting "A" after the word "B" in a paragraph under a heading',
      filing: 'The first paragraph under "Withdrawal Rights" in the Offer to Purchase is hereby amended by inserting "validly" after the word "Shares".',
      instructions: [edit('insert', { heading: 'Withdrawal Rights', paragraph: 1, scope: 'words', match: words('Shares') }, { position: 'after', text: 'validly' })],
    },
    {
      name: 'adding words at the end of a sentence: a clause joined to it',
      filing: 'The last sentence of Section 2 of the Offer to Purchase is hereby amended by adding the following clause at the end thereof:\n\n", unless Quill waives it"',
      instructions: [edit('insert', { section: '2', sentences: [-1], scope: 'clause' }, { position: 'end', text: ', unless Quill waives it' })],
    },
    {
      name: 'inserting the phrase "A" after the second occurrence of "B"',
      filing: 'The Offer to Purchase is hereby amended by inserting the phrase "or its designee" after the second occurrence of "Quill" in the third sentence of Section 9.',
      instructions: [edit('insert', { section: '9', sentences: [3], scope: 'words', match: words('Quill', 'contains', 2) }, { position: 'after', text: 'or its designee' })],
    },
    {
      name: 'inserting "A" before the words "B" in each place they appear',
      filing: 'The Offer to Purchase is hereby amended by inserting "New York City time," before the words "on May 14, 2021" wherever they appear.',
      instructions: [edit('insert', { scope: 'words', match: words('on May 14, 2021', 'contains', 'all') }, { position: 'before', text: 'New York City time,' })],
    },
  ],
};
