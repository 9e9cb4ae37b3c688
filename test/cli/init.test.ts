import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sonus2002Submissions, submissionText } from '../helpers/edgar-submission.js';
import { runCli } from '../helpers/run-cli.js';

const corpus = 'corpus/sonus-2002-option-exchange';

// The four submissions, saved as a user saves them from EDGAR, in a folder of their own.
function downloads(): string {
  const dir = mkdtempSync(join(tmpdir(), 'amendiff-init-'));
  mkdirSync(join(dir, 'edgar'));
  for (const [name, text] of sonus2002Submissions()) writeFileSync(join(dir, 'edgar', name), text);
  return dir;
}

describe('amendiff init', () => {
  const dir = downloads();
  const offer = join(dir, 'offer');
  const run = runCli(['init', offer, join(dir, 'edgar')]);

  it('writes offer.json and the files, and says what it wrote', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        `wrote ${offer}/offer.json: Sonus Networks, Inc. — Offer to Exchange (2002)`,
        '  Offer to Exchange  offer-to-exchange.txt  EX-99.(A)(1) of SC TO-I, 0009999901-02-000001, filed 2002-10-16',
        '  Schedule TO        schedule-to.txt        SC TO-I, 0009999901-02-000001, filed 2002-10-16',
        '  Amendment No. 1    amendment-1.txt        SC TO-I/A, 0009999901-02-000002, filed 2002-10-17',
        '  Amendment No. 2    amendment-2.txt        SC TO-I/A, 0009999901-02-000003, filed 2002-11-12',
        '  Amendment No. 3    amendment-3.txt        SC TO-I/A, 0009999901-02-000004, filed 2002-11-26',
        `next: amendiff check ${offer}`,
        '',
      ].join('\n'),
    );
    const manifest = JSON.parse(readFileSync(join(offer, 'offer.json'), 'utf8')) as { documents: Record<string, string>; filings: string[] };
    expect(manifest.documents).toEqual({ 'Offer to Exchange': 'offer-to-exchange.txt', 'Schedule TO': 'schedule-to.txt' });
    // The document's text as filed, ending with the line end EDGAR sets before `</TEXT>`.
    expect(readFileSync(join(offer, 'amendment-2.txt'), 'utf8')).toBe(readFileSync(join(corpus, 'amendment-2.txt'), 'utf8').replace(/\n?$/, '\n'));
  });

  it('makes a folder whose every instruction resolves', () => {
    const check = runCli(['check', offer]);
    expect(check.code).toBe(0);
    expect(check.stdout).toBe(runCli(['check', corpus]).stdout);
    expect(check.stdout).toMatch(/^3 filings, \d+ instructions applied/);
  });

  it('gives the operative text of the bundled corpus (test/offer/assemble.test.ts compares every version)', () => {
    for (const asOf of ['original', 'A2']) {
      expect(runCli(['text', offer, '--as-of', asOf]).stdout).toBe(runCli(['text', corpus, '--as-of', asOf]).stdout);
    }
  });

  it('never writes over a folder that holds files, unless --force', () => {
    const again = runCli(['init', offer, join(dir, 'edgar')]);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(`amendiff: ${offer}: already exists and is not empty; add \`--force\` to write over its files\n`);
    writeFileSync(join(offer, 'offer.json'), '{}');
    expect(runCli(['init', offer, join(dir, 'edgar'), '--force']).code).toBe(0);
    expect(JSON.parse(readFileSync(join(offer, 'offer.json'), 'utf8'))).toHaveProperty('filings');
  });

  it('refuses the submissions of two offers, naming both, and writes nothing', () => {
    const other = join(dir, 'other.txt');
    writeFileSync(other, submissionText({ accession: '0009999902-05-000009', form: 'SC TO-I/A', filed: '2005-03-01', company: 'NORTHWIND INSTRUMENTS INC', cik: '0009999902', fileNumber: '005-99902' }, [
      { type: 'SC TO-I/A', filename: 'n.txt', description: 'AMENDMENT NO. 1', text: readFileSync('corpus/northwind-2005-offer-to-purchase/amendment-1.txt', 'utf8') },
    ]));
    const mixed = runCli(['init', join(dir, 'mixed'), join(dir, 'edgar'), other]);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toBe(
      `amendiff: Expected filings of one offer, found \`${join(dir, 'edgar', '0009999901-02-000001.txt')}\` (subject company SONUS NETWORKS INC, file number 005-99901) and \`${other}\` (subject company NORTHWIND INSTRUMENTS INC, file number 005-99902)\n`,
    );
    expect(existsSync(join(dir, 'mixed'))).toBe(false);
  });

  it('reads documents saved one by one: the amendments and the offer itself', () => {
    const saved = join(dir, 'saved');
    mkdirSync(saved);
    for (const name of ['offer-to-exchange.txt', 'amendment-3.txt', 'amendment-1.txt', 'amendment-2.txt']) writeFileSync(join(saved, `d-${name}`), readFileSync(join(corpus, name)));
    const made = runCli(['init', join(dir, 'from-saved'), saved]);
    expect(made.code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, 'from-saved', 'offer.json'), 'utf8')) as { documents: Record<string, string>; filings: string[] };
    expect(manifest.documents).toEqual({ 'Offer to Exchange': 'offer-to-exchange.txt' });
    expect(manifest.filings).toEqual(['amendment-1.txt', 'amendment-2.txt', 'amendment-3.txt']);
    const text = readFileSync(join(dir, 'from-saved', 'offer-to-exchange.txt'), 'utf8');
    expect(text).toBe(readFileSync(join(corpus, 'offer-to-exchange.txt'), 'utf8'));
  });

  it('lets every command read a complete submission directly, as its main document', () => {
    const direct = runCli(['parse', join(dir, 'edgar', '0009999901-02-000003.txt'), '--format', 'text']);
    expect(direct.stdout.split('\n').map((line) => line.replace(/\s+<-.*$/, ''))).toEqual(
      runCli(['parse', join(corpus, 'amendment-2.txt'), '--format', 'text']).stdout.split('\n').map((line) => line.replace(/\s+<-.*$/, '')),
    );
  });
});
