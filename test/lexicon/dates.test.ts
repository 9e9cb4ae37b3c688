import { describe, expect, it } from 'vitest';
import { dateForms, findDates, formatLike, formatLong, parseDate } from '../../engine/lexicon/dates.js';

describe('parseDate', () => {
  it.each([
    ['October 16, 2002', '2002-10-16'],
    ['OCTOBER 16, 2002', '2002-10-16'],
    ['Oct. 16, 2002', '2002-10-16'],
    ['Oct 16, 2002', '2002-10-16'],
    ['Sept. 10, 2007', '2007-09-10'],
    ['Sep. 10, 2007', '2007-09-10'],
    ['Monday, September 10, 2007', '2007-09-10'],
    ['November 22nd, 2002', '2002-11-22'],
    ['16 October 2002', '2002-10-16'],
    ['16th of October, 2002', '2002-10-16'],
    ['10/16/2002', '2002-10-16'],
    ['10/16/02', '2002-10-16'],
    ['12/31/99', '1999-12-31'],
    ['2002-10-16', '2002-10-16'],
    ['  February 29, 2004 ', '2004-02-29'],
    ['October 16,\n2002', '2002-10-16'],
  ])('reads %j', (text, iso) => {
    expect(parseDate(text)).toEqual(iso);
  });

  it.each(['February 30, 2002', 'February 29, 2003', '2002-02-30', '13/01/2002', 'October 2002', 'October 16', 'the 16th', '', 'on October 16, 2002'])(
    'returns null for %j',
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );
});

describe('findDates', () => {
  it('finds dates with offsets, across a line break, weekday included', () => {
    const text = 'filed on October 16,\n2002; expires Friday, November 22, 2002 (11/22/02).';
    expect(findDates(text)).toEqual([
      { iso: '2002-10-16', start: 9, end: 25, text: 'October 16,\n2002' },
      { iso: '2002-11-22', start: 35, end: 60, text: 'Friday, November 22, 2002' },
      { iso: '2002-11-22', start: 62, end: 70, text: '11/22/02' },
    ]);
  });

  it('ignores numbers that only look like dates', () => {
    expect(findDates('File No. 333-32206, Rule 13e-4, Section 14(d)(1), $1,000,000, 1/2 share, 2002-13-01, 12/32/2002')).toEqual([]);
  });

  it('skips impossible dates but keeps the rest', () => {
    expect(findDates('February 30, 2002 and 16 October 2002').map((date) => date.iso)).toEqual(['2002-10-16']);
  });
});

describe('dateForms', () => {
  it('lists the forms of a date', () => {
    expect(dateForms('2002-11-22')).toEqual([
      'November 22, 2002',
      'NOVEMBER 22, 2002',
      'Nov. 22, 2002',
      '11/22/2002',
      '11/22/02',
      '22 November 2002',
    ]);
  });

  it('gives September both abbreviations and adds padded numbers', () => {
    expect(dateForms('2007-09-10')).toEqual([
      'September 10, 2007',
      'SEPTEMBER 10, 2007',
      'Sept. 10, 2007',
      'Sep. 10, 2007',
      '9/10/2007',
      '9/10/07',
      '10 September 2007',
      '09/10/2007',
      '09/10/07',
    ]);
  });

  it('does not abbreviate May', () => {
    expect(dateForms('2003-05-27').slice(0, 3)).toEqual(['May 27, 2003', 'MAY 27, 2003', '5/27/2003']);
  });
});

describe('formatLike', () => {
  it.each([
    ['November 15, 2002', 'November 22, 2002'],
    ['NOVEMBER 15, 2002', 'NOVEMBER 22, 2002'],
    ['NOV. 15, 2002', 'NOV. 22, 2002'],
    ['Nov 15, 2002', 'Nov 22, 2002'],
    ['11/15/2002', '11/22/2002'],
    ['11/15/02', '11/22/02'],
    ['15 November 2002', '22 November 2002'],
    ['15th of November, 2002', '22nd of November, 2002'],
    ['Thursday, November 14,\n2002', 'Friday, November 22,\n2002'],
    ['2002-11-15', '2002-11-22'],
  ])('writes 2002-11-22 like %j', (sample, written) => {
    expect(formatLike(sample, '2002-11-22')).toEqual(written);
  });

  it('keeps padding and the four-letter Sept', () => {
    expect(formatLike('01/05/2003', '2003-02-07')).toEqual('02/07/2003');
    expect(formatLike('Sept. 4, 2007', '2007-09-10')).toEqual('Sept. 10, 2007');
    expect(formatLike('Sept. 4, 2007', '2007-10-01')).toEqual('Oct. 1, 2007');
    expect(formatLike('Apr. 4, 2007', '2007-05-01')).toEqual('May 1, 2007');
  });

  it('falls back to the long form for a sample that is not a date', () => {
    expect(formatLike('the expiration date', '2002-11-22')).toEqual('November 22, 2002');
  });
});

describe('formatLong', () => {
  it('writes the long form', () => {
    expect(formatLong('2002-11-22')).toEqual('November 22, 2002');
    expect(formatLong('2007-09-01')).toEqual('September 1, 2007');
  });

  it('throws on misuse', () => {
    expect(() => formatLong('2002-02-30')).toThrow('Expected an ISO date');
  });
});
