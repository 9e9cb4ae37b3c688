import { edit, type Pattern } from '../frame.js';

/** "The response under "Q?" on page 3 is replaced in its entirety with the following:" — what stands under the question. */
export const responseUnderQuestion: Pattern = {
  pattern: 'the response under a question, replaced',
  found: 'SC TO-I/A, offer supplements',
  cases: [
    {
      name: 'response under a question on a page',
      filing: 'The response under "How long do I have to tender my Shares?" on page 3 of the Offer to Purchase is replaced in its entirety with the following:\n\n"You have until May 14, 2021."',
      instructions: [edit('replace', { pages: [3], heading: 'How long do I have to tender my Shares?', scope: 'body' }, { text: 'You have until May 14, 2021.' })],
    },
    {
      name: 'answer under a question, hereby amended and restated',
      filing: 'The answer under the question "Will I be taxed on the Shares I tender?" in the Offer to Purchase is hereby amended and restated in its entirety to read as follows:\n\n"Generally, yes."',
      instructions: [edit('replace', { heading: 'Will I be taxed on the Shares I tender?', scope: 'body' }, { text: 'Generally, yes.' })],
    },
    {
      name: 'information under a heading, replaced with the following',
      filing: 'The information set forth under the heading "Source and Amount of Funds" in the Offer to Purchase is hereby replaced in its entirety with the following:\n\n"Quill has the funds on hand."',
      instructions: [edit('replace', { heading: 'Source and Amount of Funds', scope: 'body' }, { text: 'Quill has the funds on hand.' })],
    },
    {
      name: 'disclosure under a caption, deleted',
      filing: 'The disclosure under the caption "Appraisal Rights" in the Offer to Purchase is hereby deleted in its entirety.',
      instructions: [edit('delete', { heading: 'Appraisal Rights', scope: 'body' })],
    },
    {
      name: 'response under a question of the Summary Term Sheet',
      filing: 'The response under "What are the conditions to the Offer?" in the Summary Term Sheet of the Offer to Purchase is hereby amended and restated as follows:\n\n"There is one condition."',
      instructions: [edit('replace', { heading: 'Summary Term Sheet—What are the conditions to the Offer?', scope: 'body' }, { text: 'There is one condition.' })],
    },
    {
      name: 'text under a heading on a roman page',
      filing: 'The text under the heading "Important" on page ii of the Offer to Purchase is hereby amended and restated in its entirety to read as follows:\n\n"Read this document."',
      instructions: [edit('replace', { pages: ['ii'], heading: 'Important', scope: 'body' }, { text: 'Read this document.' })],
    },
    {
      name: 'discussion under a subheading, replaced',
      filing: 'The discussion under the subheading "Material Tax Consequences" in the Offer to Purchase is hereby replaced with the following:\n\n"Consult your adviser."',
      instructions: [edit('replace', { heading: 'Material Tax Consequences', scope: 'body' }, { text: 'Consult your adviser.' })],
    },
    {
      name: 'the heading itself (entitled), restated: the whole section, heading and all',
      filing: 'The section entitled "Dividends" in the Offer to Purchase is hereby amended and restated in its entirety to read as follows:\n\n"No dividends will be paid."',
      instructions: [edit('replace', { heading: 'Dividends', scope: 'section' }, { text: 'No dividends will be paid.' })],
    },
  ],
};
