import { edit, type Pattern } from '../frame.js';

/** The documents modern filings amend, and a supplement's own name for its base. */
export const documents: Pattern = {
  pattern: 'documents named',
  found: 'SC 14D9/A, SC TO-I/A, DEFM14A supplements, offer supplements',
  cases: [
    {
      name: 'the Schedule 14D-9, Item 3',
      heading: null,
      filing: 'Item 3 of the Schedule 14D-9 is hereby amended by deleting the last paragraph under the heading "Director Compensation".',
      instructions: [edit('delete', { document: 'Schedule 14D-9', item: '3', heading: 'Director Compensation', paragraph: -1, scope: 'paragraph' }, { source: { line: 3, column: 1 } })],
    },
    {
      name: 'the Offer to Exchange',
      document: 'Offer to Exchange',
      filing: 'The second sentence of Section 5 of the Offer to Exchange is hereby deleted.',
      instructions: [edit('delete', { document: 'Offer to Exchange', section: '5', sentences: [2] })],
    },
    {
      name: 'the Proxy Statement',
      document: 'Proxy Statement',
      heading: null,
      filing: 'The Proxy Statement is hereby amended by deleting the second paragraph under "Vote Required".',
      instructions: [edit('delete', { document: 'Proxy Statement', item: null, heading: 'Vote Required', paragraph: 2, scope: 'paragraph' }, { source: { line: 3, column: 1 } })],
    },
    {
      name: 'the Information Statement',
      document: 'Information Statement',
      heading: null,
      filing: 'The first sentence under the heading "Dissenters\' Rights" in the Information Statement is hereby amended to read as follows:\n\n"Holders have no dissenters\' rights."',
      instructions: [edit('replace', { document: 'Information Statement', item: null, heading: "Dissenters' Rights", sentences: [1] }, { text: "Holders have no dissenters' rights.", source: { line: 3, column: 1 } })],
    },
    {
      name: 'the Original Offer to Purchase is the base',
      heading: null,
      filing: 'The Original Offer to Purchase is hereby amended by deleting the last sentence of the second paragraph of Section 3.',
      instructions: [edit('delete', { item: null, section: '3', paragraph: 2, sentences: [-1] }, { source: { line: 3, column: 1 } })],
    },
    {
      name: 'the Original Offer to Exchange',
      document: 'Offer to Exchange',
      heading: null,
      filing: 'Section 8 of the Original Offer to Exchange is hereby amended and restated in its entirety as follows:\n\n"New options vest monthly."',
      instructions: [edit('replace', { document: 'Offer to Exchange', item: null, section: '8', scope: 'section' }, { text: 'New options vest monthly.', source: { line: 3, column: 1 } })],
    },
    {
      name: '"the Offer" means the offer document the filing names',
      filing: 'The third paragraph of Section 2 of the Offer is hereby deleted.',
      instructions: [edit('delete', { section: '2', paragraph: 3, scope: 'paragraph' })],
    },
    {
      name: 'this Schedule TO, an Item supplemented',
      heading: null,
      filing: 'Item 11 of this Schedule TO is hereby amended and supplemented by adding the following:\n\n"The Offer was completed."',
      instructions: [edit('insert', { document: 'Schedule TO', item: '11', scope: 'item' }, { position: 'end', text: 'The Offer was completed.', source: { line: 3, column: 1 } })],
    },
    {
      name: 'Schedule 14D-9 written with a space in the hyphen, Item 4 supplemented',
      heading: null,
      filing: 'Item 4 of the Schedule 14D - 9 is hereby amended and supplemented by adding the following paragraph at the end thereof:\n\n"The Board still recommends the Offer."',
      instructions: [edit('insert', { document: 'Schedule 14D-9', scope: 'item' }, { position: 'end', text: 'The Board still recommends the Offer.', source: { line: 3, column: 1 } })],
    },
    {
      name: 'the Offer to Purchase named inside the Items it is incorporated in',
      heading: null,
      filing: 'The Offer to Purchase and Items 1, 4 and 11 of the Schedule TO, to the extent such Items incorporate by reference the information contained in the Offer to Purchase, are hereby amended by deleting the last paragraph of Section 13 of the Offer to Purchase.',
      instructions: [edit('delete', { item: '1, 4, 11', section: '13', paragraph: -1, scope: 'paragraph' }, { source: { line: 3, column: 1 } })],
    },
    {
      name: 'the Offer to Purchase with its exhibit number in parentheses',
      filing: 'The Offer to Purchase (Exhibit (a)(1)(A) to the Schedule TO) is hereby amended by deleting the second paragraph of Section 4.',
      instructions: [edit('delete', { section: '4', paragraph: 2, scope: 'paragraph' })],
    },
  ],
};
