import { describe, expect, it } from 'vitest';
import { parseFiling } from '../../engine/instructions/parse.js';
import { ingest } from '../../engine/read/ingest.js';

const filing = (body: string) => `SCHEDULE TO
(Amendment No. 2)

OSPREY MEDICAL CORP.
(Name of Subject Company (Issuer))

This Amendment No. 2 amends and supplements the Tender Offer Statement on Schedule TO relating to the offer by Heron Sub, Inc. to purchase all outstanding shares of Osprey Medical Corp. on the terms set forth in the Offer to Purchase, dated May 3, 2016 (the "Offer to Purchase").

${body}
`;

const parse = (body: string) => parseFiling(ingest('amendment-2.txt', filing(body)));
const brief = (body: string) => parse(body).instructions.map((i) => ({ op: i.op, document: i.target.document, item: i.target.item, expiration: i.expiration, text: i.text, line: i.source.line }));

describe('extensions as instructions', () => {
  it('takes the new date of "from X to Y", not the old one', () => {
    expect(brief('The Expiration Date is hereby extended from June 16, 2016 to June 30, 2016.').map((i) => i.expiration)).toEqual(['2016-06-30']);
  });

  it('reads "is hereby amended to extend ... until", midnight at the end of the day', () => {
    expect(brief('The Offer to Purchase is hereby amended to extend the Expiration Date until 12:00 midnight, New York City time, at the end of the day on June 30, 2016.').map((i) => [i.op, i.expiration])).toEqual([['extend', '2016-06-30']]);
  });

  it('makes an extension stated in prose under an Item lead-in an extend instruction, and does not append its paragraph', () => {
    const body = `Items 1 through 9 and Item 11.

Items 1 through 9 and Item 11 of the Schedule TO are hereby amended and supplemented by adding the following:

Heron Sub has extended the Expiration Time of the Offer until 5:00 p.m., New York City time, on June 30, 2016, unless further extended. The Offer was previously scheduled to expire at 5:00 p.m., New York City time, on June 16, 2016.

As of June 15, 2016, approximately 4,100,000 Shares had been validly tendered and not validly withdrawn pursuant to the Offer.`;
    expect(brief(body)).toEqual([
      { op: 'insert', document: 'Schedule TO', item: '1-9, 11', expiration: null, text: 'As of June 15, 2016, approximately 4,100,000 Shares had been validly tendered and not validly withdrawn pursuant to the Offer.', line: 11 },
      { op: 'extend', document: 'Offer to Purchase', item: '1-9, 11', expiration: '2016-06-30', text: null, line: 13 },
    ].sort((a, b) => a.line - b.line));
  });

  it('keeps a quoted paragraph that tells of an extension as the text it adds, and extends once', () => {
    const body = `Section 1 of the Offer to Purchase is hereby amended and supplemented by adding the following paragraph at the end of such section:

"On June 16, 2016, Heron Sub extended the Expiration Time until 5:00 p.m., New York City time, on June 30, 2016."`;
    const found = brief(body);
    expect(found.map((i) => [i.op, i.expiration])).toEqual([['insert', null], ['extend', '2016-06-30']]);
    expect(found[0]?.text).toBe('On June 16, 2016, Heron Sub extended the Expiration Time until 5:00 p.m., New York City time, on June 30, 2016.');
  });
});

describe('an extension stated in an HTML amendment', () => {
  it('is an extend instruction at its own sentence, with no warning that the sentence yields none', () => {
    const html = `<html><body><p>SCHEDULE TO</p><p>(Amendment No. 2)</p>
<p>Items 1 through 9 and Item 11.</p>
<p>The Offer to Purchase and Items 1 through 9 and Item 11 of the Schedule TO are hereby amended and supplemented as follows:</p>
<p><b>Extension of the Offer</b></p>
<p>Heron Sub has extended the Expiration Time of the Offer until one minute after 11:59 p.m., Eastern Time, on June 30, 2016.</p>
</body></html>`;
    const parsed = parseFiling(ingest('amendment-2.htm', html));
    expect(parsed.instructions.map((i) => [i.op, i.expiration, i.source.line])).toEqual([['extend', '2016-06-30', 5]]);
    expect(parsed.diagnostics.map((d) => d.ruleId)).not.toContain('unparsed-instruction');
  });
});
