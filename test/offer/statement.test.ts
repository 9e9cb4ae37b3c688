import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { ingest } from '../../engine/read/ingest.js';
import { buildVersions } from '../../engine/offer/versions.js';
import { renderText } from '../../engine/core/document-text.js';
import type { OfferManifest, Root } from '../../engine/types.js';

// A fictional target's Schedule 14D-9 in EDGAR HTML: Items as bold headings, Item 9 run in at the start of its
// paragraph, Item 7 left out (the statement is partly present), and one amendment in EDGAR text.
const statement = `<html><body>
<p align="center"><b>SCHEDULE 14D-9</b></p>
<p align="center">Solicitation/Recommendation Statement under Section 14(d)(4)</p>
<p><b>Item 1. Subject Company Information.</b></p>
<p>The name of the subject company is Larkspur Devices, Inc., a Delaware corporation.</p>
<p><b>Item 2. Identity and Background of Filing Person.</b></p>
<p>The filing person is the subject company.</p>
<p><b>Item 3. Past Contacts, Transactions, Negotiations and Agreements.</b></p>
<p>The Merger Agreement is described in the Offer to Purchase.</p>
<p><b>Item 4. The Solicitation or Recommendation.</b></p>
<p>(a) The Board unanimously recommends that stockholders tender their Shares in the Offer.</p>
<p>(b) The Board met on May 3, 2019 and approved the Merger Agreement.</p>
<p><b>Item 5. Persons/Assets Retained, Employed, Compensated or Used.</b></p>
<p>Harbor Lane Partners acts as financial advisor to the Board.</p>
<p><b>Item 6. Interest in Securities of the Subject Company.</b></p>
<p>No transactions in Shares were effected in the past 60 days.</p>
<p><b>Item 8. Additional Information.</b></p>
<p>The Offer is subject to the expiration of the HSR waiting period.</p>
<p><b>Item 9. Exhibits.</b> The exhibits are listed in the exhibit index that follows the signature page.</p>
</body></html>`;

const amendment = `                                 SCHEDULE 14D-9
                                 (Rule 14d-101)

                 SOLICITATION/RECOMMENDATION STATEMENT UNDER SECTION
                 14(d)(4) OF THE SECURITIES EXCHANGE ACT OF 1934

                                (Amendment No. 1)

                             LARKSPUR DEVICES, INC.
                           (Name of Subject Company)

     This Amendment No. 1 amends and supplements the Solicitation/Recommendation
Statement on Schedule 14D-9 filed by Larkspur Devices, Inc. on May 10, 2019.

ITEM 4.  THE SOLICITATION OR RECOMMENDATION.

     Item 4(b) of the Schedule 14D-9 is hereby amended by deleting paragraph (b)
in its entirety and replacing it with the following paragraph:

     "(b) The Board met on May 3 and May 6, 2019 and approved the Merger
     Agreement at the second meeting."

ITEM 8.  ADDITIONAL INFORMATION.

     Item 8 of the Schedule 14D-9 is hereby amended and supplemented to add the
following:

     The HSR waiting period expired on June 1, 2019.

Date: June 3, 2019
`;

const file = (path: string, text: string): VFile => ingest(path, new TextEncoder().encode(text));

function versionsOf(): Root[] {
  const manifest: OfferManifest = { title: 'Larkspur 14D-9', documents: { 'Schedule 14D-9': 'schedule-14d-9.htm' }, filings: ['amendment-1.txt'] } as OfferManifest;
  const filing = file('amendment-1.txt', amendment);
  const versions = buildVersions({ manifest, documents: { 'Schedule 14D-9': file('schedule-14d-9.htm', statement) }, filings: [filing] });
  expect(filing.messages.filter((m) => m.fatal !== null).map(String)).toEqual([]);
  return versions.map((v) => v.documents['Schedule 14D-9'] as Root);
}

const itemsOf = (tree: Root): string[] => renderText(tree).trimEnd().split('\n\n');

describe('a Schedule 14D-9 statement as a base document', () => {
  it('reads its Items, the run-in Item 9 as a heading, and marks the absent Item 7 where it belongs', () => {
    const [original] = versionsOf();
    const blocks = itemsOf(original as Root);
    const at = (start: string): number => blocks.findIndex((b) => b.startsWith(start));
    expect(at('Item 7. Purposes of the Transaction and Plans or Proposals.')).toBe(at('Item 6.') + 2);
    expect(blocks[at('Item 7.') + 1]).toBe('[Item 7 as filed before Amendment No. 1 is not in the corpus]');
    expect(blocks[at('Item 9. Exhibits.')]).toBe('Item 9. Exhibits.');
    expect(blocks[at('Item 9. Exhibits.') + 1]).toBe('The exhibits are listed in the exhibit index that follows the signature page.');
  });

  it('replaces the lettered paragraph Item 4(b) names and adds to Item 8, leaving the rest as filed', () => {
    const [original, amended] = versionsOf();
    const before = itemsOf(original as Root);
    const after = itemsOf(amended as Root);
    const expected = [...before];
    expected[before.indexOf('(b) The Board met on May 3, 2019 and approved the Merger Agreement.')] = '(b) The Board met on May 3 and May 6, 2019 and approved the Merger Agreement at the second meeting.';
    expected.splice(before.indexOf('The Offer is subject to the expiration of the HSR waiting period.') + 1, 0, 'The HSR waiting period expired on June 1, 2019.');
    expect(after).toEqual(expected);
  });
});
