import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFeeTable } from '../../engine/filing/fee-table.js';
import { readFiling } from '../../engine/filing/read.js';
import { ingest } from '../../engine/read/ingest.js';
import type { Filing } from '../../engine/types.js';

const corpus = new URL('../../corpus/', import.meta.url);

function seed(path: string) {
  const file = ingest(path, readFileSync(new URL(path, corpus)));
  return { filing: readFiling(file), messages: file.messages.map(String) };
}

function read(text: string, path = 'filing.txt') {
  const file = ingest(path, text);
  return { filing: readFiling(file), messages: file.messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column, reason: m.reason })) };
}

const securities2002 = 'Options to Purchase Common Stock, $0.001 Par Value Per Share, Having an Exercise Price of $0.67 or More Per Share';
const sonus = 'Sonus Networks, Inc.';
const fee2002 = {
  amountPreviouslyPaid: '$68.19',
  filingParty: sonus,
  formOrRegistrationNo: 'Schedule TO',
  dateFiled: '2002-10-16',
};

describe('readFiling: the seeds', () => {
  it('reads 2002 Amendment No. 1', () => {
    expect(seed('sonus-2002-option-exchange/amendment-1.txt')).toEqual({
      filing: {
        form: 'Schedule TO',
        amendment: 1,
        subjectCompany: sonus,
        filer: sonus,
        securities: securities2002,
        cusip: '835916107',
        date: '2002-10-17',
        originalDate: '2002-10-16',
        priorAmendments: [],
        final: false,
        fee: { transactionValuation: '$741,188', amountOfFilingFee: '$68.19', ...fee2002 },
        amendmentSource: { line: 10, column: 34 },
        results: null,
        events: [],
      },
      messages: [],
    });
  });

  it('reads 2002 Amendment No. 2, numbering the amendment it names only by date', () => {
    expect(seed('sonus-2002-option-exchange/amendment-2.txt')).toEqual({
      filing: {
        form: 'Schedule TO',
        amendment: 2,
        subjectCompany: sonus,
        filer: sonus,
        securities: securities2002,
        cusip: '835916107',
        date: '2002-11-12',
        originalDate: '2002-10-16',
        priorAmendments: [{ number: 1, date: '2002-10-17' }],
        final: false,
        fee: { transactionValuation: '741,188', amountOfFilingFee: '$66.60', ...fee2002 },
        amendmentSource: { line: 11, column: 34 },
        results: null,
        events: [],
      },
      messages: [],
    });
  });

  it('reads 2002 Amendment No. 3, the final amendment', () => {
    expect(seed('sonus-2002-option-exchange/amendment-3.txt')).toEqual({
      filing: {
        form: 'Schedule TO',
        amendment: 3,
        subjectCompany: sonus,
        filer: sonus,
        securities: securities2002,
        cusip: '835916107',
        date: '2002-11-26',
        originalDate: '2002-10-16',
        priorAmendments: [
          { number: 1, date: '2002-10-17' },
          { number: 2, date: '2002-11-12' },
        ],
        final: true,
        fee: { transactionValuation: '741,188', amountOfFilingFee: '$66.60', ...fee2002 },
        amendmentSource: { line: 12, column: 34 },
        results: expect.objectContaining({ expired: '2002-11-22', accepted: 8802245, percentEligible: 70, grantDate: '2003-05-27' }),
        events: [],
      },
      messages: [],
    });
  });

  it('reads the 2007 markdown Amendment No. 1, which has no fee table', () => {
    expect(seed('sonus-2007-offer-to-amend/amendment-1.md')).toEqual({
      filing: {
        form: 'Schedule TO',
        amendment: 1,
        subjectCompany: sonus,
        filer: sonus,
        securities: 'Options to Purchase Common Stock, $0.001 Par Value Per Share',
        cusip: '835916107',
        date: '2007-09-11',
        originalDate: '2007-08-10',
        priorAmendments: [],
        final: true,
        fee: null,
        amendmentSource: { line: 11, column: 2 },
        results: expect.objectContaining({ expired: '2007-09-10', accepted: 5259619, cash: 3485933 }),
        events: [],
      },
      messages: [],
    });
  });

  it('returns plain data', () => {
    const { filing } = seed('sonus-2002-option-exchange/amendment-3.txt');
    expect(JSON.parse(JSON.stringify(filing)) as Filing).toEqual(filing);
  });
});

