import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OperativeJson } from '../../engine/render/blocks-json.js';
import { runCli } from '../helpers/run-cli.js';

const sonus = 'corpus/sonus-2002-option-exchange';

describe('amendiff text', () => {
  const original = runCli(['text', sonus, '--as-of', 'original']);
  const second = runCli(['text', sonus, '--as-of', '2']);

  it('prints the original, one block per line with a blank line between, no page furniture', () => {
    expect(original.code).toBe(0);
    expect(original.stderr).toBe('');
    expect(original.stdout).not.toMatch(/<PAGE>|^\s*\d+\s*$/im);
    expect(original.stdout).toContain('\n\nDETERMINATION OF VALIDITY; REJECTION OF OPTIONS; WAIVER OF DEFECTS; NO OBLIGATION TO GIVE NOTICE OF DEFECTS. We will determine');
  });

  it('gives the original as of Amendment No. 1, which only restates an exhibit', () => {
    expect(runCli(['text', sonus, '--as-of', '1']).stdout).toBe(original.stdout);
  });

  it('holds the new texts of Amendment No. 2 and the new expiration', () => {
    expect(second.code).toBe(0);
    expect(second.stdout.split('In addition, you should not realize taxable income upon the grant of new options.').length - 1).toBe(4);
    expect(second.stdout).toContain('5 P.M., EASTERN TIME, ON NOVEMBER 22, 2002');
    expect(second.stdout).not.toContain('NOVEMBER 14, 2002');
    expect(runCli(['text', sonus, '--as-of', 'latest']).stdout).toBe(second.stdout);
  });

  it('gives every sentence its page and provenance as JSON', () => {
    const run = runCli(['text', sonus, '--as-of', '2', '--format', 'json']);
    const json = JSON.parse(run.stdout) as OperativeJson;
    expect(json.version).toEqual({ number: 2, label: 'Amendment No. 2', date: '2002-11-12' });
    expect(json.document).toBe('Offer to Exchange');
    const sentences = json.blocks.flatMap((b) => b.sentences);
    const nic = sentences.find((s) => s.text.startsWith('You will also be liable for the employee'));
    expect(nic).toMatchObject({ page: 31, amendment: 2, global: false, source: { file: 'amendment-2.txt', item: '4(a)', line: 352, column: 1 } });
    const cover = sentences.find((s) => s.text.includes('ON NOVEMBER 22, 2002'));
    expect(cover).toMatchObject({ amendment: 2, global: true, source: { line: 121 } });
    expect(sentences.find((s) => s.amendment === 0)).toMatchObject({ source: null, sources: [], global: false });
  });

  it('prints markdown with headings and run-in headings in bold', () => {
    const run = runCli(['text', sonus, '--as-of', '2', '--format', 'md']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\n\n**DETERMINATION OF VALIDITY; REJECTION OF OPTIONS; WAIVER OF DEFECTS; NO OBLIGATION TO GIVE NOTICE OF DEFECTS.** We will determine');
    expect(run.stdout).toMatch(/\n\n#{1,3} CHINA: MATERIAL TAX CONSEQUENCES FOR EMPLOYEES WHO ARE TAX RESIDENTS IN CHINA\.\n\n/);
  });

  it('prints the Schedule TO statement, with markers for its absent text', () => {
    // The 2007 offer holds no statement text; the 2002 offer's (synthetic) statement is pinned in test/corpus.
    const run = runCli(['text', 'corpus/sonus-2007-offer-to-amend', '--as-of', '1', '--document', 'schedule to']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Item 1\. Summary Term Sheet\.\n\n\[Item 1 as filed before Amendment No\. 1 is not in the corpus\]\n\n/);
    expect(run.stdout).toContain('accepted for amendment options to purchase 5,259,619 shares');
  });

  it('refuses a version the offer does not have', () => {
    const late = runCli(['text', sonus, '--as-of', '7']);
    expect(late.code).toBe(2);
    expect(late.stderr).toMatch(/amendiff: Expected `--as-of` to be `original`, `latest` or a version from `0` to `3`, found `7`\n$/);
    const word = runCli(['text', sonus, '--as-of', 'first']);
    expect(word.code).toBe(2);
    expect(word.stderr).toContain('amendiff: Expected `--as-of` to be a version (`2`, `A2`, `Amendment No. 2`, `original`, `latest` or a date (`2002-11-15`)), found `first`');
    const early = runCli(['text', sonus, '--as-of', '2002-01-01']);
    expect(early.code).toBe(2);
    expect(early.stderr).toContain("amendiff: Expected `--as-of` to be a date some version of the offer was in force; the offer's first dated version is Original, 2002-10-16, found `2002-01-01`");
  });

  it('takes a version by its name or by a date', () => {
    const number = (asOf: string): number => (JSON.parse(runCli(['text', sonus, '--as-of', asOf, '--format', 'json']).stdout) as { version: { number: number } }).version.number;
    expect(['A2', 'Amendment No. 2', 'latest', 'original'].map(number)).toEqual([2, 2, 3, 0]);
    // Amendment No. 2 is dated November 12, 2002 and No. 3 November 26.
    expect(['2002-11-11', '2002-11-12', '2002-11-25', '2002-11-26'].map(number)).toEqual([1, 2, 2, 3]);
  });

  it('refuses a document the offer does not hold', () => {
    const missing = runCli(['text', sonus, '--as-of', '1', '--document', 'Offer to Purchase']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('amendiff: Expected `--document` to be one of `Offer to Exchange`, `Schedule TO`, found `Offer to Purchase`');
  });

  it('refuses a folder without offer.json in one line', () => {
    const empty = mkdtempSync(join(tmpdir(), 'amendiff-text-'));
    const noManifest = runCli(['text', empty, '--as-of', '1']);
    expect(noManifest.code).toBe(2);
    expect(noManifest.stderr).toBe(`amendiff: ${join(empty, 'offer.json')}: no such file\n`);
  });
});
