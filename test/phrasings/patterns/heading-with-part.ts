import { edit, type Pattern } from '../frame.js';

const part = 'Summary Term Sheet—What are the most significant conditions to the Offer?';

/** A heading with its part: quoted as a path, or the part named apart ("in the Summary Term Sheet under ..."). */
export const headingWithPart: Pattern = {
  pattern: 'a heading with its part',
  found: 'SC TO-T/A, SC TO-I/A',
  cases: [
    {
      name: 'quoted path, the answer restated',
      filing: `The answer under the heading "${part}" of the Offer to Purchase is hereby amended and restated in its entirety to read as follows:\n\n"Only the Minimum Condition."`,
      instructions: [edit('replace', { heading: part, scope: 'body' }, { text: 'Only the Minimum Condition.' })],
    },
    {
      name: 'quoted path, a sentence added at the end of the first paragraph',
      filing: `The first paragraph under "${part}" in the Offer to Purchase is hereby amended and supplemented by adding the following sentence at the end thereof:\n\n"Quill may waive it."`,
      instructions: [edit('insert', { heading: part, paragraph: 1, scope: 'paragraph' }, { position: 'end', text: 'Quill may waive it.' })],
    },
    {
      name: 'the part unquoted, then the question quoted',
      filing: 'The Summary Term Sheet of the Offer to Purchase is hereby amended by deleting the second paragraph under the question "What does the Board think of the Offer?".',
      instructions: [edit('delete', { heading: 'Summary Term Sheet—What does the Board think of the Offer?', paragraph: 2, scope: 'paragraph' })],
    },
    {
      name: 'a sentence of a paragraph in the Summary Term Sheet under a question',
      filing: 'The first sentence of the third paragraph in the Summary Term Sheet under the question "Who is offering to buy my Shares?" is amended and restated as follows:\n\n"Quill Acquisition Corp. is."',
      instructions: [edit('replace', { heading: 'Summary Term Sheet—Who is offering to buy my Shares?', paragraph: 3, sentences: [1] }, { text: 'Quill Acquisition Corp. is.' })],
    },
    {
      name: 'Special Factors, a subheading within it',
      filing: 'The last paragraph under the heading "Fairness of the Offer" in Special Factors of the Offer to Purchase is hereby deleted.',
      instructions: [edit('delete', { heading: 'Special Factors—Fairness of the Offer', paragraph: -1, scope: 'paragraph' })],
    },
    {
      name: 'a quoted path with three parts, kept as written',
      filing: 'The third paragraph under "Background of the Offer and Merger—Contacts—May 2021" in the Offer to Purchase is hereby deleted.',
      instructions: [edit('delete', { heading: 'Background of the Offer and Merger—Contacts—May 2021', paragraph: 3, scope: 'paragraph' })],
    },
    {
      name: 'a heading under a section title named apart: inner first in the text, outer first in the path',
      filing: 'The second paragraph under the heading "Antitrust" in the section entitled "Certain Legal Matters" of the Offer to Purchase is hereby deleted.',
      instructions: [edit('delete', { heading: 'Certain Legal Matters—Antitrust', paragraph: 2, scope: 'paragraph' })],
    },
  ],
};