const box = (mark: string): string => `SCHEDULE TO
(AMENDMENT NO. 4)

ACME WIDGETS CORP.
(Name of Subject Company (Issuer) and Filing Person (Offeror))

Check the following box if the filing is a final amendment reporting the results
of the tender offer: ${mark}
`;

describe('readFiling: the final-amendment box', () => {
  it.each([
    ['|X|', true],
    ['|_|', false],
    ['[X]', true],
    ['[x]', true],
    ['[ ]', false],
    ['(  X  )', true],
    ['[    ]', false],
    ['x', true],
    ['o', false],
    ['☒', true],
    ['☐', false],
    ['þ', true],
    ['¨', false],
    ['$\\boxtimes$', true],
    ['$\\square$', false],
    ['ý', true],
    ['&#9746;', true],
    ['&#9744;', false],
    ['&#x2612;', true],
    ['&#x2610;', false],
    ['&yacute;', true],
    ['&uml;', false],
    ['&#253;', true],
    ['&#168;', false],
  ])('reads %j as %s', (mark, checked) => {
    expect(read(box(mark)).filing?.final).toEqual(checked);
  });

  it.each([
    ['&#9746;', true],
    ['&#9744;', false],
    ['<font face="Wingdings">&yacute;</font>', true],
    ['<font face="Wingdings">¨</font>', false],
  ])('reads %j in an HTML cover, the box in its own cell', (mark, checked) => {
    const html = `<html><body><p>SCHEDULE TO</p><p>(Amendment No. 4)</p><p>Kestrel Labs, Inc.</p><p>(Name of Subject Company (Issuer))</p>
<table><tr><td><font size="2">Check the following box if the filing is a final amendment reporting the results of the tender offer:</font></td>
<td align="center" valign="top" style="width: 5%; font-family: Times New Roman">${mark}</td></tr></table></body></html>`;
    const { filing, messages } = read(html, 'filing.htm');
    expect(filing?.final).toEqual(checked);
    expect(messages).toEqual([]);
  });

  it('reads a box that opens the line', () => {
    const text = box('').replace('Check the following', '☒ Check the following').replace('tender offer: ', 'tender offer.');
    expect(read(text).filing?.final).toEqual(true);
  });

  it('prefers a box opening the caption line to the box on the next line', () => {
    const text = box('').replace('Check the following', '[ ] Check the following').replace('tender offer: ', 'tender offer.\n[X] issuer tender offer subject to Rule 13e-4.');
    expect(read(text).filing?.final).toEqual(false);
  });

  it('does not look past a blank line for the box', () => {
    expect(read(box('\n\nx')).filing?.final).toBeNull();
  });

  it('reports a box it cannot read', () => {
    expect(read(box('see Item 4'))).toMatchObject({
      filing: { final: null },
      messages: [
        {
          ruleId: 'filing-unreadable-final-box',
          line: 8,
          column: 20,
          reason: 'Expected a check box after `final amendment reporting the results of the tender offer`, found `: see Item 4`',
        },
      ],
    });
  });

  it('is null where the cover has no such box', () => {
    const text = `SCHEDULE 14D-9
(Rule 14d-101)
Solicitation/Recommendation Statement under Section 14(d)(4)
(Amendment No. 1)

TARGET INC.
(Name of Subject Company)

TARGET INC.
(Name of Person(s) Filing Statement)
`;
    expect(read(text).filing).toMatchObject({ form: 'Schedule 14D-9', amendment: 1, subjectCompany: 'Target Inc.', filer: 'Target Inc.', final: null });
  });
});

