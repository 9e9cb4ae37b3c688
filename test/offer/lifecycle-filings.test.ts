import { describe, expect, it } from 'vitest';
import { ingest } from '../../engine/read/ingest.js';
import { offerTimeline, problemsOf } from '../../engine/offer/operative.js';
import { buildVersions, type OfferInput } from '../../engine/offer/versions.js';
import { renderText } from '../../engine/core/document-text.js';
import { renderTimelineText } from '../../engine/render/timeline-text.js';
import type { Root } from '../../engine/types.js';
import { redline } from '../../engine/redline/redline.js';
import { renderMd } from '../../engine/render/md.js';

// A fictional offer for shares, written in the frames of 2021-style filings.
const base = `OFFER TO PURCHASE FOR CASH

ALL OUTSTANDING SHARES OF COMMON STOCK OF LARKSPUR THERAPEUTICS, INC.

THE OFFER EXPIRES AT ONE MINUTE AFTER 11:59 P.M., EASTERN TIME, ON MARCH 5, 2021, UNLESS THE OFFER IS EXTENDED.

Fenwick Acquisition Corp. is offering to purchase all outstanding Shares at $12.00 per Share, net to the seller in cash.

You may tender your Shares until one minute after 11:59 p.m., Eastern Time, on March 5, 2021 (the "Expiration Time").

The board of directors of the Company met on March 5, 2021 to review the Offer.
`;

const cover = (n: number, finalBox: string) => `SCHEDULE TO
(Amendment No. ${n})

LARKSPUR THERAPEUTICS, INC.
(Name of Subject Company (Issuer))

Check the following box if the filing is a final amendment reporting the results of the tender offer: ${finalBox}

This Amendment No. ${n} amends and supplements the Tender Offer Statement on Schedule TO filed with the Securities and Exchange Commission on February 5, 2021 by Fenwick Acquisition Corp. ("Purchaser"), relating to the offer to purchase all outstanding shares (the "Shares") of Larkspur Therapeutics, Inc. (the "Company"), on the terms set forth in the Offer to Purchase, dated February 5, 2021 (the "Offer to Purchase").
`;

const extension = `${cover(1, '[ ]')}
Items 1 through 9 and Item 11.

The Offer to Purchase and Items 1 through 9 and Item 11 of the Schedule TO are hereby amended and supplemented as follows:

Purchaser has extended the Expiration Time of the Offer until one minute after 11:59 p.m., Eastern Time, on March 19, 2021, unless further extended. The Offer was previously scheduled to expire at one minute after 11:59 p.m., Eastern Time, on March 5, 2021.

Dated: March 5, 2021
`;

const terms = `${cover(2, '[ ]')}
Item 4. Terms of the Transaction.

On March 10, 2021, Purchaser increased the Offer Price from $12.00 to $13.50 per Share. Purchaser has waived the Financing Condition.

Dated: March 10, 2021
`;

const final = `<html><body><p>SCHEDULE TO</p><p>(Amendment No. 3)</p><p>LARKSPUR THERAPEUTICS, INC.</p><p>(Name of Subject Company (Issuer))</p>
<table><tr><td>Check the following box if the filing is a final amendment reporting the results of the tender offer:</td><td>&#9746;</td></tr></table>
<p>Items 1 through 9 and Item 11 of the Schedule TO are hereby amended and supplemented by adding the following text at the end thereof:</p>
<p>&#8220;The Offer expired as scheduled at one minute after 11:59 p.m., Eastern Time, on March 19, 2021. As of the expiration of the Offer, a total of 20,118,450 Shares were validly tendered and not validly withdrawn pursuant to the Offer, representing approximately 87.3% of the outstanding Shares. Purchaser accepted for payment all Shares validly tendered and not validly withdrawn pursuant to the Offer. Purchaser expects to complete the Merger on March 22, 2021.&#8221;</p>
<p>Dated: March 22, 2021</p></body></html>`;

function offer(filings: Array<[string, string]>): OfferInput {
  return {
    manifest: { title: 'Larkspur', documents: { 'Offer to Purchase': 'offer-to-purchase.txt' }, filings: filings.map(([name]) => name) },
    documents: { 'Offer to Purchase': ingest('offer-to-purchase.txt', base) },
    filings: filings.map(([name, text]) => ingest(name, text)),
  };
}

