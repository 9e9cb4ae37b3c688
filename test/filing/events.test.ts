import { describe, expect, it } from 'vitest';
import { readOfferEvents } from '../../engine/filing/events.js';
import { statedExtension, tellsHistory } from '../../engine/filing/extension.js';

// Fictional sentences, each in the frame of a family filings use.
describe('statedExtension: the phrasings of an extension', () => {
  it.each([
    ['Purchaser has extended the Expiration Time of the Offer until one minute after 11:59 p.m., Eastern Time, on March 5, 2021, unless further extended.', '2021-03-05', 'one minute after 11:59 p.m., Eastern Time'],
    ['Bidco has extended the Expiration Date of the Offer until 5:00 p.m., New York City time, on Friday, July 9, 2010.', '2010-07-09', '5:00 p.m., New York City time'],
    ['The Offer, which was previously scheduled to expire at 5:00 p.m., Eastern Time, on February 18, 2021, has been extended to 5:00 p.m., Eastern Time, on March 4, 2021.', '2021-03-04', '5:00 p.m., Eastern Time'],
    ['The Offer to Purchase is hereby amended to extend the Expiration Date until 12:00 midnight, New York City time, at the end of the day on June 30, 2016.', '2016-06-30', '12:00 midnight, New York City time, at the end of the day'],
    ['On March 1, 2021, Purchaser announced an extension of the Expiration Time until one minute after 11:59 p.m., Eastern Time, on March 15, 2021.', '2021-03-15', 'one minute after 11:59 p.m., Eastern Time'],
    ['Purchaser extended the Expiration Time from one minute after 11:59 p.m., Eastern Time, on February 18, 2021 to one minute after 11:59 p.m., Eastern Time, on March 5, 2021.', '2021-03-05', 'one minute after 11:59 p.m., Eastern Time'],
    ['The Expiration Date has been extended from August 2, 2012 to August 16, 2012.', '2012-08-16', null],
    ['THE AMENDED OFFER, PRORATION PERIOD AND WITHDRAWAL RIGHTS WILL EXPIRE AT 12:00 MIDNIGHT, NEW YORK CITY TIME, AT THE END OF THE DAY ON TUESDAY, OCTOBER 11, 2011, UNLESS THE OFFER IS FURTHER EXTENDED.', '2011-10-11', '12:00 MIDNIGHT, NEW YORK CITY TIME, AT THE END OF THE DAY'],
    ['The Offer has been extended to November 3, 2008 at 5:00 p.m., New York City time.', '2008-11-03', '5:00 p.m., New York City time'],
  ])('%s', (sentence, expiration, time) => {
    expect(statedExtension(sentence)).toEqual({ expiration, time });
  });

  it.each([
    'If Purchaser extends the Offer, it will announce the extension no later than 9:00 a.m. on the next business day after March 5, 2021.',
    'Purchaser may extend the Offer until one minute after 11:59 p.m., Eastern Time, on March 5, 2021.',
    'The Offer expired as scheduled at one minute after 11:59 p.m., Eastern Time, on March 5, 2021 and was not extended.',
    'The Offer was previously scheduled to expire at one minute after 11:59 p.m., Eastern Time, on February 18, 2021.',
    'Purchaser is required to extend the Offer until the earlier of June 1, 2021 and the termination of the Merger Agreement.',
    'The Offer has not been extended beyond March 5, 2021.',
  ])('reads no extension in %j', (sentence) => {
    expect(statedExtension(sentence)).toBeNull();
  });
});

describe('tellsHistory', () => {
  it('marks the old date where a sentence tells history, not where it states the expiration', () => {
    const history = 'The Offer was previously scheduled to expire at 5:00 p.m., Eastern Time, on February 18, 2021.';
    expect(tellsHistory(history, history.indexOf('February'))).toBe(true);
    const current = 'The Offer is scheduled to expire at 5:00 p.m., Eastern Time, on February 18, 2021.';
    expect(tellsHistory(current, current.indexOf('February'))).toBe(false);
    const from = 'The Expiration Date was extended from February 18, 2021 to March 5, 2021.';
    expect(tellsHistory(from, from.indexOf('February'))).toBe(true);
    expect(tellsHistory(from, from.indexOf('March'))).toBe(false);
  });
});

describe('readOfferEvents: terms, waivers, periods, termination and recommendation', () => {
  const at = (text: string) => readOfferEvents(text, null).map(({ source, ...event }) => event);

  it('reads each family once, in filing order, at the sentence that states it', () => {
    const text = [
      'Items 1 through 9 and Item 11 are hereby amended and supplemented as follows:',
      '',
      'Purchaser has increased the Offer Price from $20.00 to $22.50 per Share, net to the seller in cash.',
      'The Company has amended the Offer to increase the number of Shares sought to up to 425,000 Shares.',
      'Purchaser has waived the Financing Condition.',
      'On April 12, 2021, Purchaser commenced a subsequent offering period for all remaining Shares, which will expire at 5:00 p.m., Eastern Time, on April 19, 2021.',
    ].join('\n');
    expect(at(text)).toEqual([
      { kind: 'price', price: { low: 22.5, high: 22.5 } },
      { kind: 'shares', sought: 425000 },
      { kind: 'waive', condition: 'Financing Condition' },
      { kind: 'subsequent', action: 'start', date: '2021-04-19' },
    ]);
    expect(readOfferEvents(text, null)[0]?.source).toEqual({ line: 3, column: 1 });
  });

  it('reads a price range, a period that ended and a waiver in the passive', () => {
    expect(at('The purchase price range has been amended to not greater than $34.00 nor less than $31.00 per share.')).toEqual([{ kind: 'price', price: { low: 31, high: 34 } }]);
    expect(at('The subsequent offering period expired at 5:00 p.m., Eastern Time, on April 19, 2021.')).toEqual([{ kind: 'subsequent', action: 'end', date: '2021-04-19' }]);
    expect(at('The Minimum Tender Condition has been waived by Purchaser.')).toEqual([{ kind: 'waive', condition: 'Minimum Tender Condition' }]);
  });

  it('reads an offer terminated as a whole, with the reason as filed, but not a withdrawal for one plan', () => {
    const reason = 'On June 2, 2020, Purchaser terminated the Offer because the Merger Agreement was terminated by the Company.';
    expect(at(reason)).toEqual([{ kind: 'terminate', reason }]);
    expect(at('The Offer is hereby withdrawn with respect to the 1999 Plan.')).toEqual([]);
    expect(at('Purchaser may terminate the Offer if any condition is not satisfied.')).toEqual([]);
  });

  it('reads what may happen as nothing', () => {
    expect(at('Purchaser reserves the right to increase the Offer Price to $25.00 per Share.')).toEqual([]);
    expect(at('If Purchaser waives the Minimum Condition, it will announce the waiver.')).toEqual([]);
  });

  it("reads the board's recommendation in a Schedule 14D-9 only", () => {
    const text = 'The Board unanimously recommends that the Company’s stockholders accept the Offer and tender their Shares pursuant to the Offer.';
    expect(readOfferEvents(text, 'Schedule 14D-9').map((e) => e.kind === 'recommend' && e.recommendation)).toEqual(['accept']);
    expect(readOfferEvents(text, 'Schedule TO')).toEqual([]);
    const neutral = 'The Special Committee expresses no opinion and remains neutral toward the Offer.';
    expect(readOfferEvents(neutral, 'Schedule 14D-9').map((e) => e.kind === 'recommend' && e.recommendation)).toEqual(['neutral']);
  });
});