describe('readFiling: covers', () => {
  it('reads separate subject and filer labels, title-casing only the lines in capitals', () => {
    const text = `SCHEDULE TO
(Rule 14d-100)
(Amendment No. 2)

TARGET THERAPEUTICS, INC.
(Name of Subject Company (Issuer))

BIDCO ACQUISITION CORP.
a wholly owned subsidiary of
PARENT HOLDINGS PLC
(Names of Filing Persons (Offerors))

Common Stock, par value $0.001 per share
(Title of Class of Securities)

N/A
(CUSIP Number of Class of Securities)
`;
    expect(read(text)).toEqual({
      filing: {
        form: 'Schedule TO',
        amendment: 2,
        subjectCompany: 'Target Therapeutics, Inc.',
        filer: 'Bidco Acquisition Corp. a wholly owned subsidiary of Parent Holdings PLC',
        securities: 'Common Stock, par value $0.001 per share',
        cusip: null,
        date: null,
        originalDate: null,
        priorAmendments: [],
        final: null,
        fee: null,
        amendmentSource: expect.objectContaining({ line: expect.any(Number) }),
        results: null,
        events: [],
      },
      messages: [],
    });
  });

  it('reads markdown labels on the value line, a spaced CUSIP and a TO-I/A form', () => {
    const text = `# SCHEDULE TO-I/A

**AMENDMENT NO. TWO**

Acme Widgets Corp. (Name of Subject Company (Issuer) and Filing Person (Offeror))

CLASS A COMMON STOCK, \\$0.01 PAR VALUE (Title of Class of Securities)

004567 10 8 (CUSIP Number of Class of Securities)
`;
    expect(read(text, 'a.md').filing).toMatchObject({
      form: 'Schedule TO-I',
      amendment: 2,
      subjectCompany: 'Acme Widgets Corp.',
      filer: 'Acme Widgets Corp.',
      securities: 'Class A Common Stock, $0.01 Par Value',
      cusip: '004567108',
    });
  });

  it('takes the amendment number from the introduction when the cover has none', () => {
    const text = `SCHEDULE TO
ACME WIDGETS CORP.
(Name of Subject Company (Issuer) and Filing Person (Offeror))

The purpose of Amendment No. 5 to the Schedule TO is to report the results of the offer.
`;
    expect(read(text)).toMatchObject({ filing: { amendment: 5, subjectCompany: 'Acme Widgets Corp.' }, messages: [] });
  });

  it('reads an amendment line with blanks inside its brackets, and none from a line of blanks', () => {
    expect(read('SCHEDULE TO\n  [   Amendment No. 3   ]  \n\nItem 4 is hereby amended.\n').filing).toMatchObject({ amendment: 3 });
    expect(read(`SCHEDULE TO\n${' '.repeat(2000)}Amendment\n\nItem 4 is hereby amended.\n`).filing).toMatchObject({ amendment: null });
  });

  it('does not take an earlier amendment the introduction names for the filing itself', () => {
    const text = `SCHEDULE TO/A\n\nItem 4 of the Schedule TO, as amended by Amendment No. 1 to the Schedule TO, is hereby amended.\n`;
    expect(read(text)).toMatchObject({ filing: { form: 'Schedule TO', amendment: null }, messages: [{ ruleId: 'filing-no-amendment-number', line: 1, column: 1 }] });
  });

  it('reports an amendment cover without a number', () => {
    const text = `
      SCHEDULE TO
      (AMENDMENT)

Item 4 of the Schedule TO is hereby amended by adding the following.
`;
    expect(read(text)).toMatchObject({
      filing: { form: 'Schedule TO', amendment: null },
      messages: [
        {
          ruleId: 'filing-no-amendment-number',
          line: 2,
          column: 7,
          reason: 'Expected an amendment number such as `Amendment No. 1` on the `Schedule TO` amendment cover, found none',
        },
      ],
    });
  });

  it('keeps the cover number and reports an introduction that disagrees', () => {
    const text = `${box('|_|')}\nThis Amendment No. 3 amends the Schedule TO.\n`;
    expect(read(text)).toMatchObject({
      filing: { amendment: 4 },
      messages: [{ ruleId: 'filing-amendment-mismatch', line: 10, column: 1 }],
    });
  });

  it('returns null for text that is not a filing', () => {
    expect(read('OFFER TO EXCHANGE OUTSTANDING STOCK OPTIONS\n\nWe filed a Tender Offer Statement on Schedule TO with the SEC.\n').filing).toBeNull();
    expect(read('ANNUAL REPORT ON FORM 10-K\n(Amendment No. 1)\n').filing).toBeNull();
    expect(read('\n').filing).toBeNull();
  });
});

