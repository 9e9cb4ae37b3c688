import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyChanges } from '../helpers/splice.js';
import type { Redline } from '../../engine/types.js';
import { runCli } from '../helpers/run-cli.js';

const offer = 'corpus/sonus-2002-option-exchange';
const folder = mkdtempSync(join(tmpdir(), 'amendiff-cli-redline-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('amendiff redline', () => {
  it('prints the redline from the original to the latest version without colour under NO_COLOR', () => {
    const run = runCli(['redline', offer, '--from', 'original', '--to', 'latest']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Offer to Exchange: Original \(2002-10-16\) → Amendment No\. 3 \(2002-11-26\), \d+ changes\n/);
    expect(run.stdout).toContain('ON NOVEMBER [-14-]{+22+}[c1], 2002');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('colours only when asked or on a terminal, and never with --no-color', () => {
    expect(runCli(['redline', offer, '--color']).stdout).toContain('\u001b[31m');
    expect(runCli(['redline', offer], { FORCE_COLOR: '1', NO_COLOR: '' }).stdout).toContain('\u001b[32m');
    expect(runCli(['redline', offer, '--no-color'], { FORCE_COLOR: '1', NO_COLOR: '' }).stdout).not.toContain('\u001b[');
  });

  it('writes JSON whose changes turn the from-text into the to-text, to --out atomically', () => {
    const out = join(folder, 'redline.json');
    const run = runCli(['redline', offer, '--from', '1', '--to', '3', '--format', 'json', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const parsed = JSON.parse(readFileSync(out, 'utf8')) as Redline;
    expect([parsed.from.version, parsed.to.version]).toEqual([1, 3]);
    expect(applyChanges(parsed.from.text, parsed.changes)).toBe(parsed.to.text);
  });

  it('renders md, html and unified', () => {
    expect(runCli(['redline', offer, '--format', 'md']).stdout).toContain('{~~14~>22~~}[^c1]');
    expect(runCli(['redline', offer, '--format', 'html']).stdout).toMatch(/^<!doctype html><html lang="en">/);
    expect(runCli(['redline', offer, '--format', 'unified']).stdout).toContain('+++ b/Offer to Exchange\tAmendment No. 3 (2002-11-26)');
  });

  it('writes a Word file with --out, and refuses to write one to standard output', () => {
    const out = join(folder, 'redline.docx');
    const run = runCli(['redline', offer, '--format', 'docx', '--out', out]);
    expect([run.code, run.stdout]).toEqual([0, '']);
    expect(readFileSync(out).subarray(0, 4)).toEqual(Buffer.from('PK\u0003\u0004'));
    const refused = runCli(['redline', offer, '--format', 'docx']);
    expect([refused.code, refused.stdout]).toEqual([2, '']);
    expect(refused.stderr).toContain('Usage:');
    expect(refused.stderr).toContain('amendiff: Expected `--out FILE.docx` with `--format docx`, which writes a Word file, not text to standard output\n');
    expect(runCli(['compare', join(folder, 'redline.json'), join(folder, 'redline.json'), '--format', 'docx']).code).toBe(2);
  });

  it('rejects a version or format it does not have, with usage and exit code 2', () => {
    const version = runCli(['redline', offer, '--from', '9']);
    expect(version.code).toBe(2);
    expect(version.stderr).toContain('amendiff: Expected `--from` to be `original`, `latest` or a version from `0` to `3`, found `9`');
    const format = runCli(['redline', offer, '--format', 'pdf']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('Expected `--format` to be one of `term`, `md`, `html`, `json`, `unified`, `docx`, found `pdf`');
    expect(runCli(['redline', offer, '--document', 'Nope']).stderr).toContain('Expected `--document` to be one of');
    expect(runCli(['redline', join(folder, 'missing')]).code).toBe(2);
  });
});

describe('amendiff compare', () => {
  const a = join(folder, 'a.txt');
  const b = join(folder, 'b.txt');
  const moved = 'Options surrendered in the offer will be cancelled on the expiration date of the offer.';
  writeFileSync(a, `The exchange ratio is one for two.\n\n${moved}\n\nQuestions go to the administrator.\n`);
  writeFileSync(b, `The exchange ratio is one for three.\n\nQuestions go to the administrator.\n\n${moved}\n`);

  it('diffs two files with no history, showing a moved paragraph as a move', () => {
    const run = runCli(['compare', a, b, '--format', 'json']);
    expect(run.code).toBe(0);
    const parsed = JSON.parse(run.stdout) as Redline;
    expect(parsed.changes.map((c) => [c.kind, c.pair])).toEqual([
      ['replace', null],
      ['moveFrom', 'c3'],
      ['moveTo', 'c2'],
    ]);
    expect(applyChanges(parsed.from.text, parsed.changes)).toBe(parsed.to.text);
    expect(runCli(['compare', a, b]).stdout).toContain('one for [-two-]{+three+}[c1].');
  });

  it('fails with one line for a missing file', () => {
    const run = runCli(['compare', a, join(folder, 'nope.txt')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`amendiff: ${join(folder, 'nope.txt')}: no such file\n`);
  });
});