describe('the lifecycle as filings state it', () => {
  const input = offer([['amendment-1.txt', extension], ['amendment-2.txt', terms], ['amendment-3.htm', final]]);
  const versions = buildVersions(input);
  const timeline = offerTimeline(versions);
  const text = (n: number): string => renderText(versions[n]?.documents['Offer to Purchase'] as Root);

  it('extends from the prose, keeping the time of day, and rewrites the old date only where it is the expiration', () => {
    expect(problemsOf(input.filings)).toEqual([]);
    expect(timeline[1]).toMatchObject({ state: 'amended', extendedTo: '2021-03-19', expirationTime: 'one minute after 11:59 p.m., Eastern Time' });
    expect(text(1)).toBe(
      [
        'OFFER TO PURCHASE FOR CASH',
        'ALL OUTSTANDING SHARES OF COMMON STOCK OF LARKSPUR THERAPEUTICS, INC.',
        'THE OFFER EXPIRES AT ONE MINUTE AFTER 11:59 P.M., EASTERN TIME, ON MARCH 19, 2021, UNLESS THE OFFER IS EXTENDED.',
        'Fenwick Acquisition Corp. is offering to purchase all outstanding Shares at $12.00 per Share, net to the seller in cash.',
        'You may tender your Shares until one minute after 11:59 p.m., Eastern Time, on March 19, 2021 (the "Expiration Time").',
        'The board of directors of the Company met on March 5, 2021 to review the Offer.',
      ].join('\n\n') + '\n',
    );
    expect(versions[1]?.edits.map((e) => e.origin.global)).toEqual([true, true]);
  });

  it('records the price raised and the condition waived as events of the machine', () => {
    expect(timeline[2]).toMatchObject({ state: 'amended', extendedTo: null, price: { low: 13.5, high: 13.5 }, waived: ['Financing Condition'] });
    expect(versions[2]?.context).toMatchObject({ price: { low: 13.5, high: 13.5 }, waived: ['Financing Condition'], expirations: ['2021-03-05', '2021-03-19'] });
  });

  it('reads the final amendment in HTML: its box as an entity, its results as numbers', () => {
    expect(timeline[3]).toMatchObject({
      state: 'final',
      results: { expired: '2021-03-19', tendered: 20118450, percentOutstanding: 87.3, acceptedAll: true, mergerDate: '2021-03-22' },
    });
    expect(renderTimelineText(timeline).split('\n').slice(1)).toEqual([
      '     expiration: March 5, 2021',
      '1  Amendment No. 1  March 5, 2021     amended',
      '     extended to: March 19, 2021, one minute after 11:59 p.m., Eastern Time',
      '     text edits: 2',
      '2  Amendment No. 2  March 10, 2021    amended',
      '     expiration: March 19, 2021, one minute after 11:59 p.m., Eastern Time',
      '     price: $13.50 per share',
      '     condition waived: Financing Condition',
      '     text edits: 0',
      '3  Amendment No. 3  March 22, 2021    final',
      '     expiration: March 19, 2021, one minute after 11:59 p.m., Eastern Time',
      '     expired: March 19, 2021',
      '     tendered: 20,118,450 shares (about 87.3% of the outstanding shares)',
      '     accepted: all shares validly tendered',
      '     merger: March 22, 2021',
      '     text edits: 1',
      '',
    ]);
  });
});

