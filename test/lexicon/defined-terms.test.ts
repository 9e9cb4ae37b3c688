import { describe, expect, it } from 'vitest';
import { definedTerms } from '../../engine/lexicon/defined-terms.js';

describe('definedTerms', () => {
  it('reads a plan with a lower-case company name and a defined alias', () => {
    const text =
      'deleting each reference to and disclosure regarding the telecom technologies, inc. Amended and Restated 1998 ' +
      'Equity Incentive Plan (the "TTI Plan"), holders of options granted under the TTI Plan, the Option Plan Funding ' +
      'and Escrow Agreement by and among Anousheh and Hamid Ansari and Sonus (the "Ansari Agreement") and the Amended Ansari Agreement';
    expect(definedTerms(text)).toEqual([
      { term: 'TTI Plan', definition: 'telecom technologies, inc. Amended and Restated 1998 Equity Incentive Plan' },
      { term: 'Ansari Agreement', definition: 'Option Plan Funding and Escrow Agreement by and among Anousheh and Hamid Ansari and Sonus' },
    ]);
  });

  it('keeps "Inc." inside a name and stops at the comma before it', () => {
    expect(definedTerms('Pursuant to the Offer to Exchange, Sonus Networks, Inc. (the "Company") accepted options.')).toEqual([
      { term: 'Company', definition: 'Sonus Networks, Inc.' },
    ]);
  });

  it('passes over an appositive to the name it describes', () => {
    expect(definedTerms('filed by Sonus Networks, Inc., a Delaware corporation (the "Company"), with the SEC')).toEqual([
      { term: 'Company', definition: 'Sonus Networks, Inc.' },
    ]);
  });

  it('drops a trailing date qualifier', () => {
    expect(definedTerms('described in the Offer to Exchange Outstanding Stock Options, dated October 16, 2002 (the "Offer to Exchange").')).toEqual([
      { term: 'Offer to Exchange', definition: 'Offer to Exchange Outstanding Stock Options' },
    ]);
  });

  it('reads definitions without an article, with curly quotes, and after a qualifier inside the parenthesis', () => {
    expect(definedTerms('the Tender Offer Statement on Schedule TO ("Schedule TO") filed')).toEqual([
      { term: 'Schedule TO', definition: 'Tender Offer Statement on Schedule TO' },
    ]);
    expect(definedTerms('granted under our 2000 Stock Plan (the “2000 Plan”).')).toEqual([{ term: '2000 Plan', definition: '2000 Stock Plan' }]);
    expect(definedTerms('the Amended and Restated Sonus Networks, Inc. 1997 Stock Incentive Plan (collectively, the "1997 Plan")')).toEqual([
      { term: '1997 Plan', definition: 'Amended and Restated Sonus Networks, Inc. 1997 Stock Incentive Plan' },
    ]);
  });

  it('does not take a parenthesised caption for a definition', () => {
    expect(definedTerms('Section 1 ("Number of Options; Expiration Date") and Section 5 ("Acceptance of Options for Exchange and Grant of New Options")')).toEqual([]);
  });

  it('finds nothing in text without definitions', () => {
    expect(definedTerms('All terms remain unchanged.')).toEqual([]);
  });
});
