import { edit, type Pattern } from '../frame.js';

/** A section restated in its entirety. */
export const restateSection: Pattern = {
  pattern: 'a section restated',
  found: 'SC TO-I/A, SC TO-T/A',
  cases: [
    {
      name: 'Section 12, amended and restated to read as follows',
      filing: 'Section 12 of the Offer to Purchase is hereby amended and restated in its entirety to read as follows:\n\n"Quill has no plans for Harbor."',
      instructions: [edit('replace', { section: '12', scope: 'section' }, { text: 'Quill has no plans for Harbor.' })],
    },
    {
      name: 'Section 7 entitled "Title", restated',
      filing: 'Section 7 entitled "Price Range of Shares" of the Offer to Purchase is hereby amended and restated in its entirety as follows:\n\n"Shares trade on Nasdaq."',
      instructions: [edit('replace', { section: '7', heading: 'Price Range of Shares', scope: 'section' }, { text: 'Shares trade on Nasdaq.' })],
    },
    {
      name: 'the section captioned "X", restated',
      filing: 'The section of the Offer to Purchase captioned "Certain Information Concerning Quill" is hereby amended and restated in its entirety as follows:\n\n"Quill is a Delaware company."',
      instructions: [edit('replace', { heading: 'Certain Information Concerning Quill', scope: 'section' }, { text: 'Quill is a Delaware company.' })],
    },
    {
      name: 'Section 16 deleted in its entirety',
      filing: 'Section 16 of the Offer to Purchase is hereby deleted in its entirety.',
      instructions: [edit('delete', { section: '16', scope: 'section' })],
    },
    {
      name: 'Sections 3 and 4, each deleted',
      filing: 'Sections 3 and 4 of the Offer to Purchase are hereby deleted in their entirety.',
      instructions: [edit('delete', { section: '3', scope: 'section' }), edit('delete', { section: '4', scope: 'section' })],
    },
    {
      name: 'an Item restated in its entirety',
      heading: null,
      filing: 'Item 10 of the Schedule TO is hereby amended and restated in its entirety to read as follows:\n\n"Not applicable."',
      instructions: [edit('replace', { document: 'Schedule TO', item: '10', scope: 'item' }, { text: 'Not applicable.', source: { line: 3, column: 1 } })],
    },
    {
      name: 'deleting a section in its entirety and replacing it with the following',
      filing: 'The Offer to Purchase is hereby amended by deleting Section 16 in its entirety and replacing it with the following:\n\n"Quill pays all fees."',
      instructions: [edit('replace', { section: '16', scope: 'section' }, { text: 'Quill pays all fees.' })],
    },
  ],
};
