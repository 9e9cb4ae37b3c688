import { edit, words, type Pattern } from '../frame.js';

/** `Section 9—"Source and Amount of Funds"`: a section with its title after a dash is a locator, not words. */
export const sectionDashTitle: Pattern = {
  pattern: 'a section named with its title after a dash',
  found: 'SC TO-T/A, SC TO-I/A',
  cases: [
    {
      name: 'Section 9—"Title", a sentence added at the end of its first paragraph',
      filing: 'The information set forth in Section 9—"Source and Amount of Funds" of the Offer to Purchase is hereby amended and supplemented by adding the following sentence at the end of the first paragraph:\n\n"Quill will use cash on hand."',
      instructions: [edit('insert', { section: '9', heading: 'Source and Amount of Funds', paragraph: 1, scope: 'paragraph' }, { position: 'end', text: 'Quill will use cash on hand.' })],
    },
    {
      name: 'Section 15—"Title" restated in its entirety',
      filing: 'Section 15—"Certain Legal Matters" of the Offer to Purchase is hereby amended and restated in its entirety to read as follows:\n\n"There are no legal matters."',
      instructions: [edit('replace', { section: '15', heading: 'Certain Legal Matters', scope: 'section' }, { text: 'There are no legal matters.' })],
    },
    {
      name: 'Section 15—"Title", a paragraph added after the last paragraph under a subheading',
      filing: 'Section 15—"Certain Legal Matters; Regulatory Approvals" of the Offer to Purchase is hereby amended and supplemented by adding the following new paragraph after the last paragraph under the subheading "Antitrust Compliance":\n\n"Clearance was granted."',
      instructions: [edit('insert', { section: '15', heading: 'Antitrust Compliance', paragraph: -1, scope: 'paragraph' }, { position: 'after', text: 'Clearance was granted.' })],
    },
    {
      name: 'an en dash, the second paragraph deleted',
      filing: 'The second paragraph of Section 11–"Purpose of the Offer; Plans" of the Offer to Purchase is hereby deleted.',
      instructions: [edit('delete', { section: '11', heading: 'Purpose of the Offer; Plans', paragraph: 2, scope: 'paragraph' })],
    },
    {
      name: 'a title with the section in the quotation: "The Offer—Section 9—Title"',
      filing: 'The section of the Offer to Purchase entitled "The Offer—Section 9—Source and Amount of Funds" is hereby amended and supplemented by adding the following paragraph at the end thereof:\n\n"Financing is committed."',
      instructions: [edit('insert', { section: '9', heading: 'Source and Amount of Funds', scope: 'section' }, { position: 'end', text: 'Financing is committed.' })],
    },
    {
      name: 'a quoted "Section 10. Title", the final paragraph supplemented at its end',
      filing: 'The final paragraph in the section entitled "The Tender Offer—Section 10. Background" of the Offer to Purchase is amended and supplemented by adding the following sentence at the end of such paragraph:\n\n"Talks ended in May."',
      instructions: [edit('insert', { section: '10', heading: 'Background', paragraph: -1, scope: 'paragraph' }, { position: 'end', text: 'Talks ended in May.' })],
    },
    {
      name: 'Section 9—"Title", words replaced in its third sentence',
      filing: 'Section 9—"Source and Amount of Funds" of the Offer to Purchase is hereby amended by replacing the words "$40 million" with "$48 million" in the third sentence thereof.',
      instructions: [edit('replace', { section: '9', heading: 'Source and Amount of Funds', sentences: [3], scope: 'words', match: words('$40 million') }, { text: '$48 million' })],
    },
    {
      name: 'a section with its title in parentheses, its first sentence deleted',
      filing: 'The first sentence of Section 3 ("Procedures for Tendering Shares") of the Offer to Purchase is hereby deleted.',
      instructions: [edit('delete', { section: '3', heading: 'Procedures for Tendering Shares', sentences: [1] })],
    },
    {
      name: 'a captioned path "THE TENDER OFFER—11. Title", the last paragraph thereof deleted',
      filing: 'The section of the Offer to Purchase captioned "THE TENDER OFFER—11. Purpose of the Offer; Plans for Harbor" is hereby amended by deleting the last paragraph thereof.',
      instructions: [edit('delete', { section: '11', heading: 'Purpose of the Offer; Plans for Harbor', paragraph: -1, scope: 'paragraph' })],
    },
  ],
};
