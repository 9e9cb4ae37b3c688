import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const sonus = 'corpus/sonus-2002-option-exchange';

function offerWith(filings: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'amendiff-check-'));
  copyFileSync(join(sonus, 'offer-to-exchange.txt'), join(dir, 'offer-to-exchange.txt'));
  for (const [name, text] of Object.entries(filings)) writeFileSync(join(dir, name), text);
  const manifest = { title: 'Test', documents: { 'Offer to Exchange': 'offer-to-exchange.txt' }, filings: Object.keys(filings) };
  writeFileSync(join(dir, 'offer.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

const instruction = (n: number, locator: string, text: string): string =>
  `${n}. Item 4 of the Schedule TO is hereby amended by deleting in its entirety\n${locator} of\nthe Offer to Exchange and replacing it with the following sentence:\n\n     "${text}"\n\n`;

describe('amendiff check', () => {
  it('exits 0 with a one-line summary when every instruction resolves', () => {
    // Distinct places instructions start, counted from the filings by hand: 2002 No. 1 none, No. 2 21 (withdrawal and
    // extension share one sentence's place), No. 3 one; 2007 No. 1 two.
    const expected: Array<[string, string]> = [
      [sonus, '3 filings, 22 instructions applied; 50 sentences to review for the TTI Plan withdrawal\n'],
      ['corpus/sonus-2007-offer-to-amend', '1 filing, 2 instructions applied\n'],
    ];
    for (const [offer, summary] of expected) {
      const run = runCli(['check', offer]);
      expect(run.stdout).toBe(summary);
      expect(run.code).toBe(0);
    }
  });

  it('lists each problem as file:line:col: level: message [ruleId] and exits 1', () => {
    const filing = [
      'SCHEDULE TO\n(AMENDMENT NO. 1)\n\nITEM 4.  TERMS OF THE TRANSACTION.\n\n',
      instruction(1, 'the ninth sentence of the third paragraph of Section 5 on page 12', 'Nothing.'),
      instruction(2, 'the last sentence of the fourth paragraph of Section 5 on pages 12 and 13', 'You will receive nothing.'),
      instruction(3, 'the last sentence of the fourth paragraph of Section 5 on pages 12 and 13', 'You will receive something.'),
    ].join('');
    const dir = offerWith({ 'amendment-1.txt': filing });
    const run = runCli(['check', dir]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n').map((line) => line.replace(dir, '<dir>').replace(/\(".*?"\)/, '(…)'));
    expect(lines).toEqual([
      '<dir>/amendment-1.txt:6:1: error: Cannot find sentence `9` of paragraph `3` of section `5` on page `12`: page `12` (…) has 4 sentences [unresolved-target]',
      '<dir>/amendment-1.txt:12:1: error: Conflicting edits of `Offer to Exchange` at pages `12` and `13` (…): `amendment-1.txt:12:1` and `amendment-1.txt:18:1` change it differently [conflicting-edits]',
      '<dir>/amendment-1.txt:18:1: error: Conflicting edits of `Offer to Exchange` at pages `12` and `13` (…): `amendment-1.txt:12:1` and `amendment-1.txt:18:1` change it differently [conflicting-edits]',
    ]);
  });

  it('reports amendments out of order', () => {
    const filing = (n: number) => `SCHEDULE TO\n(AMENDMENT NO. ${n})\n`;
    const dir = offerWith({ 'a.txt': filing(1), 'b.txt': filing(3), 'c.txt': filing(3) });
    const run = runCli(['check', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout.split(dir).join('<dir>')).toBe(
      '<dir>/b.txt:2:2: error: Expected Amendment No. `2` after Amendment No. `1`, found Amendment No. `3`, leaving a gap [amendment-order]\n' +
        '<dir>/c.txt:2:2: error: Expected Amendment No. `4` after Amendment No. `3`, found Amendment No. `3` again [amendment-order]\n',
    );
  });

  it('treats a folder without a valid offer.json as unusable input', () => {
    const dir = offerWith({});
    writeFileSync(join(dir, 'offer.json'), '{"title": "T", "documents": {}, "filings": [1]}');
    const run = runCli(['check', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`amendiff: ${join(dir, 'offer.json')}:1:45: Expected \`filings[0]\` to be a file name, found \`1\`\n`);
  });
});
