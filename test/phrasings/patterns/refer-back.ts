import { edit, type Pattern } from '../frame.js';

/** "this section", "such subheading": the heading named just before, by a heading in the filing or an instruction. */
export const referBack: Pattern = {
  pattern: '"this section", "such subheading": the heading named before',
  found: 'offer supplements, SC TO-I/A',
  cases: [
    {
      name: 'a heading in the supplement, then "this section"',
      heading: null,
      filing: 'Summary Term Sheet\n\nThe first paragraph of this section on page 2 of the Offer to Purchase is hereby restated as follows:\n\n"Quill offers $18.25 per Share."',
      instructions: [edit('replace', { item: null, pages: [2], heading: 'Summary Term Sheet', paragraph: 1, scope: 'paragraph' }, { text: 'Quill offers $18.25 per Share.' })],
    },
    {
      name: 'an instruction names a heading, the next says "such subheading"',
      filing: 'The first paragraph under the subheading "Appraisal Rights" in the Offer to Purchase is hereby deleted. The second paragraph under such subheading is hereby amended and restated as follows:\n\n"No appraisal rights apply."',
      instructions: [
        edit('delete', { heading: 'Appraisal Rights', paragraph: 1, scope: 'paragraph' }),
        edit('replace', { heading: 'Appraisal Rights', paragraph: 2, scope: 'paragraph' }, { text: 'No appraisal rights apply.', source: { line: 5, column: 105 } }),
      ],
    },
    {
      name: '"this section" with no heading named before is refused',
      filing: 'The first paragraph of this section of the Offer to Purchase is hereby deleted.',
      instructions: [],
      diagnostics: [{ ruleId: 'unparsed-instruction', says: 'Expected a heading named before `this section`' }],
    },
    {
      name: 'a heading in the supplement, a sentence added at the end of "this section"',
      heading: null,
      filing: 'Conditions of the Offer\n\nThe Offer to Purchase is hereby amended by adding the following sentence at the end of this section:\n\n"Quill may waive any condition."',
      instructions: [edit('insert', { item: null, heading: 'Conditions of the Offer', scope: 'section' }, { position: 'end', text: 'Quill may waive any condition.' })],
    },
    {
      name: '"such section" after a section named with its title',
      filing: 'The first paragraph under the heading "Certain Legal Matters" in the Offer to Purchase is hereby deleted. The last paragraph of such section is hereby deleted.',
      instructions: [
        edit('delete', { heading: 'Certain Legal Matters', paragraph: 1, scope: 'paragraph' }),
        edit('delete', { heading: 'Certain Legal Matters', paragraph: -1, scope: 'paragraph' }, { source: { line: 5, column: 107 } }),
      ],
    },
    {
      name: '"each such sentence" refers inside the sentence and names no heading',
      filing: 'The second and third sentences of Section 5 of the Offer to Purchase are hereby deleted, and each such sentence is deleted in its entirety.',
      instructions: [edit('delete', { section: '5', sentences: [2, 3] })],
    },
  ],
};
