import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const corpus = 'corpus/sonus-2002-option-exchange';

// The 2002 offer copied with an offer.json of our own.
function offer(manifest: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'amendiff-offer-dir-'));
  for (const name of ['offer-to-exchange.txt', 'amendment-1.txt', 'amendment-2.txt', 'amendment-3.txt']) copyFileSync(join(corpus, name), join(dir, name));
  writeFileSync(join(dir, 'offer.json'), manifest);
  return dir;
}

describe('an offer folder as newcomers write it', () => {
  it('reports a missing file at its line in offer.json', () => {
    const dir = offer('{\n  "documents": { "Offer to Exchange": "offer-to-exchange.txt" },\n  "filings": ["amendment-1.txt", "amendment-02.txt"]\n}\n');
    const run = runCli(['timeline', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`amendiff: ${dir}/offer.json:3:34: Expected \`filings[1]\` to name a file in the offer folder, found \`amendment-02.txt\`, which does not exist\n`);
  });

  it('needs no title, and says which key a mistyped one is likely to be', () => {
    const dir = offer('{\n  "documents": { "Offer to Exchange": "offer-to-exchange.txt" },\n  "filing": ["amendment-1.txt"],\n  "filings": ["amendment-1.txt"]\n}\n');
    const run = runCli(['timeline', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^0 {2}Original/);
    expect(run.stderr).toBe(
      `${dir}/offer.json:3:3: warning: Expected keys \`title\`, \`documents\`, \`filings\`, \`restated\`, \`sources\` and \`decisions\`, found \`filing\` (ignored); did you mean \`filings\`? [invalid-manifest]\n`,
    );
  });
});
