import { edit, words, type Pattern } from '../frame.js';

/** "the paragraph that begins "X"": a paragraph located by its opening words (scope paragraph, match prefix). */
export const paragraphBegins: Pattern = {
  pattern: 'a paragraph located by its opening words',
  found: 'SC TO-T/A, SC 14D9/A',
  cases: [
    {
      name: 'the paragraph that begins "X", restated',
      filing: 'The paragraph that begins "As of the date hereof" in Section 10 of the Offer to Purchase is hereby amended and restated in its entirety as follows:\n\n"As of today, Quill owns no Shares."',
      instructions: [edit('replace', { section: '10', scope: 'paragraph', match: words('As of the date hereof', 'prefix') }, { text: 'As of today, Quill owns no Shares.' })],
    },
    {
      name: 'the paragraph beginning "X", deleted in its entirety',
      filing: 'Section 1 of the Offer to Exchange is hereby amended by deleting the paragraph beginning "If you hold options" in its entirety.',
      document: 'Offer to Exchange',
      instructions: [edit('delete', { document: 'Offer to Exchange', section: '1', scope: 'paragraph', match: words('If you hold options', 'prefix') })],
    },
    {
      name: 'a paragraph added after the paragraph that begins "X"',
      filing: 'Section 9 of the Offer to Purchase is hereby amended by adding the following paragraph after the paragraph that begins "Purchaser estimates":\n\n"The estimate includes fees."',
      instructions: [edit('insert', { section: '9', scope: 'paragraph', match: words('Purchaser estimates', 'prefix') }, { position: 'after', text: 'The estimate includes fees.' })],
    },
    {
      name: 'a sentence added at the end of the paragraph beginning "X"',
      filing: 'The Offer to Purchase is hereby amended and supplemented by adding the following sentence at the end of the paragraph beginning "On April 2, 2021" under "Background of the Offer":\n\n"The parties met again."',
      instructions: [edit('insert', { heading: 'Background of the Offer', scope: 'paragraph', match: words('On April 2, 2021', 'prefix') }, { position: 'end', text: 'The parties met again.' })],
    },
    {
      name: 'the last sentence of the paragraph that starts with "X"',
      filing: 'The last sentence of the paragraph that starts with "Following the Offer" in the Offer to Purchase is hereby deleted.',
      instructions: [edit('delete', { sentences: [-1], match: words('Following the Offer', 'prefix') })],
    },
    {
      name: 'the paragraph which begins "X" under a question, restated',
      filing: 'The paragraph which begins "If you are a record holder" under "How do I tender my Shares?" in the Offer to Purchase is hereby amended and restated to read as follows:\n\n"Record holders must sign the Letter."',
      instructions: [edit('replace', { heading: 'How do I tender my Shares?', scope: 'paragraph', match: words('If you are a record holder', 'prefix') }, { text: 'Record holders must sign the Letter.' })],
    },
    {
      name: 'a paragraph added before the paragraph beginning "X"',
      filing: 'The Offer to Purchase is hereby amended by inserting the following paragraph immediately before the paragraph beginning "Quill has not authorized":\n\n"No broker is paid."',
      instructions: [edit('insert', { scope: 'paragraph', match: words('Quill has not authorized', 'prefix') }, { position: 'before', text: 'No broker is paid.' })],
    },
    {
      name: 'the paragraph containing "X", deleted',
      filing: 'The paragraph containing "odd lot" in Section 1 of the Offer to Purchase is hereby deleted.',
      instructions: [edit('delete', { section: '1', scope: 'paragraph', match: words('odd lot') })],
    },
  ],
};
