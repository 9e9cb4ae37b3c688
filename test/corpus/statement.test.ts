import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// The 2002 offer's Schedule TO statement (synthetic, see the offer's README) as of each amendment: each expected
// text was written from the amendments' edits to Items 2(b), 4 and 12, not taken from amendiff's output.
const offer = 'corpus/sonus-2002-option-exchange';

describe('the 2002 Schedule TO statement, amended', () => {
  it.each([0, 1, 2, 3])('reads as expected/schedule-to-as-of-%i.txt', (asOf) => {
    const result = runCli(['text', offer, '--as-of', String(asOf), '--document', 'Schedule TO']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(readFileSync(`${offer}/expected/schedule-to-as-of-${asOf}.txt`, 'utf8'));
    expect(result.code).toBe(0);
  });

  it('resolves every instruction: Item 2(b) replaced, Item 4 supplemented, the exhibit index updated', () => {
    const result = runCli(['check', offer]);
    expect(result.stderr).not.toMatch(/Schedule TO/);
    expect(result.code).toBe(0);
  });

  it('credits each new exhibit row to the amendment and the place in its filing that listed it', () => {
    const result = runCli(['text', offer, '--as-of', '2', '--document', 'Schedule TO', '--format', 'json']);
    const blocks = (JSON.parse(result.stdout) as { blocks: Array<{ text: string; amendment: number | null; sentences: Array<{ source: { file: string; item: string | null; line: number } | null }> }> }).blocks;
    const row = (id: string) => blocks.find((b) => b.text.startsWith(`${id} `));
    expect(row('(a)(7)')?.amendment).toBe(2);
    expect(row('(a)(7)')?.sentences[0]?.source).toMatchObject({ file: 'amendment-2.txt', item: '12', line: 515 });
    expect(row('(a)(8)')?.amendment).toBe(2);
    // Restated exhibits whose rows read as filed keep the original's provenance: their words did not change.
    expect(row('(a)(5)')?.amendment).toBe(0);
    expect(row('(a)(2)')?.amendment).toBe(0);
    expect(row('(d)(1)')?.amendment).toBe(0);
  });
});
