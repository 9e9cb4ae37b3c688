import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedFiling } from '../../engine/types.js';
import { runCli } from '../helpers/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'amendiff-parse-'));
const write = (name: string, content: string): string => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

describe('amendiff parse', () => {
  it('prints every instruction of Amendment No. 2 as JSON, with no warning', () => {
    const run = runCli(['parse', 'corpus/sonus-2002-option-exchange/amendment-2.txt']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const parsed = JSON.parse(run.stdout) as ParsedFiling;
    expect(parsed.instructions).toHaveLength(24);
    expect(parsed.exhibits).toHaveLength(7);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.filing?.amendment).toBe(2);
    expect(run.stdout).toMatch(/^\{\n {2}"filing": \{\n {4}"form": "Schedule TO",/);
  });

  it('prints one line per instruction in plain words with --format text', () => {
    const run = runCli(['parse', 'corpus/sonus-2002-option-exchange/amendment-2.txt', '--format', 'text']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.filter((line) => !line.includes('  exhibit '))).toHaveLength(24);
    expect(lines.slice(0, 3)).toEqual([
      'A2 Items 1-12  withdraw  Offer to Exchange (whole document)  plan "TTI Plan"',
      'A2 Items 1-12  extend  Offer to Exchange (whole document)  to 2002-11-22',
      'A2 Item 1  replace  Offer to Exchange p.7 "Q23. What happens if I elect not..." para 2 sentences 2-3  <- "While we intend to accept for exchange..."',
    ]);
    expect(lines).toContain('A2 Item 4(a)  insert at end of  Offer to Exchange p.11 Section 3 "Determination of Validity..." sentence 2nd to last (clause)  <- ", provided, however, that if we waive..."');
    expect(lines[lines.length - 1]).toBe('A2 Item 12  exhibit added  (a)(8)  "Form of Email Notice to Holders of Stock..."');
  });

  it('parses bare text with no filing metadata, and warns about an amending sentence it cannot read', () => {
    const path = write('bare.txt', 'Section 5 of the Offer to Purchase is hereby deleted.\n\nItem 7 is hereby amended as set forth herein.\n');
    const run = runCli(['parse', path]);
    expect(run.code).toBe(0);
    const parsed = JSON.parse(run.stdout) as ParsedFiling;
    expect(parsed.filing).toBeNull();
    expect(parsed.instructions.map((i) => [i.op, i.target.document, i.target.section, i.target.scope])).toEqual([['delete', 'Offer to Purchase', '5', 'section']]);
    expect(parsed.diagnostics.map((d) => [d.line, d.column, d.ruleId])).toEqual([[3, 1, 'unparsed-instruction']]);
    expect(run.stderr).toMatch(/bare\.txt:3:1: warning: Expected an operation and a target .* \[unparsed-instruction\]\n$/);
  });

  it('exits 2 with one line for a missing file, and with usage for a bad format', () => {
    const missing = runCli(['parse', join(scratch, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`amendiff: ${join(scratch, 'nope.txt')}: no such file\n`);
    const format = runCli(['parse', 'corpus/sonus-2002-option-exchange/amendment-1.txt', '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('amendiff parse <file> [--format json|text]');
    expect(format.stderr).toContain('Expected `--format` to be one of `json`, `text`, found `xml`');
  });
});
