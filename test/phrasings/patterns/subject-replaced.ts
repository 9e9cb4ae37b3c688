import { edit, type Pattern } from '../frame.js';

const two = 'Harbor and Quill first met in May. They spoke twice more in June.';

/** The passage as subject: "The third sentence ... is hereby deleted and replaced with the following two sentences:". */
export const subjectReplaced: Pattern = {
  pattern: 'the passage as subject, deleted and replaced',
  found: 'SC TO-T/A, SC 14D9/A',
  cases: [
    {
      name: 'third sentence in the first paragraph under a heading, two sentences',
      filing: `The third sentence in the first paragraph under the heading "Background of the Offer" in the Offer to Purchase is hereby deleted and replaced with the following two sentences:\n\n"${two}"`,
      instructions: [edit('replace', { heading: 'Background of the Offer', paragraph: 1, sentences: [3] }, { text: two })],
    },
    {
      name: 'last sentence of the second paragraph of a section, replaced by the following',
      filing: 'The last sentence of the second paragraph of Section 7 of the Offer to Purchase is hereby deleted and replaced by the following:\n\n"Quill will pay all transfer taxes."',
      instructions: [edit('replace', { section: '7', paragraph: 2, sentences: [-1] }, { text: 'Quill will pay all transfer taxes.' })],
    },
    {
      name: 'paragraph on a page, deleted in its entirety and replaced',
      filing: 'The fourth paragraph on page 12 of the Offer to Purchase is hereby deleted in its entirety and replaced with the following paragraph:\n\n"Tenders are final once accepted."',
      instructions: [edit('replace', { pages: [12], paragraph: 4, scope: 'paragraph' }, { text: 'Tenders are final once accepted.' })],
    },
    {
      name: 'no "hereby": is deleted and replaced with the following',
      filing: 'The first sentence of the paragraph under "Fees and Expenses" is deleted and replaced with the following:\n\n"Quill pays the depositary."',
      instructions: [edit('replace', { heading: 'Fees and Expenses', sentences: [1] }, { text: 'Quill pays the depositary.' })],
    },
    {
      name: 'second and third sentences, replaced with one',
      filing: 'The second and third sentences of the first paragraph of Section 12 of the Offer to Purchase are hereby deleted and replaced with the following sentence:\n\n"The Offer is not subject to a financing condition."',
      instructions: [edit('replace', { section: '12', paragraph: 1, sentences: [2, 3] }, { text: 'The Offer is not subject to a financing condition.' })],
    },
    {
      name: 'penultimate paragraph under a heading in a section, amended and restated',
      filing: 'The penultimate paragraph under the heading "Antitrust Matters" in Section 15 of the Offer to Purchase is hereby amended and restated in its entirety as follows:\n\n"The waiting period has expired."',
      instructions: [edit('replace', { section: '15', heading: 'Antitrust Matters', paragraph: -2, scope: 'paragraph' }, { text: 'The waiting period has expired.' })],
    },
    {
      name: 'subject replaced "in its entirety" with the following',
      filing: 'The second paragraph of Section 1 of the Offer to Purchase is replaced in its entirety with the following:\n\n"Holders may tender any number of Shares."',
      instructions: [edit('replace', { section: '1', paragraph: 2, scope: 'paragraph' }, { text: 'Holders may tender any number of Shares.' })],
    },
    {
      name: 'sentence of the third bullet point, replaced',
      filing: 'The first sentence of the third bullet point under "Conditions of the Offer" in the Offer to Purchase is hereby deleted and replaced with the following:\n\n"No injunction shall be in effect."',
      instructions: [edit('replace', { heading: 'Conditions of the Offer', paragraph: 3, sentences: [1] }, { text: 'No injunction shall be in effect.' })],
    },
    {
      name: 'the object replaced "with the following", the 14D-9',
      heading: null,
      filing: 'Item 4 of the Schedule 14D-9 is hereby amended and supplemented by replacing the first paragraph under the heading "Reasons for the Recommendation" with the following:\n\n"The Board weighed four factors."',
      instructions: [edit('replace', { document: 'Schedule 14D-9', heading: 'Reasons for the Recommendation', paragraph: 1, scope: 'paragraph' }, { text: 'The Board weighed four factors.', source: { line: 3, column: 1 } })],
    },
  ],
};
