import { edit, type Pattern } from '../frame.js';

const two = 'Quill first approached Harbor in March.\n\nThe parties signed in April.';

/** A run of paragraphs replaced: one instruction, its text given once, `paragraphs` listing the run. */
export const runs: Pattern = {
  pattern: 'a run of paragraphs',
  found: 'SC TO-T/A, SC 14D9/A',
  cases: [
    {
      name: 'the second and third paragraphs under a heading, restated',
      filing: `The second and third paragraphs under "Background of the Offer" in the Offer to Purchase are hereby amended and restated in their entirety as follows:\n\n"Quill first approached Harbor in March.\n\n"The parties signed in April."`,
      instructions: [edit('replace', { heading: 'Background of the Offer', paragraphs: [2, 3], scope: 'paragraph' }, { text: two })],
    },
    {
      name: 'the first through third paragraphs of a section, replaced',
      filing: 'The first through third paragraphs of Section 10 of the Offer to Purchase are hereby deleted and replaced with the following:\n\n"Talks began in 2020."',
      instructions: [edit('replace', { section: '10', paragraphs: [1, 2, 3], scope: 'paragraph' }, { text: 'Talks began in 2020.' })],
    },
    {
      name: 'the last two paragraphs, replaced with one',
      filing: 'The last two paragraphs of Section 15 of the Offer to Purchase are hereby replaced with the following paragraph:\n\n"All approvals were obtained."',
      instructions: [edit('replace', { section: '15', paragraphs: [-2, -1], scope: 'paragraph' }, { text: 'All approvals were obtained.' })],
    },
    {
      name: 'the fourth and fifth paragraphs on a page, amended to read',
      filing: 'The fourth and fifth paragraphs on page 22 of the Offer to Purchase are hereby amended to read as follows:\n\n"Both paragraphs now say this."',
      instructions: [edit('replace', { pages: [22], paragraphs: [4, 5], scope: 'paragraph' }, { text: 'Both paragraphs now say this.' })],
    },
    {
      name: 'a run deleted: one deletion per paragraph, each checked alone',
      filing: 'Item 4 of the Schedule TO is amended by deleting the second and third paragraphs of Section 5 of the Offer to Purchase.',
      instructions: [
        edit('delete', { section: '5', paragraph: 2, scope: 'paragraph' }),
        edit('delete', { section: '5', paragraph: 3, scope: 'paragraph' }),
      ],
    },
    {
      name: 'the first three paragraphs under a question, restated',
      filing: 'The first three paragraphs under the question "What is the Offer?" in the Offer to Purchase are hereby amended and restated as follows:\n\n"Quill offers cash for all Shares."',
      instructions: [edit('replace', { heading: 'What is the Offer?', paragraphs: [1, 2, 3], scope: 'paragraph' }, { text: 'Quill offers cash for all Shares.' })],
    },
    {
      name: 'the second, third and fourth bullet points, replaced',
      filing: 'The second, third and fourth bullet points under "Conditions of the Offer" in the Offer to Purchase are hereby replaced in their entirety with the following:\n\n"No order prohibits the Offer."',
      instructions: [edit('replace', { heading: 'Conditions of the Offer', paragraphs: [2, 3, 4], scope: 'paragraph' }, { text: 'No order prohibits the Offer.' })],
    },
    {
      name: 'a sentence added after a run: after each paragraph of it, one instruction each',
      filing: 'Section 3 of the Offer to Purchase is hereby amended by adding the following sentence at the end of the first and second paragraphs:\n\n"See Section 4."',
      instructions: [
        edit('insert', { section: '3', paragraph: 1, scope: 'paragraph' }, { position: 'end', text: 'See Section 4.' }),
        edit('insert', { section: '3', paragraph: 2, scope: 'paragraph' }, { position: 'end', text: 'See Section 4.' }),
      ],
    },
  ],
};