describe("the redline's timeline", () => {
  const versions = buildVersions(offer([['amendment-1.txt', extension], ['amendment-2.txt', terms], ['amendment-3.htm', final]]));
  const red = redline(versions, { document: 'Offer to Purchase', from: 0, to: 3 });

  it('carries the time of day and the terms each version changed', () => {
    expect(red.timeline.map((t) => [t.state, t.expiration, t.expirationTime, t.terms])).toEqual([
      ['original', '2021-03-05', null, []],
      ['amended', '2021-03-19', 'one minute after 11:59 p.m., Eastern Time', []],
      ['amended', '2021-03-19', 'one minute after 11:59 p.m., Eastern Time', ['price: $13.50 per share', 'condition waived: Financing Condition']],
      ['final', '2021-03-19', 'one minute after 11:59 p.m., Eastern Time', []],
    ]);
  });

  it('shows them in the markdown table, in a column of their own', () => {
    const table = renderMd(red).split('\n').filter((line) => line.startsWith('|'));
    expect(table.slice(0, 2)).toEqual(['| Version | Date | State | Expires | Withdrawn for | Terms changed |', '| --- | --- | --- | --- | --- | --- |']);
    expect(table[4]).toBe('| Amendment No. 2 | 2021-03-10 | amended | 2021-03-19, one minute after 11:59 p.m., Eastern Time |  | price: $13.50 per share; condition waived: Financing Condition |');
  });
});

describe('an offer terminated as a whole', () => {
  const terminated = `${cover(1, '[ ]')}
Item 4. Terms of the Transaction.

On March 3, 2021, Purchaser terminated the Offer because the Merger Agreement was terminated by the Company in order to accept a superior proposal.

Dated: March 3, 2021
`;
  const late = extension.replace(/Amendment No\. 1/g, 'Amendment No. 2');

  it('is its own final state, with the reason as filed, and takes no amendment after it', () => {
    const input = offer([['amendment-1.txt', terminated], ['amendment-2.txt', late]]);
    const versions = buildVersions(input);
    expect(versions.map((v) => v.state)).toEqual(['original', 'terminated', 'terminated']);
    expect(offerTimeline(versions)[1]?.terminated).toBe('On March 3, 2021, Purchaser terminated the Offer because the Merger Agreement was terminated by the Company in order to accept a superior proposal.');
    expect(problemsOf(input.filings).map((p) => p.ruleId)).toEqual(['amendment-after-final']);
  });
});

describe("the target's side: a Schedule 14D-9 and its amendments", () => {
  const statement = `SCHEDULE 14D-9

Item 4. The Solicitation or Recommendation.

The Board recommends that the stockholders of the Company reject the Offer and not tender their Shares pursuant to the Offer.

The Offer is scheduled to expire at 5:00 p.m., New York City time, on September 9, 2022, unless extended.
`;
  const amendment = (n: number, body: string) => `SCHEDULE 14D-9/A
(Amendment No. ${n})

WILLOWMERE FOODS, INC.
(Name of Subject Company)

This Amendment No. ${n} amends and supplements the Solicitation/Recommendation Statement on Schedule 14D-9 filed with the Securities and Exchange Commission on August 12, 2022 by Willowmere Foods, Inc. (the "Company").

${body}

Dated: September ${n + 7}, 2022
`;
  const extended = amendment(1, 'On September 8, 2022, Bramble Holdings announced that it has extended the Expiration Time of the Offer until 5:00 p.m., New York City time, on September 23, 2022.');
  const changed = amendment(2, 'Following the increase of the Offer Price, the Board now unanimously recommends that the stockholders of the Company accept the Offer and tender their Shares pursuant to the Offer.');

  it('makes an offer folder: the recommendation, and the extension the target reports, in its timeline', () => {
    const input: OfferInput = {
      manifest: { title: 'Willowmere', documents: { 'Schedule 14D-9': 'schedule-14d-9.txt' }, filings: ['amendment-1.txt', 'amendment-2.txt'] },
      documents: { 'Schedule 14D-9': ingest('schedule-14d-9.txt', statement) },
      filings: [ingest('amendment-1.txt', extended), ingest('amendment-2.txt', changed)],
    };
    const versions = buildVersions(input);
    expect(problemsOf(input.filings)).toEqual([]);
    const timeline = offerTimeline(versions);
    expect(timeline.map((e) => [e.state, e.extendedTo, e.expirationTime, e.recommendation])).toEqual([
      ['original', null, null, 'reject'],
      ['amended', '2022-09-23', '5:00 p.m., New York City time', null],
      ['amended', null, '5:00 p.m., New York City time', 'accept'],
    ]);
    expect(renderText(versions[1]?.documents['Schedule 14D-9'] as Root)).toContain('on September 23, 2022, unless extended.');
  });
});
