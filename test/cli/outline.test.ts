import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'amendiff-outline-'));
const write = (name: string, content: string | Uint8Array): string => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

describe('amendiff outline', () => {
  it('prints the metadata and numbered sentences of a filing', () => {
    const run = runCli(['outline', 'corpus/sonus-2002-option-exchange/amendment-3.txt']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('# amendment: 3');
    expect(run.stdout).toContain('# final amendment: true');
    expect(run.stdout).toContain('p.-    §Item 4   ITEM 4. TERMS OF THE TRANSACTIO…  para 2  s1  "The Offer to Exchange expired at 5 p.m., Eastern Time, on November 22, 2002."');
  });

  it('prints JSON blocks in document order', () => {
    const run = runCli(['outline', 'corpus/sonus-2002-option-exchange/amendment-1.txt', '--format', 'json']);
    expect(run.code).toBe(0);
    const outline = JSON.parse(run.stdout) as { filing: { amendment: number }; blocks: Array<{ type: string; heading: string | null }> };
    expect(outline.filing.amendment).toBe(1);
    expect(outline.blocks.find((b) => b.type === 'heading' && b.heading === 'ITEM 12. EXHIBITS')).toBeDefined();
  });

  it('treats a plain text with no structure as one paragraph per block', () => {
    const path = write('plain.txt', 'One thing. Two things.\n\nThree things.\n');
    const run = runCli(['outline', path, '--format', 'json']);
    const outline = JSON.parse(run.stdout) as { filing: unknown; blocks: Array<{ type: string; sentences: string[] }> };
    expect(outline.filing).toBeNull();
    expect(outline.blocks.map((b) => [b.type, b.sentences])).toEqual([
      ['paragraph', ['One thing.', 'Two things.']],
      ['paragraph', ['Three things.']],
    ]);
  });

  it.each([
    ['a missing file', () => join(scratch, 'absent.txt'), /absent\.txt: no such file/],
    ['an empty file', () => write('empty.txt', ''), /empty\.txt: is empty/],
    ['a blank file', () => write('blank.txt', '  \n\n '), /blank\.txt: is empty/],
    ['a binary file', () => write('binary.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2])), /binary\.txt: is binary/],
    ['a folder', () => scratch, /is a folder/],
  ])('refuses %s with one line and exit code 2', (_name, make, message) => {
    const run = runCli(['outline', make()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('explains a bad --format with the usage and exit code 2', () => {
    const run = runCli(['outline', 'corpus/sonus-2002-option-exchange/amendment-1.txt', '--format', 'yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Expected `--format` to be one of `text`, `json`, found `yaml`');
    expect(run.stderr).toContain('amendiff outline <file> [--format text|json]');
  });

  it('answers --help and --version', () => {
    expect(runCli(['--help']).stdout).toContain('amendiff outline <file>');
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
