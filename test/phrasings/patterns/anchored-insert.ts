import { edit, type Pattern } from '../frame.js';

/** New text added at a place: after, before, at the end of, as the new last paragraph. */
export const anchoredInsert: Pattern = {
  pattern: 'new text added at a place',
  found: 'SC TO-T/A, SC 14D9/A, SC TO-I/A',
  cases: [
    {
      name: 'a paragraph after the third paragraph under a heading',
      filing: 'The Offer to Purchase is hereby amended and supplemented by adding the following paragraph after the third paragraph under "Background of the Offer":\n\n"Quill called on April 2."',
      instructions: [edit('insert', { heading: 'Background of the Offer', paragraph: 3, scope: 'paragraph' }, { position: 'after', text: 'Quill called on April 2.' })],
    },
    {
      name: 'a sentence to the end of the seventh paragraph under "Introduction", the subject naming the same heading',
      heading: null,
      filing: 'The information set forth in the Offer to Purchase under "Introduction" and Items 1 through 9 and Item 11 of this Schedule TO, to the extent such Items incorporate by reference such information in the Offer to Purchase, is hereby amended and supplemented by adding the following sentence to the end of the seventh paragraph under "Introduction" of the Offer to Purchase:\n\n"The Offer will not close before June 1."',
      instructions: [edit('insert', { item: '1-9, 11', heading: 'Introduction', paragraph: 7, scope: 'paragraph' }, { position: 'end', text: 'The Offer will not close before June 1.', source: { line: 3, column: 1 } })],
    },
    {
      name: 'a paragraph added as the new last paragraph under a heading',
      filing: 'The disclosure under the heading "Litigation" in the Offer to Purchase is hereby amended and supplemented by adding the following paragraph as the new last paragraph:\n\n"A third suit was filed."',
      instructions: [edit('insert', { heading: 'Litigation', scope: 'section' }, { position: 'end', text: 'A third suit was filed.' })],
    },
    {
      name: 'a sentence inserted immediately after the second sentence of a paragraph on a page',
      filing: 'The paragraph under the heading "Withdrawal Rights" on page 12 of the Offer to Purchase is hereby amended by adding the following sentence immediately after the second sentence thereof:\n\n"Late withdrawals are void."',
      instructions: [edit('insert', { pages: [12], heading: 'Withdrawal Rights', sentences: [2] }, { position: 'after', text: 'Late withdrawals are void.' })],
    },
    {
      name: 'a paragraph before the first paragraph of a section',
      filing: 'Section 11 of the Offer to Purchase is hereby amended by inserting the following paragraph immediately prior to the first paragraph thereof:\n\n"This section describes Quill\'s plans."',
      instructions: [edit('insert', { section: '11', paragraph: 1, scope: 'paragraph' }, { position: 'before', text: "This section describes Quill's plans." })],
    },
    {
      name: 'a sentence as the last sentence of a paragraph',
      filing: 'The Offer to Purchase is hereby amended by adding the following sentence as the last sentence of the second paragraph of Section 1:\n\n"Fractions are rounded down."',
      instructions: [edit('insert', { section: '1', paragraph: 2, scope: 'paragraph' }, { position: 'end', text: 'Fractions are rounded down.' })],
    },
    {
      name: 'a new subsection at the end of a section',
      filing: 'Section 15 of the Offer to Purchase is hereby amended and supplemented by adding the following new subsection at the end thereof:\n\n"Foreign Investment Review. None is required."',
      instructions: [edit('insert', { section: '15', scope: 'section' }, { position: 'end', text: 'Foreign Investment Review. None is required.' })],
    },
    {
      name: 'a paragraph after the paragraph under a heading of the 14D-9, the subsection named with its part',
      heading: null,
      filing: 'Item 4 of the Schedule 14D-9 is hereby amended and supplemented by inserting the following paragraph after the fifth paragraph in the subsection entitled "Background of the Offer and Merger—Contacts":\n\n"The Board met on May 2."',
      instructions: [edit('insert', { document: 'Schedule 14D-9', heading: 'Background of the Offer and Merger—Contacts', paragraph: 5, scope: 'paragraph' }, { position: 'after', text: 'The Board met on May 2.', source: { line: 3, column: 1 } })],
    },
    {
      name: 'a paragraph after the final paragraph of "such section", the heading named in the same sentence',
      filing: 'The disclosure in the Offer to Purchase under the heading "Certain Legal Matters" is hereby amended and supplemented by adding the following new paragraph immediately following the final paragraph of such section:\n\n"A consent decree was entered."',
      instructions: [edit('insert', { heading: 'Certain Legal Matters', paragraph: -1, scope: 'paragraph' }, { position: 'after', text: 'A consent decree was entered.' })],
    },
  ],
};
