import { describe, expect, it } from 'vitest';
import { offerName, offerTitleOf, titledAs } from '../../engine/offer/document-title.js';

describe('an exhibit that is the offer itself, read from its title', () => {
  it.each([
    ['the title on the first line', 'OFFER TO EXCHANGE CERTAIN OUTSTANDING OPTIONS\n\nWestlake Rotor Corp. is offering ...'],
    ['an exhibit label above it', 'Exhibit (a)(1)(A)\n\n      Offer to Purchase for Cash\n                 by\n          Harbor Kiln, Inc.\n'],
    ['the company name above it', '                 BRAMBLE SYSTEMS, INC.\n\n        OFFER TO AMEND THE EXERCISE PRICE OF CERTAIN OPTIONS\n'],
    ['a legend above it', 'THIS DOCUMENT IS IMPORTANT AND REQUIRES YOUR IMMEDIATE ATTENTION.\n\nOFFER TO PURCHASE FOR CASH\n'],
  ])('%s', (_, text) => {
    expect(offerTitleOf(text, 'text')).toMatch(/^offer to/i);
  });

  it('in HTML, with the title broken across source lines and set in nested elements', () => {
    const html = '<html><head><title>x</title></head><body><p align="center"><b><font size="4">Offer to\nPurchase for Cash</font></b></p><p>by</p></body></html>';
    expect(offerTitleOf(html, 'html')).toBe('Offer to Purchase for Cash');
  });

  it.each([
    ['a letter of transmittal', 'LETTER OF TRANSMITTAL\nTo Tender Shares of Common Stock\nPursuant to the Offer to Purchase dated May 2, 2005\n'],
    ['an election form naming the offer next', 'ELECTION FORM\n\nOFFER TO EXCHANGE CERTAIN OUTSTANDING OPTIONS\n'],
    ['a notice', 'Notice of Guaranteed Delivery\nfor Tender of Shares\n'],
    ['a statement citing the offer in its text', 'The information in the Offer to Purchase is incorporated herein by reference.\n'],
  ])('is not %s', (_, text) => {
    expect(offerTitleOf(text, 'text')).toBeNull();
  });

  it('is named as the instructions name it, else by its opening words', () => {
    expect(offerName('OFFER TO EXCHANGE OUTSTANDING STOCK OPTIONS', ['Offer to Exchange', 'Schedule TO'])).toBe('Offer to Exchange');
    expect(offerName('Offer to Purchase for Cash', ['Offer to Purchase', 'Offer to Purchase for Cash'])).toBe('Offer to Purchase for Cash');
    expect(offerName('OFFER TO PURCHASE FOR CASH', [])).toBe('Offer to Purchase');
  });

  it('finds another document the instructions name by its title', () => {
    expect(titledAs('Exhibit (a)(1)(B)\nLETTER OF TRANSMITTAL\nTo Tender Shares\n', 'text', 'Letter of Transmittal')).toBe(true);
    expect(titledAs('ELECTION FORM\n', 'text', 'Letter of Transmittal')).toBe(false);
  });
});
