import { edit, type Pattern } from '../frame.js';

/** What stands under a heading restated, the heading kept: scope body. */
export const restateBody: Pattern = {
  pattern: 'a subsection under a heading restated (heading kept)',
  found: 'SC 14D9/A, SC TO-T/A',
  cases: [
    {
      name: 'the subsection under the heading',
      filing: 'The subsection under the heading "Interests of Directors" in the Offer to Purchase is hereby amended and restated in its entirety to read as follows:\n\n"No director holds Shares."',
      instructions: [edit('replace', { heading: 'Interests of Directors', scope: 'body' }, { text: 'No director holds Shares.' })],
    },
    {
      name: 'the information set forth under a heading of the 14D-9',
      heading: null,
      filing: 'The information set forth under the heading "Litigation" in Item 8 of the Schedule 14D-9 is hereby amended and restated in its entirety as follows:\n\n"Two suits were dismissed."',
      instructions: [edit('replace', { document: 'Schedule 14D-9', item: '8', heading: 'Litigation', scope: 'body' }, { text: 'Two suits were dismissed.', source: { line: 3, column: 1 } })],
    },
    {
      name: 'the disclosure under a subheading, replaced in its entirety',
      filing: 'The disclosure under the subheading "Regulatory Approvals" of the Offer to Purchase is hereby replaced in its entirety with the following:\n\n"No approval is needed."',
      instructions: [edit('replace', { heading: 'Regulatory Approvals', scope: 'body' }, { text: 'No approval is needed.' })],
    },
    {
      name: 'the text under a heading within a section',
      filing: 'The text under the heading "Going Private" in Section 12 of the Offer to Purchase is hereby amended and restated as follows:\n\n"Rule 13e-3 does not apply."',
      instructions: [edit('replace', { section: '12', heading: 'Going Private', scope: 'body' }, { text: 'Rule 13e-3 does not apply.' })],
    },
    {
      name: 'the language under a caption, deleted',
      filing: 'The language under the caption "Forward-Looking Statements" in the Offer to Purchase is hereby deleted in its entirety.',
      instructions: [edit('delete', { heading: 'Forward-Looking Statements', scope: 'body' })],
    },
    {
      name: 'the information contained under a question, replaced',
      filing: 'The information contained under "Is there a financing condition?" in the Offer to Purchase is hereby replaced with the following:\n\n"No."',
      instructions: [edit('replace', { heading: 'Is there a financing condition?', scope: 'body' }, { text: 'No.' })],
    },
    {
      name: 'the subsection entitled — the section itself, heading and all',
      filing: 'The subsection entitled "Appraisal Rights" in the Offer to Purchase is hereby amended and restated in its entirety to read as follows:\n\n"No appraisal rights apply."',
      instructions: [edit('replace', { heading: 'Appraisal Rights', scope: 'section' }, { text: 'No appraisal rights apply.' })],
    },
    {
      name: 'the responses under a question on a page',
      filing: 'The responses under "What happens if I do not tender?" on page 4 of the Offer to Purchase are hereby amended and restated in their entirety as follows:\n\n"Your Shares will be converted."',
      instructions: [edit('replace', { pages: [4], heading: 'What happens if I do not tender?', scope: 'body' }, { text: 'Your Shares will be converted.' })],
    },
  ],
};
