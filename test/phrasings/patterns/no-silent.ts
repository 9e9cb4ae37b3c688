import { edit, words, type Pattern } from '../frame.js';

/** Amending verb phrases other than "hereby amended": each yields an instruction (or a diagnostic), never silence. */
export const noSilent: Pattern = {
  pattern: 'amending verbs besides "hereby amended"',
  found: 'SC TO-I/A, offer supplements',
  cases: [
    {
      name: 'the following sentence is hereby added after ...',
      filing: 'The following sentence is hereby added after the first sentence in Section 2 of the Offer to Purchase:\n\n"Tenders may be made by fax."',
      instructions: [edit('insert', { section: '2', sentences: [1] }, { position: 'after', text: 'Tenders may be made by fax.' })],
    },
    {
      name: 'the following paragraph is hereby inserted at the end of ...',
      filing: 'The following paragraph is hereby inserted at the end of Section 13 of the Offer to Purchase:\n\n"Quill will not waive the Minimum Condition."',
      instructions: [edit('insert', { section: '13', scope: 'section' }, { position: 'end', text: 'Quill will not waive the Minimum Condition.' })],
    },
    {
      name: '... shall be deleted',
      filing: 'The last sentence of the third paragraph of Section 6 of the Offer to Purchase shall be deleted.',
      instructions: [edit('delete', { section: '6', paragraph: 3, sentences: [-1] })],
    },
    {
      name: '... is replaced with inline text',
      filing: 'The second sentence of Section 4 of the Offer to Purchase is replaced with "Withdrawal rights end at the Expiration Date."',
      instructions: [edit('replace', { section: '4', sentences: [2] }, { text: 'Withdrawal rights end at the Expiration Date.' })],
    },
    {
      name: '... is amended to read inline text',
      filing: 'The first sentence of the second paragraph of Section 1 of the Offer to Purchase is amended to read "Quill will buy all Shares."',
      instructions: [edit('replace', { section: '1', paragraph: 2, sentences: [1] }, { text: 'Quill will buy all Shares.' })],
    },
    {
      name: '... is hereby changed to',
      filing: 'The reference to "June 1" in the first sentence of Section 9 of the Offer to Purchase is hereby changed to "June 15".',
      instructions: [edit('replace', { section: '9', sentences: [1], scope: 'words', match: words('June 1') }, { text: 'June 15' })],
    },
    {
      name: '... has been revised as set forth below',
      document: 'Offer to Exchange',
      filing: 'The third paragraph of Section 3 of the Offer to Exchange has been revised as set forth below:\n\n"Quill decides all questions of validity."',
      instructions: [edit('replace', { document: 'Offer to Exchange', section: '3', paragraph: 3, scope: 'paragraph' }, { text: 'Quill decides all questions of validity.' })],
    },
    {
      name: '... is hereby restated as follows',
      filing: 'The second paragraph of Section 7 of the Offer to Purchase is hereby restated as follows:\n\n"Shares trade under HRBR."',
      instructions: [edit('replace', { section: '7', paragraph: 2, scope: 'paragraph' }, { text: 'Shares trade under HRBR.' })],
    },
    {
      name: 'a hereby sentence naming no place is reported',
      filing: 'The Offer is hereby amended as described herein.',
      instructions: [],
      diagnostics: [{ ruleId: 'unparsed-instruction', says: 'Expected an operation and a target' }],
    },
  ],
};
