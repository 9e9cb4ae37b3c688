import { edit, words, type Pattern } from '../frame.js';

/** "the reference to "A"", "each reference to", "all references to ... are amended to read": words, one or all. */
export const references: Pattern = {
  pattern: 'references replaced: one, or each and all',
  found: 'SC TO-T/A, SC TO-I/A, offer supplements',
  cases: [
    {
      name: 'the reference to "A" replaced with "B" in a section',
      filing: 'Section 1 of the Offer to Purchase is hereby amended by replacing the reference to "4,250,000" with "5,100,000".',
      instructions: [edit('replace', { section: '1', scope: 'words', match: words('4,250,000') }, { text: '5,100,000' })],
    },
    {
      name: 'the reference to "A" is hereby changed to "B"',
      filing: 'The reference to "$10.00" in Section 1 of the Offer to Purchase is hereby changed to "$11.00".',
      instructions: [edit('replace', { section: '1', scope: 'words', match: words('$10.00') }, { text: '$11.00' })],
    },
    {
      name: 'all references to "A" are amended to read "B"',
      filing: 'All references to "$17.00 per Share" in the Offer to Purchase are amended to read "$18.25 per Share".',
      instructions: [edit('replace', { scope: 'words', match: words('$17.00 per Share', 'contains', 'all') }, { text: '$18.25 per Share' })],
    },
    {
      name: 'each reference to "A" is hereby replaced with "B"',
      filing: 'Each reference to "Maple Holdings" in the Offer to Purchase is hereby replaced with "Maple Holdings LLC".',
      instructions: [edit('replace', { scope: 'words', match: words('Maple Holdings', 'contains', 'all') }, { text: 'Maple Holdings LLC' })],
    },
    {
      name: 'replacing all references to "A" with "B"',
      filing: 'The Offer to Purchase is hereby amended by replacing all references to "Acme Corp." with "Acme Inc.".',
      instructions: [edit('replace', { scope: 'words', match: words('Acme Corp.', 'contains', 'all') }, { text: 'Acme Inc.' })],
    },
    {
      name: 'each instance of "A" in two documents, one instruction each',
      filing: 'The Offer to Purchase and the Letter of Transmittal are hereby amended by replacing each instance of "Birch Trust" with "Birch Trust Company".',
      instructions: [
        edit('replace', { scope: 'words', match: words('Birch Trust', 'contains', 'all') }, { text: 'Birch Trust Company' }),
        edit('replace', { document: 'Letter of Transmittal', scope: 'words', match: words('Birch Trust', 'contains', 'all') }, { text: 'Birch Trust Company' }),
      ],
    },
    {
      name: 'the Schedule TO, a quotation replaced wherever it appears',
      filing: 'The Schedule TO is hereby amended and supplemented by replacing "up to 4,250,000 Shares" with "up to 5,100,000 Shares" wherever it appears.',
      instructions: [edit('replace', { document: 'Schedule TO', scope: 'words', match: words('up to 4,250,000 Shares', 'contains', 'all') }, { text: 'up to 5,100,000 Shares' })],
    },
    {
      name: 'all references in a located section only',
      filing: 'All references to "the Buyer" in Section 12 of the Offer to Purchase are hereby amended to refer to "Quill".',
      instructions: [edit('replace', { section: '12', scope: 'words', match: words('the Buyer', 'contains', 'all') }, { text: 'Quill' })],
    },
    {
      name: 'the second reference to "A"',
      filing: 'The second reference to "June 30" in the first paragraph of Section 13 of the Offer to Purchase is hereby deleted.',
      instructions: [edit('delete', { section: '13', paragraph: 1, scope: 'words', match: words('June 30', 'contains', 2) })],
    },
  ],
};
