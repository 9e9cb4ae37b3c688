import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../engine/read/ingest.js';
import { parseFiling } from '../../engine/instructions/parse.js';
import type { Instruction, ParsedFiling, Target } from '../../engine/types.js';
import { targetOf } from '../helpers/target.js';

function parseSeed(path: string): ParsedFiling {
  return parseFiling(ingest(path, readFileSync(path)));
}

const offer = 'Offer to Exchange';
const q23 = 'Q23. What happens if I elect not to surrender any options pursuant to this offer';
const validity = 'Determination of Validity; Rejection of Options; Waiver of Defects; No Obligation to Give Notice of Defects';
const riskFactor = 'Even if you elect not to participate in this offer, your incentive stock options may be affected';
const nonTendering = 'Consequences to Non-Tendering Holders of Incentive Stock Options';
const country = (name: string, residents = name): string => `${name}: Material Tax Consequences for Employees who are Tax Residents in ${residents}`;

// New texts, checked by how they open and close (the corpus test pins them whole).
const text = {
  q23: expect.stringMatching(/^While we intend to accept for exchange all tendered options .* as a "modification" of .* with respect to our offer\.$/),
  paragraphB: expect.stringMatching(/^\(b\) This Tender Offer Statement .*\(the "Options"\).* is incorporated herein by reference\.$/),
  promptly: 'Subject to our rights to extend, delay, terminate or amend this offer, we currently expect that we will accept promptly following the expiration date all properly tendered options that are not validly withdrawn, to the extent that the conditions to the exchange of such class of options have been satisfied.',
  die: 'This means that if you die, become totally and permanently disabled, terminate your employment with or without good reason or we terminate your employment with or without cause before the date when we grant the new options, then you will not receive anything for the options that you surrendered and we cancelled.',
  ruling: expect.stringMatching(/^In 1991, the IRS issued Private Letter Ruling No\. 9129048, .* so as to mitigate this risk\.$/),
  nonTendering: expect.stringMatching(/^While we intend to accept .* in this offer\. In 1991, the IRS .* with respect to our offer\.$/),
  china: expect.stringMatching(/^CHINA: MATERIAL TAX CONSEQUENCES FOR EMPLOYEES WHO ARE TAX RESIDENTS IN CHINA\.\n\nThis summary does not discuss .*\n\nAlthough the tax consequences .*\n\nDue to exchange control .* associated with the transaction\.$/),
  france: 'Under current law, you should not be subject to tax when you surrender your existing options in exchange for new options.',
  countries: 'Under current law, you should not be subject to tax when you surrender your existing options in exchange for new options. In addition, you should not realize taxable income upon the grant of new options.',
  nic: 'You will also be liable for the employee\'s National Insurance Charges ("NIC") on the proceeds at exercise if your earnings do not already exceed the maximum limit for NIC tax purposes.',
  validity: 'While we intend to accept for exchange all tendered options to the extent that the conditions to the exchange for such class of options have been satisfied, we have reserved this right in an effort to protect for our employees the tax status of any incentive stock options that our employees decide not to tender in this offer.',
  clause: ', provided, however, that if we waive any of the conditions of this offer for any particular optionholder, we will waive such condition for all similarly-situated optionholders.',
};

type Fields = Partial<Target> & { item: string };
function at(line: number, op: Instruction['op'], target: Fields, rest: Partial<Instruction> = {}): Instruction {
  return {
    op,
    target: { document: offer, pages: [], section: null, heading: null, paragraph: null, paragraphs: [], sentences: [], scope: 'sentence', match: null, ...target },
    position: null,
    text: null,
    plan: null,
    expiration: null,
    source: { line, column: 1 },
    ...rest,
  };
}

// The same edits repeated under several Items: each is reported with its own Item and source.
const q23Edit = (line: number, item: string): Instruction =>
  at(line, 'replace', { item, pages: [7], heading: q23, paragraph: 2, sentences: [2, 3] }, { text: text.q23 });
const promptlyEdit = (line: number, item: string): Instruction =>
  at(line, 'replace', { item, pages: [12], section: '5', paragraph: 3, sentences: [-2] }, { text: text.promptly });
const dieEdit = (line: number, item: string): Instruction =>
  at(line, 'replace', { item, pages: [12, 13], section: '5', paragraph: 4, sentences: [-1] }, { text: text.die });
