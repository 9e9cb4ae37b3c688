import { edit, words, type Pattern } from '../frame.js';

/** "the sentence "X."": a sentence named by all its words (match exact). */
export const sentenceExact: Pattern = {
  pattern: 'a sentence quoted whole',
  found: 'SC TO-I/A, SC 14D9/A',
  cases: [
    {
      name: 'the sentence "X." deleted',
      filing: 'The sentence "The Offer is not conditioned on financing." in Section 1 of the Offer to Purchase is hereby deleted.',
      instructions: [edit('delete', { section: '1', match: words('The Offer is not conditioned on financing.', 'exact') })],
    },
    {
      name: 'the sentence that reads "X." replaced with inline text',
      filing: 'The sentence that reads "Shares may not be withdrawn." in Section 4 of the Offer to Purchase is hereby replaced with "Shares may be withdrawn at any time."',
      instructions: [edit('replace', { section: '4', match: words('Shares may not be withdrawn.', 'exact') }, { text: 'Shares may be withdrawn at any time.' })],
    },
    {
      name: 'the sentence "X." amended to read as follows',
      filing: 'The sentence "Quill may extend the Offer." in the Offer to Purchase is hereby amended to read as follows:\n\n"Quill will extend the Offer if a condition is unmet."',
      instructions: [edit('replace', { match: words('Quill may extend the Offer.', 'exact') }, { text: 'Quill will extend the Offer if a condition is unmet.' })],
    },
    {
      name: 'a sentence added after the sentence "X."',
      filing: 'The Offer to Purchase is hereby amended by adding the following sentence immediately after the sentence "Tenders are irrevocable." in Section 4:\n\n"Except as stated below."',
      instructions: [edit('insert', { section: '4', match: words('Tenders are irrevocable.', 'exact') }, { position: 'after', text: 'Except as stated below.' })],
    },
    {
      name: 'the sentence "X." under a heading, deleted in its entirety',
      filing: 'The sentence "No appraisal rights are available." under the heading "Appraisal Rights" in the Offer to Purchase is hereby deleted in its entirety.',
      instructions: [edit('delete', { heading: 'Appraisal Rights', match: words('No appraisal rights are available.', 'exact') })],
    },
    {
      name: 'the sentence stating "X." on a page',
      filing: 'The sentence stating "Quill owns no Shares." on page 30 of the Offer to Purchase is hereby deleted.',
      instructions: [edit('delete', { pages: [30], match: words('Quill owns no Shares.', 'exact') })],
    },
  ],
};
