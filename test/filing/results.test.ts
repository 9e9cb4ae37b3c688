import { describe, expect, it } from 'vitest';
import { readResults } from '../../engine/filing/results.js';
import type { OfferResults } from '../../engine/types.js';

const none: OfferResults = { expired: null, accepted: null, unit: null, underlying: null, percentEligible: null, cash: null, grantDate: null };

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
    expect(readResults('The shares tendered represent approximately 87.2 percent of the outstanding Shares.')).toEqual({ ...none, percentEligible: 87.2 });
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
