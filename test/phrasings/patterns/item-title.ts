import { edit, words, type Pattern } from '../frame.js';

/** `Item 8. "Additional Information" of the Schedule 14D-9`: the Item's title names the Item, not a heading in it. */
export const itemTitle: Pattern = {
  pattern: 'an Item named with its title',
  found: 'SC 14D9/A, SC TO-T/A',
  cases: [
    {
      name: 'Item 8. "Additional Information" of the Schedule 14D-9, supplemented by adding',
      heading: null,
      filing: 'Item 8. "Additional Information" of the Schedule 14D-9 is hereby amended and supplemented by adding the following paragraph at the end thereof:\n\n"The Offer expired at midnight."',
      instructions: [edit('insert', { document: 'Schedule 14D-9', item: '8', scope: 'item' }, { position: 'end', text: 'The Offer expired at midnight.', source: { line: 3, column: 1 } })],
    },
    {
      name: 'Item 4 with a dashed title, a sentence added after a sentence located by its words',
      heading: null,
      filing: 'Item 4—"The Solicitation or Recommendation" of the Schedule 14D-9 is hereby amended and supplemented by adding the following sentence after the sentence beginning "On April 9, the Board" in the subsection entitled "Background of the Offer":\n\n"The Board met again on April 10."',
      instructions: [
        edit('insert', { document: 'Schedule 14D-9', heading: 'Background of the Offer', match: words('On April 9, the Board', 'prefix') }, { position: 'after', text: 'The Board met again on April 10.', source: { line: 3, column: 1 } }),
      ],
    },
    {
      name: 'Item 3 entitled "Past Contacts", a sentence added at the end of a subsection',
      heading: null,
      filing: 'Item 3 entitled "Past Contacts, Transactions, Negotiations and Agreements" of the Schedule 14D-9 is hereby amended and supplemented by inserting the following sentence at the end of the subsection entitled "Arrangements with Executive Officers":\n\n"No officer has agreed to stay."',
      instructions: [
        edit('insert', { document: 'Schedule 14D-9', item: '3', heading: 'Arrangements with Executive Officers', scope: 'section' }, { position: 'end', text: 'No officer has agreed to stay.', source: { line: 3, column: 1 } }),
      ],
    },
    {
      name: 'Item 11. "Additional Information" of the Schedule TO',
      heading: null,
      filing: 'Item 11. "Additional Information" of the Schedule TO is hereby amended and supplemented by adding the following:\n\n"The Offer was completed."',
      instructions: [edit('insert', { document: 'Schedule TO', item: '11', scope: 'item' }, { position: 'end', text: 'The Offer was completed.', source: { line: 3, column: 1 } })],
    },
    {
      name: 'Item 8 title, then a paragraph under a heading deleted',
      heading: null,
      filing: 'Item 8. "Additional Information" of the Schedule 14D-9 is hereby amended by deleting the second paragraph under the heading "Litigation".',
      instructions: [edit('delete', { document: 'Schedule 14D-9', item: '8', heading: 'Litigation', paragraph: 2, scope: 'paragraph' }, { source: { line: 3, column: 1 } })],
    },
    {
      name: 'Item 4 title and a sentence restated by its opening words',
      heading: null,
      filing: 'Item 4. "The Solicitation or Recommendation" of the Schedule 14D-9 is hereby amended and supplemented by amending and restating in its entirety the sentence beginning with "The Projections were shared…" in the subsection entitled "Certain Projections" as follows:\n\n"The Projections were approved in March."',
      instructions: [
        edit('replace', { document: 'Schedule 14D-9', heading: 'Certain Projections', match: words('The Projections were shared', 'prefix') }, { text: 'The Projections were approved in March.', source: { line: 3, column: 1 } }),
      ],
    },
    {
      name: 'Item 3 title, words replaced in a located sentence',
      heading: null,
      filing: 'Item 3. "Past Contacts" of the Schedule 14D-9 is hereby amended by replacing the words "three directors" with "four directors" in the first sentence under the heading "Board Interests".',
      instructions: [
        edit('replace', { document: 'Schedule 14D-9', item: '3', heading: 'Board Interests', sentences: [1], scope: 'words', match: words('three directors') }, { text: 'four directors', source: { line: 3, column: 1 } }),
      ],
    },
  ],
};
