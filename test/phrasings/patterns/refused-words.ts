import type { Pattern } from '../frame.js';

/** Words the grammar cannot read: the instruction is refused, the words named, nothing applied. */
export const refusedWords: Pattern = {
  pattern: 'refused: words left over',
  found: 'damaged or unusual instructions',
  cases: [
    {
      name: 'a misspelt unit, with a suggestion',
      filing: 'The Offer to Purchase is hereby amended by deleting the last sentance of the first paragraph of Section 2.',
      instructions: [],
      diagnostics: [{ ruleId: 'partial-instruction', says: 'did you mean `sentence` for `sentance`?' }],
    },
    {
      name: 'a paragraph named by what it mentions',
      filing: 'Item 4 is hereby amended by deleting the second sentence of the paragraph that mentions odd lots in the Offer to Purchase.',
      instructions: [],
      diagnostics: [{ ruleId: 'partial-instruction', says: '`mentions odd lots` left over' }],
    },
    {
      name: 'a misspelt ordinal',
      filing: 'The secnod paragraph of Section 3 of the Offer to Purchase is hereby deleted.',
      instructions: [],
      diagnostics: [{ ruleId: 'partial-instruction', says: 'did you mean `second` for `secnod`?' }],
    },
    {
      name: 'a misspelt paragraph',
      filing: 'The third paragarph of Section 3 of the Offer to Purchase is hereby deleted.',
      instructions: [],
      diagnostics: [{ ruleId: 'partial-instruction', says: 'did you mean `paragraph` for `paragarph`?' }],
    },
    {
      name: 'the paragraph after the table',
      filing: 'The paragraph immediately following the table in Section 6 of the Offer to Purchase is hereby deleted.',
      instructions: [],
      diagnostics: [{ ruleId: 'partial-instruction', says: '`table` left over' }],
    },
    {
      name: 'a section named by a plan without quotes',
      filing: 'Section 8 of the Offer to Purchase is hereby amended by deleting the second paragraph of the Alder Plan (the "Alder Plan") section in its entirety.',
      instructions: [],
      diagnostics: [{ ruleId: 'partial-instruction', says: '`Alder Plan` left over' }],
    },
    {
      name: 'a qualifier the grammar does not know',
      filing: 'The second paragraph of Section 3 of the Offer to Purchase, as it relates to foreign holders, is hereby deleted.',
      instructions: [],
      diagnostics: [{ ruleId: 'partial-instruction', says: '`relates`, `foreign holders` left over' }],
    },
    {
      name: 'a loose quotation that is not new text',
      filing: 'The first sentence of Section 5 of the Offer to Purchase, "Acceptance for Payment", is hereby deleted.',
      instructions: [],
      diagnostics: [{ ruleId: 'partial-instruction', says: '`"Acceptance for Payment"` left over' }],
    },
    {
      name: 'the heading itself renamed by its words',
      filing: 'The heading "Certain Effects of the Offer" in the Offer to Purchase is hereby amended to read "Effects of the Offer".',
      instructions: [],
      diagnostics: [{ ruleId: 'partial-instruction', says: 'found the heading itself renamed' }],
    },
    {
      name: 'a new paragraph placed by bare words',
      filing: 'The Offer to Purchase is hereby amended by inserting the following paragraph after "Background of the Offer":\n\n"Talks began in March."',
      instructions: [],
      diagnostics: [{ ruleId: 'partial-instruction', says: 'Expected a paragraph to place the new paragraph by' }],
    },
    {
      name: 'an annex the grammar does not know (Schedule I)',
      filing: 'Schedule I to the Offer to Purchase is hereby amended by deleting the last paragraph.',
      instructions: [],
      diagnostics: [{ ruleId: 'partial-instruction', says: '`Schedule I` left over' }],
    },
    {
      name: 'a footnote',
      filing: 'The first footnote on page 5 of the Offer to Purchase is hereby deleted.',
      instructions: [],
      diagnostics: [{ ruleId: 'partial-instruction', says: '`first footnote` left over' }],
    },
  ],
};