const rulingEdit = (line: number): Instruction =>
  at(line, 'replace', { item: '4(a)', pages: [25], section: '9', heading: riskFactor, paragraph: -1, sentences: [3, 4] }, { text: text.ruling });
const countryEdit = (heading: string): Instruction =>
  at(336, 'replace', { item: '4(a)', pages: [30, 31], heading, paragraph: 2, sentences: [1] }, { text: text.countries });

describe('Amendment No. 2 (2002)', () => {
  const parsed = parseSeed('corpus/sonus-2002-option-exchange/amendment-2.txt');

  it('reads 24 instructions: 2 global, then Items 1, 2, 4 (11, the country edit expanded to four), 6 and 10', () => {
    expect(parsed.instructions).toHaveLength(2 + 1 + 4 + 14 + 2 + 1);
    expect(parsed.diagnostics).toEqual([]);
  });

  it('reads the global withdrawal and extension', () => {
    const whole = { item: '1-12', scope: 'document' as const };
    expect(parsed.instructions.slice(0, 2)).toEqual([
      at(110, 'withdraw', whole, { plan: 'TTI Plan' }),
      at(121, 'extend', whole, { expiration: '2002-11-22' }),
    ]);
  });

  it('reads Items 1 and 2', () => {
    expect(parsed.instructions.slice(2, 7)).toEqual([
      q23Edit(127, '1'),
      at(152, 'replace', { document: 'Schedule TO', item: '2(b)', paragraph: '(b)', scope: 'paragraph' }, { text: text.paragraphB }),
      q23Edit(183, '2(b)'),
      promptlyEdit(212, '2(b)'),
      dieEdit(224, '2(b)'),
    ]);
  });

  it('reads Item 4, expanding the four country sections', () => {
    expect(parsed.instructions.slice(7, 21)).toEqual([
      rulingEdit(237),
      at(258, 'replace', { item: '4(a)', pages: [29], section: '13', heading: nonTendering, paragraph: 5, sentences: [2, 3] }, { text: text.nonTendering }),
      at(283, 'insert', { item: '4(a)', pages: [29], section: '13', heading: country('France'), scope: 'section' }, { position: 'before', text: text.china }),
      at(326, 'insert', { item: '4(a)', pages: [30], heading: country('France'), paragraph: 'first-full', sentences: [1] }, { position: 'after', text: text.france }),
      countryEdit(country('Germany')),
      countryEdit(country('Japan')),
      countryEdit(country('Singapore')),
      countryEdit(country('United Kingdom', 'the United Kingdom')),
      at(352, 'insert', { item: '4(a)', pages: [31], heading: country('United Kingdom', 'the United Kingdom'), paragraph: 2, scope: 'paragraph' }, { position: 'end', text: text.nic }),
      q23Edit(368, '4(a)'),
      at(391, 'replace', { item: '4(a)', pages: [11], section: '3', heading: validity, sentences: [5] }, { text: text.validity }),
      promptlyEdit(404, '4(a)'),
      at(416, 'insert', { item: '4(a)', pages: [11], section: '3', heading: validity, sentences: [-2], scope: 'clause' }, { position: 'end', text: text.clause }),
      dieEdit(432, '4(a)'),
    ]);
  });

  it('reads Item 6 and the Item 10 block that amends Item 4(a)', () => {
    expect(parsed.instructions.slice(21)).toEqual([promptlyEdit(445, '6(b)'), dieEdit(457, '6(b)'), rulingEdit(470)]);
  });

  it('reads the exhibits restated and added', () => {
    expect(parsed.exhibits).toEqual([
      { id: '(a)(1)', action: 'restated', description: 'Offer to Exchange Outstanding Stock Options, dated October 16, 2002, including Summary Term Sheet.' },
      { id: '(a)(2)', action: 'restated', description: 'Form of Statement of Stock Option Grants and Election Form.' },
      { id: '(a)(3)', action: 'restated', description: 'Form of Notice of Withdrawal.' },
      { id: '(a)(4)', action: 'restated', description: 'Form of Promise to Grant Stock Options.' },
      { id: '(a)(6)', action: 'restated', description: 'Form of Email Confirmation of Receipt of Election Form.' },
      { id: '(a)(7)', action: 'added', description: 'Form of Email Notice to Holders of Stock Options granted under the TTI Plan Withdrawing the Offer with respect to all such Options.' },
      { id: '(a)(8)', action: 'added', description: 'Form of Email Notice to Holders of Stock Options granted under the 1997 Plan regarding the extension of the Offer to November 22, 2002.' },
    ]);
  });

  it('reads the metadata', () => {
    expect(parsed.filing).toMatchObject({ form: 'Schedule TO', amendment: 2, date: '2002-11-12', final: false });
  });
});

