import { describe, expect, it } from 'vitest';
import { readResults } from '../../engine/filing/results.js';
import type { OfferResults } from '../../engine/types.js';

const none: OfferResults = { expired: null, accepted: null, unit: null, underlying: null, percentEligible: null, cash: null, grantDate: null, tendered: null, percentOutstanding: null, acceptedAll: null, mergerDate: null };

describe('readResults: the seeds', () => {
  it('reads the 2002 option exchange (Amendment No. 3, Item 4)', () => {
    const text = `         The Offer to Exchange expired at 5 p.m., Eastern Time, on November 22,
2002. Pursuant to the Offer to Exchange, Sonus Networks, Inc. (the "Company")
accepted for exchange options to purchase 8,802,245 shares of common stock,
representing approximately 70% of the options that were eligible to be tendered
in the offer. Upon the terms and subject to the conditions of the Offer to
Exchange, the Company expects that it will issue, on or about May 27, 2003, new
options to purchase an aggregate of approximately 8,802,245 shares of common
stock in exchange for such tendered options.`;
    expect(readResults(text)).toEqual({
      expired: '2002-11-22',
      accepted: 8802245,
      unit: 'shares',
      underlying: true,
      percentEligible: 70,
      cash: null,
      grantDate: '2003-05-27',
      tendered: null,
      percentOutstanding: null,
      acceptedAll: null,
      mergerDate: null,
    });
  });

  it('reads the 2007 offer to amend, with markdown debris', () => {
    const text =
      'The Offer expired at 5:00 p.m., Eastern Time, on Monday, September 10, 2007. Pursuant to the terms of the Offer, the Company has accepted for amendment options to purchase 5,259,619 shares of the Common Stock. ' +
      'Eligible Holders whose options have been amended in accordance with the terms of the Offer will receive promises to make cash payments in the aggregate amount of \\$3,485,933 in accordance with the terms of the Offer.';
    expect(readResults(text)).toEqual({
      expired: '2007-09-10',
      accepted: 5259619,
      unit: 'shares',
      underlying: true,
      percentEligible: null,
      cash: 3485933,
      grantDate: null,
      tendered: null,
      percentOutstanding: null,
      acceptedAll: null,
      mergerDate: null,
    });
  });
});

describe('readResults: other phrasings', () => {
  it('counts shares validly tendered and not withdrawn', () => {
    expect(readResults('A total of 12,345,678 Shares were validly tendered and not withdrawn prior to the expiration of the Offer.')).toEqual({
      ...none,
      accepted: 12345678,
      unit: 'shares',
      underlying: false,
      tendered: 12345678,
    });
  });

  it('prefers the accepted count and reads an aggregate purchase price, not the price per share', () => {
    const text =
      'The tender offer expired at 12:00 midnight, New York City time, on Friday, June 5, 2009. 9,000,000 shares were tendered. ' +
      'The Company accepted for purchase 5,000,000 shares at a price of $25.50 per share, for an aggregate purchase price of $127.5 million.';
    expect(readResults(text)).toEqual({ ...none, expired: '2009-06-05', accepted: 5000000, unit: 'shares', underlying: false, cash: 127500000 });
  });

  it('counts options when the count is of options', () => {
    expect(readResults('We accepted for cancellation 1,234 eligible options, representing 45.6% of all eligible options.')).toEqual({
      ...none,
      accepted: 1234,
      unit: 'options',
      underlying: false,
      percentEligible: 45.6,
    });
  });

  it('reads a count written before "were accepted"', () => {
    expect(readResults('Options to purchase 250,000 shares of common stock were tendered and have been accepted for exchange.')).toEqual({
      ...none,
      accepted: 250000,
      unit: 'shares',
      underlying: true,
    });
  });

  it('reads a percentage of the outstanding shares', () => {
    // A share of the company's stock, not of the options an exchange offer was for.
    expect(readResults('The shares tendered represent approximately 87.2 percent of the outstanding Shares.')).toEqual({ ...none, percentOutstanding: 87.2 });
  });

  it('reads an expiry date written before the verb', () => {
    expect(readResults('At 5:00 p.m., Eastern Time, on June 5, 2009, the Offer expired.')).toEqual({ ...none, expired: '2009-06-05' });
  });

  it('reads a grant date of new options', () => {
    expect(readResults('The new options will be granted on June 8, 2009.')).toEqual({ ...none, grantDate: '2009-06-08' });
  });

  it('reads cash paid in total for the options', () => {
    expect(readResults('The Company will make cash payments totalling $1,250,000.50 to participants.')).toEqual({ ...none, cash: 1250000.5 });
  });

  it('ignores per-option rates and exercise prices', () => {
    expect(readResults('Each holder will receive a cash payment of $1.00 per option; the exercise price of $0.67 is unchanged.')).toBeNull();
  });

  it('returns null when nothing is reported', () => {
    expect(readResults('Item 12 of the Schedule TO is hereby amended and supplemented so as to add the following new exhibit.')).toBeNull();
    expect(readResults('')).toBeNull();
  });
});

describe('readResults: a modern final amendment for shares', () => {
  it('reads the count tendered, its share of the outstanding stock, acceptance of all and the merger date', () => {
    const text =
      'The Offer expired as scheduled at one minute after 11:59 p.m., Eastern Time, on April 9, 2021, and was not extended. ' +
      'Harbor Trust Company, the depositary for the Offer, has advised Purchaser that, as of the expiration of the Offer, a total of 31,402,118 Shares ' +
      'were validly tendered and not validly withdrawn pursuant to the Offer, representing approximately 87.3% of the outstanding Shares. ' +
      'In addition, Notices of Guaranteed Delivery were delivered for 402,006 Shares, representing approximately an additional 1.1% of the outstanding Shares. ' +
      'The number of Shares validly tendered and not validly withdrawn satisfies the Minimum Condition. All conditions to the Offer having been satisfied, ' +
      'Purchaser accepted for payment all Shares validly tendered and not validly withdrawn pursuant to the Offer. ' +
      'Parent expects to complete the Merger, without a vote of the stockholders of the Company, on April 12, 2021 pursuant to Section 251(h) of the DGCL, ' +
      'as contemplated by the Merger Agreement, dated as of February 22, 2021.';
    expect(readResults(text)).toEqual({
      ...none,
      expired: '2021-04-09',
      accepted: 31402118,
      unit: 'shares',
      underlying: false,
      tendered: 31402118,
      percentOutstanding: 87.3,
      acceptedAll: true,
      mergerDate: '2021-04-12',
    });
  });

  it('reads a merger completed on a date written before it, not the date of the merger agreement', () => {
    const text = 'On May 3, 2022, following the consummation of the Offer, Purchaser merged with and into the Company, with the Company surviving the Merger.';
    expect(readResults(text)?.mergerDate).toBe('2022-05-03');
    expect(readResults('The Merger Agreement, dated as of March 1, 2022, governs the Offer.')).toBeNull();
  });
});
