import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestProblem, maxInputBytes } from '../../engine/read/ingest.js';
import { repoRoot } from '../helpers/run-cli.js';

// Every stage (tree, filing metadata, outline, parse) runs on each input in a child process (`bench-fuzz.mjs
// --once`, over the built engine) that is killed at the cap: a quadratic scan or a hang fails one case instead of
// stalling the suite. The cap is a hang guard only; real timings per MB come from `node scripts/bench-fuzz.mjs`.
const capMs = 20_000;
const scratch = mkdtempSync(join(tmpdir(), 'amendiff-limits-'));
const amendment = readFileSync(join(repoRoot, 'corpus/sonus-2002-option-exchange/amendment-2.txt'), 'utf8');

/** What the child reported for one input, or why it did not. */
interface StageRun {
  finished: boolean;
  stderr: string;
  times: Record<string, number> | null;
}

function runStages(name: string, content: string | Uint8Array, cap: number): Promise<StageRun> {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return new Promise((resolve) => {
    const args = [join(repoRoot, 'scripts/bench-fuzz.mjs'), '--once', path];
    execFile(process.execPath, args, { timeout: cap, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const line = stdout.trim().split('\n').pop();
      const finished = !error && line !== undefined && line !== '';
      resolve({ finished, stderr, times: finished ? (JSON.parse(line as string) as Record<string, number>) : null });
    });
  });
}

async function expectFinishes(name: string, content: string | Uint8Array, cap = capMs): Promise<void> {
  const run = await runStages(name, content, cap);
  expect(run.stderr, `${name}: no error or stack trace`).toBe('');
  expect(run.finished, `${name}: every stage finished within ${cap / 1000} s`).toBe(true);
}

/** 10 MB inputs take seconds per stage even when linear (markdown and HTML about 2 s/MB in all): a wider hang guard. */
const bigCapMs = 60_000;

const tenMegabytes = (path: string): string => {
  const text = readFileSync(join(repoRoot, 'corpus', path), 'utf8');
  return text.repeat(Math.ceil(10_000_000 / text.length));
};
const long = (unit: string): string => unit.repeat(Math.ceil(100_000 / unit.length));
const line = (unit: string): string => `SCHEDULE TO\n\nItem 4 of the Schedule TO is hereby amended by adding: ${long(unit)}\n\nThe end.\n`;
const built = existsSync(join(repoRoot, 'dist/engine/instructions.js'));

describe.skipIf(!built)('limits: every stage finishes on pathological input (built engine; `npm run build`)', () => {
  it('reads a 10 MB filing', async () => {
    await expectFinishes('ten.txt', amendment.repeat(Math.ceil(10_000_000 / amendment.length)), bigCapMs);
  }, bigCapMs + 10_000);

  it('reads a 10 MB HTML document', async () => {
    await expectFinishes('ten.html', tenMegabytes('northwind-2005-offer-to-purchase/offer-to-purchase.html'), bigCapMs);
  }, bigCapMs + 10_000);

  // Found by this suite: micromark's edit map grows with the document, so the markdown tree parses in chunks.
  it('reads a 10 MB markdown filing', async () => {
    await expectFinishes('ten.md', tenMegabytes('sonus-2007-offer-to-amend/amendment-1.md'), bigCapMs);
  }, bigCapMs + 10_000);

  // Every unit in EDGAR text; in markdown and HTML, those their parsers give a meaning to.
  describe.each([
    ['txt', ['word ', 'x', '"', '“', '[', '*', '`', '|', '.', '\t']],
    ['md', ['word ', '[', '*', '`', '|']],
    ['html', ['word ', '"', '&']],
  ] as const)('100 kB single lines (.%s)', (ext, units) => {
    it.concurrent.each(units)('of %j', async (unit) => {
      await expectFinishes(`line-${ext}-${unit.codePointAt(0)}.${ext}`, line(unit));
    });
  });

  // Found by this suite, each a scan that restarted at every character of the run; fixed in 0a06a61, 440d942, f06dc98.
  it.concurrent.each([
    ['(', 'parentheticalRule looks for the closing parenthesis from every opening one'],
    ['-', 'skipWords walks the whole run of skippable tokens from every token'],
    ['<', 'readFiling strips markup with /<[^>]*>/, which rescans from every <'],
  ])('100 kB single line of %j', async (unit) => {
    await expectFinishes(`line-${unit.codePointAt(0)}.txt`, line(unit));
  });

  // Found by this suite: remark-parse (micromark) takes quadratic time on balanced nested brackets; fixed in b0188ab.
  it.concurrent('markdown nested 100,000 deep: brackets', async () => {
    await expectFinishes('deep-brackets.md', `${'['.repeat(100_000)}x${']'.repeat(100_000)}`);
  });

  it.concurrent('50,000 nested <div> elements', async () => {
    await expectFinishes('nested.html', `<html><body>${'<div>'.repeat(50_000)}Item 4 is hereby amended.${'</div>'.repeat(50_000)}</body></html>`);
  });

  it.concurrent('50,000 unclosed <div> and <p> elements', async () => {
    await expectFinishes('open.html', `<html><body>${'<div><p>text. '.repeat(50_000)}`);
  });

  it.concurrent.each([
    ['block quotes', `${'>'.repeat(100_000)} text`],
    ['lists', Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i * 2)}- a`).join('\n')],
    ['emphasis', `${'*a '.repeat(50_000)}b${'*'.repeat(50_000)}`],
  ])('markdown nested 100,000 deep: %s', async (name, text) => {
    await expectFinishes(`deep-${name}.md`, text);
  });

  it.concurrent.each([
    ['an unclosed <TABLE>', `<TABLE>\n${amendment}`],
    ['stray </TABLE>', `</TABLE>\n${amendment}\n</TABLE>\n</TABLE>`],
    ['<PAGE> between every line', amendment.split('\n').join('\n<PAGE>\n')],
    ['nothing but <PAGE>', '<PAGE>\n'.repeat(100_000)],
    ['NUL bytes for spaces', amendment.replace(/ /g, '\0')],
    ['lone CR line ends', amendment.replace(/\n/g, '\r')],
    ['a byte order mark', `\uFEFF${amendment}`],
    ['nothing but whitespace', ' \n\t\n'.repeat(10_000)],
    ['unbalanced quotes', amendment.replace(/"([^"\n]*)"/g, '"$1')],
  ])('EDGAR text with %s', async (name, text) => {
    await expectFinishes(`${name.replace(/\W+/g, '-')}.txt`, text);
  });
});

describe('limits: what the CLI refuses before reading', () => {
  it('calls a file with a NUL in its first 8 KiB binary', () => {
    expect(ingestProblem(new TextEncoder().encode(`${amendment.slice(0, 100)}\0`))).toBe('binary');
  });

  it('refuses a file one byte over the documented limit, and reads one at it', () => {
    expect(ingestProblem(new Uint8Array(maxInputBytes + 1).fill(0x61))).toBe('too-large');
    expect(ingestProblem(new Uint8Array(maxInputBytes).fill(0x61))).toBeNull();
  });
});