describe('Amendment No. 1 (2002)', () => {
  const parsed = parseSeed('corpus/sonus-2002-option-exchange/amendment-1.txt');

  it('restates exhibit (a)(5) and gives no instruction', () => {
    expect(parsed.instructions).toEqual([]);
    expect(parsed.exhibits).toEqual([{ id: '(a)(5)', action: 'restated', description: null }]);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.filing).toMatchObject({ amendment: 1, date: '2002-10-17' });
  });
});

describe('Amendment No. 3 (2002)', () => {
  const parsed = parseSeed('corpus/sonus-2002-option-exchange/amendment-3.txt');

  it('supplements Item 4 with the results and adds exhibit (a)(9)', () => {
    expect(parsed.instructions).toEqual([
      {
        op: 'insert',
        target: { document: 'Schedule TO', item: '4', pages: [], section: null, heading: null, paragraph: null, paragraphs: [], sentences: [], scope: 'item', match: null },
        position: 'end',
        text:
          'The Offer to Exchange expired at 5 p.m., Eastern Time, on November 22, 2002. Pursuant to the Offer to Exchange, Sonus Networks, ' +
          'Inc. (the "Company") accepted for exchange options to purchase 8,802,245 shares of common stock, representing approximately 70% ' +
          'of the options that were eligible to be tendered in the offer. Upon the terms and subject to the conditions of the Offer to ' +
          'Exchange, the Company expects that it will issue, on or about May 27, 2003, new options to purchase an aggregate of approximately ' +
          '8,802,245 shares of common stock in exchange for such tendered options.',
        plan: null,
        expiration: null,
        source: { line: 114, column: 10 },
      },
    ]);
    expect(parsed.exhibits).toEqual([
      { id: '(a)(9)', action: 'added', description: 'Form of Email Notice to Option Holders who Surrendered Eligible Options for Exchange.' },
    ]);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.filing).toMatchObject({ amendment: 3, final: true });
  });
});

describe('Amendment No. 1 (2007, markdown)', () => {
  const parsed = parseSeed('corpus/sonus-2007-offer-to-amend/amendment-1.md');
  const item = (number: string): Target => targetOf({ document: 'Schedule TO', item: number, scope: 'item' });

  it('supplements Item 4 with the two plain paragraphs that follow it', () => {
    expect(parsed.instructions[0]).toEqual({
      op: 'insert',
      target: item('4'),
      position: 'end',
      text: expect.stringMatching(
        /^The Offer expired at 5:00 p\.m\., Eastern Time, on Monday, September 10, 2007\. .* aggregate amount of \$3,485,933 in accordance with the terms of the Offer\.\n\nThis Amendment No\. 1 to the Schedule TO is filed in satisfaction of .* Act of 1934, as amended\.$/,
      ),
      plan: null,
      expiration: null,
      source: { line: 46, column: 1 },
    });
  });

  it('replaces Item 12 with the exhibit index, which restates no exhibit and adds none', () => {
    expect(parsed.instructions.slice(1)).toEqual([
      {
        op: 'replace',
        target: item('12'),
        position: null,
        text: expect.stringMatching(/^Exhibit Number\tDescription\n\(a\)\(1\)\(A\)\*\tOffer to Amend .*\n\(h\)\tNot applicable\n\*\tPreviously filed with the Schedule TO .* by reference\.$/s),
        plan: null,
        expiration: null,
        source: { line: 54, column: 1 },
      },
    ]);
    expect(parsed.exhibits).toEqual([]);
    expect(parsed.diagnostics.filter((d) => d.ruleId === 'unparsed-instruction' || d.ruleId === 'unclosed-quote')).toEqual([]);
    expect(parsed.filing).toMatchObject({ amendment: 1, date: '2007-09-11', final: true });
  });
});
