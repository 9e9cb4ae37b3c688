import { describe, expect, it } from 'vitest';
import { findVersion, parseAsOf } from '../../engine/offer/as-of.js';
import type { Version } from '../../engine/types.js';

const version = (number: number, date: string | null): Version => ({ number, date } as Version);
const dated = [version(0, '2002-10-16'), version(1, '2002-10-17'), version(2, '2002-11-12'), version(3, '2002-11-26')];

describe('a version named as a user names it', () => {
  it.each([
    ['2', 2],
    ['A2', 2],
    ['a2', 2],
    ['Amendment No. 2', 2],
    ['amendment no 2', 2],
    ['Amendment 2', 2],
    ['No. 2', 2],
    ['0', 0],
    ['original', 'original'],
    ['Latest', 'latest'],
    ['2002-11-15', { date: '2002-11-15' }],
  ])('%s', (text, wanted) => {
    expect(parseAsOf(text)).toEqual(wanted);
  });

  it.each(['first', 'A', 'Amendment No.', '2002-02-30', '2002-13-01', '15/11/2002', '-1'])('refuses %s', (text) => {
    expect(parseAsOf(text)).toBeNull();
  });
});

describe('the version in force on a date', () => {
  it('is the last filed on or before it', () => {
    const on = (date: string): number | null => findVersion(dated, { date })?.number ?? null;
    expect([on('2002-10-16'), on('2002-10-20'), on('2002-11-12'), on('2002-11-25'), on('2003-06-01')]).toEqual([0, 1, 2, 2, 3]);
  });

  it('is none before the original was filed', () => {
    expect(findVersion(dated, { date: '2002-10-15' })).toBeNull();
  });

  it('is the original before the first amendment when the original has no date', () => {
    const undated = [version(0, null), ...dated.slice(1)];
    expect(findVersion(undated, { date: '2001-01-01' })?.number).toBe(0);
    expect(findVersion(undated, { date: '2002-10-17' })?.number).toBe(1);
  });

  it('is undecided between an amendment with no date and the next dated one', () => {
    const gap = [dated[0], version(1, null), dated[2]] as Version[];
    expect(findVersion(gap, { date: '2002-10-20' })).toBeNull();
    expect(findVersion(gap, { date: '2002-10-16' })).toBeNull();
    expect(findVersion(gap, { date: '2002-11-20' })?.number).toBe(2);
  });

  it('takes numbers, original and latest as before', () => {
    expect([findVersion(dated, 2)?.number, findVersion(dated, 'original')?.number, findVersion(dated, 'latest')?.number, findVersion(dated, 9)]).toEqual([2, 0, 3, null]);
  });
});
