import { describe, expect, it } from 'vitest';
import { readAccession, readEdgarAddress, submissionPath } from '../../engine/read/edgar/address.js';

describe('EDGAR addresses', () => {
  const filing = { cik: '9999901', accession: '0009999901-02-000003' };

  it.each([
    'https://www.sec.gov/Archives/edgar/data/9999901/000999990102000003/0009999901-02-000003-index.htm',
    'https://www.sec.gov/Archives/edgar/data/0009999901/000999990102000003/0009999901-02-000003.txt',
    'https://www.sec.gov/Archives/edgar/data/9999901/000999990102000003/d3sctoia.htm',
    'https://www.sec.gov/Archives/edgar/data/9999901/000999990102000003/',
    '/Archives/edgar/data/9999901/000999990102000003',
    'https://www.sec.gov/Archives/edgar/data/9999901/0009999901-02-000003.txt',
    'https://www.sec.gov/ix?doc=/Archives/edgar/data/9999901/000999990102000003/d3sctoia.htm',
    'https://www.sec.gov/ix?doc=%2FArchives%2Fedgar%2Fdata%2F9999901%2F000999990102000003%2Fd3sctoia.htm',
  ])('reads the filing of %s', (address) => {
    expect(readEdgarAddress(address)).toEqual(filing);
  });

  it.each(['https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany', 'https://www.sec.gov/Archives/edgar/data/9999901/', 'not an address'])('reads no filing from %s', (address) => {
    expect(readEdgarAddress(address)).toBeNull();
  });

  it('reads accession numbers with or without dashes', () => {
    expect([readAccession('0009999901-02-000003'), readAccession('000999990102000003'), readAccession('0009999901-02-3'), readAccession('x')]).toEqual([
      '0009999901-02-000003',
      '0009999901-02-000003',
      null,
      null,
    ]);
  });

  it('gives the path of the complete submission', () => {
    expect(submissionPath({ cik: '0009999901', accession: '0009999901-02-000003' })).toBe('/Archives/edgar/data/9999901/000999990102000003/0009999901-02-000003.txt');
  });
});