describe('readFiling: dates and earlier amendments', () => {
  const intro = (sentence: string, heading = '(Amendment No. 4)'): string =>
    `SCHEDULE TO\n${heading}\n\nThis Amendment amends the Tender Offer Statement on Schedule TO ${sentence}\n\nSIGNATURE\n\nDated: November 26, 2002\n`;

  it('reads earlier amendments named without dates', () => {
    expect(read(intro('filed with the SEC on October 16, 2002, as amended by Amendment Nos. 1, 2 and 3.')).filing).toMatchObject({
      originalDate: '2002-10-16',
      date: '2002-11-26',
      priorAmendments: [
        { number: 1, date: null },
        { number: 2, date: null },
        { number: 3, date: null },
      ],
    });
  });

  it('reads "thereto filed with the SEC on" and "originally filed on"', () => {
    const sentence = 'originally filed on October 16, 2002, as amended by Amendment No. 1 thereto filed with the SEC on October 17, 2002.';
    expect(read(intro(sentence, '(Amendment No. 2)')).filing).toMatchObject({
      originalDate: '2002-10-16',
      priorAmendments: [{ number: 1, date: '2002-10-17' }],
    });
  });

  it('leaves dated amendments unnumbered when they are not all the earlier ones', () => {
    const sentence = 'filed with the Securities and Exchange Commission on October 16, 2002, and amended on October 17, 2002 and on November 12, 2002.';
    expect(read(intro(sentence)).filing?.priorAmendments).toEqual([
      { number: null, date: '2002-10-17' },
      { number: null, date: '2002-11-12' },
    ]);
  });

  it('reports a signature date it cannot read', () => {
    const text = intro('filed on October 16, 2002.').replace('November 26, 2002', 'as of the date first above');
    expect(read(text)).toMatchObject({
      filing: { date: null },
      messages: [{ ruleId: 'filing-unreadable-date', line: 8, column: 7, reason: 'Expected a date after `Dated:`, found `as of the date first above`' }],
    });
  });
});

describe('readFeeTable', () => {
  it('reads a markdown table and N/A offset fields', () => {
    const text = `CALCULATION OF FILING FEE

| Transaction Valuation* | Amount of Filing Fee** |
| --- | --- |
| \\$25,000,000 | \\$2,725 |

o Check the box if any part of the fee is offset as provided by Rule 0-11(a)(2).

| Amount Previously Paid: N/A | Filing Party: N/A |
| Form or Registration No.: Not applicable | Date Filed: None |
`;
    expect(readFeeTable(text)).toEqual({
      transactionValuation: '$25,000,000',
      amountOfFilingFee: '$2,725',
      amountPreviouslyPaid: null,
      filingParty: null,
      formOrRegistrationNo: null,
      dateFiled: null,
    });
  });

  it('reads labels with their values on the same or the next line', () => {
    const text = `Transaction Valuation(1): $1,000,000\nAmount of Filing Fee(2)\n\n$92.00\nAmount Previously Paid: $92.00\nFiling Party: Acme Widgets Corp.\nForm or Registration No.: 005-12345\nDate Filed: 10/16/2002\n`;
    expect(readFeeTable(text)).toEqual({
      transactionValuation: '$1,000,000',
      amountOfFilingFee: '$92.00',
      amountPreviouslyPaid: '$92.00',
      filingParty: 'Acme Widgets Corp.',
      formOrRegistrationNo: '005-12345',
      dateFiled: '2002-10-16',
    });
  });

  it('reads past footnote marks and blanks around a label, and trims pipes and stars off a value', () => {
    const text = `Transaction Valuation *** (1)  :  $741,188 ***\nFiling Party: Acme Corp. | |\nDate Filed: None\n`;
    expect(readFeeTable(text)).toMatchObject({ transactionValuation: '$741,188', filingParty: 'Acme Corp.', dateFiled: null });
  });

  it('is null without a fee table', () => {
    expect(readFeeTable('Item 4 of the Schedule TO is hereby amended.')).toBeNull();
  });
});
