import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { amendmentText, replaceSentence, scratchRoot, writeOfferDir } from '../helpers/generate-offer-dir.js';
import { runCli } from '../helpers/run-cli.js';

// `--out` writes atomically (a temporary file, then a rename): a reader sees the old file or the whole new one, and
// a failed run leaves neither a half-written file nor a temporary one behind.

const offer = (): string => writeOfferDir('out', { 'amendment-1.txt': amendmentText({ number: 1, instructions: [replaceSentence('second')] }) }, ['amendment-1.txt']);

/** A fresh folder to write into, and what it holds afterwards. */
function outFolder(name: string): { dir: string; list: () => string[] } {
  const dir = join(scratchRoot(), name);
  mkdirSync(dir, { recursive: true });
  return { dir, list: () => readdirSync(dir).sort() };
}

const noTrace = (stderr: string): void => expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('--out', () => {
  it.each(['html', 'json', 'md', 'unified', 'term'])('writes the whole %s redline and nothing else', (format) => {
    const { dir, list } = outFolder(`whole-${format}`);
    const run = runCli(['redline', offer(), '--from', '0', '--to', '1', '--format', format, '--out', join(dir, 'redline.out')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(list()).toEqual(['redline.out']);
    const printed = runCli(['redline', offer(), '--from', '0', '--to', '1', '--format', format, '--no-color']).stdout;
    expect(readFileSync(join(dir, 'redline.out'), 'utf8')).toBe(printed);
  });

  it('leaves an existing file as it was, and no temporary file, when the command fails before writing', () => {
    const { dir, list } = outFolder('kept');
    const out = join(dir, 'redline.html');
    writeFileSync(out, 'the reviewed redline');
    const run = runCli(['redline', offer(), '--from', '0', '--to', '9', '--format', 'html', '--out', out]);
    expect(run.code).toBe(2);
    noTrace(run.stderr);
    expect(readFileSync(out, 'utf8')).toBe('the reviewed redline');
    expect(list()).toEqual(['redline.html']);
  });

  it('replaces an existing file whole', () => {
    const { dir, list } = outFolder('replaced');
    const out = join(dir, 'redline.json');
    writeFileSync(out, 'old');
    expect(runCli(['redline', offer(), '--from', '0', '--to', '1', '--format', 'json', '--out', out]).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveProperty('changes');
    expect(list()).toEqual(['redline.json']);
  });

  // Found by this suite (both ended in "internal error (please report)", a stack trace and exit code 70); fixed in c96cf05.
  it.each([
    ['a folder that does not exist', 'no-folder', (dir: string) => join(dir, 'absent', 'redline.html')],
    ['a path that is a folder', 'is-folder', (dir: string) => { mkdirSync(join(dir, 'taken.html')); return join(dir, 'taken.html'); }],
  ])('refuses %s with one line and exit code 2, leaving no temporary file', (_name, folder, target) => {
    const { dir, list } = outFolder(folder);
    const out = target(dir);
    const before = list();
    const run = runCli(['redline', offer(), '--from', '0', '--to', '1', '--format', 'html', '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^amendiff: [^\n]*redline\.html[^\n]*: [^\n]+\n$|^amendiff: [^\n]*taken\.html[^\n]*: [^\n]+\n$/);
    noTrace(run.stderr);
    expect(list()).toEqual(before);
  });
});
