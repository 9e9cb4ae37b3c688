import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listOffers, parseShard, shardOf } from '../../cli/batch-offers.js';
import type { Io } from '../../cli/command.js';
import { main } from '../../cli/main.js';
import { amendmentText, baseDocument, replaceSentence } from '../helpers/generate-offer-dir.js';
import { runCli } from '../helpers/run-cli.js';

/** A folder of offer folders: `clean` ones whose instruction resolves, `broken` ones whose instruction does not. */
function offersFolder(clean: string[], broken: string[] = []): string {
  const all = mkdtempSync(join(tmpdir(), 'amendiff-batch-'));
  const write = (name: string, locator: string): void => {
    const dir = join(all, name);
    mkdirSync(dir);
    const manifest = { title: name, documents: { 'Offer to Exchange': 'offer-to-exchange.txt' }, filings: ['amendment-1.txt'] };
    writeFileSync(join(dir, 'offer.json'), JSON.stringify(manifest));
    writeFileSync(join(dir, 'offer-to-exchange.txt'), baseDocument());
    writeFileSync(join(dir, 'amendment-1.txt'), amendmentText({ number: 1, instructions: [replaceSentence(locator)] }));
  };
  for (const name of clean) write(name, 'second');
  for (const name of broken) write(name, 'ninth');
  return all;
}

const jsonLines = (text: string): Array<{ offer: string; status: number; result: unknown; messages: string[] }> =>
  text.trimEnd().split('\n').filter(Boolean).map((line) => JSON.parse(line) as { offer: string; status: number; result: unknown; messages: string[] });

/** Run `main` in this process with output captured. */
async function runMain(argv: string[], stderrIsTTY: boolean): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: {}, isTTY: false, stderrIsTTY };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe('many offers at once', () => {
  it('prints one JSON line per offer in folder-name order, and exits with the worst status', () => {
    const all = offersFolder(['c-offer', 'a-offer'], ['b-offer']);
    const run = runCli(['check', '--all', all, '--format', 'json']);
    const lines = jsonLines(run.stdout);
    expect(lines.map((l) => [basename(l.offer), l.status])).toEqual([['a-offer', 0], ['b-offer', 1], ['c-offer', 0]]);
    const problems = (lines[1]?.result as { problems: Array<{ ruleId: string; line: number }> }).problems;
    expect(problems.map((p) => p.ruleId)).toEqual(['unresolved-target']);
    expect(run.code).toBe(1);
  });

  it('exits 2 when one offer is unusable, and still checks the others', () => {
    const all = offersFolder(['a-offer'], ['b-offer']);
    mkdirSync(join(all, 'c-empty'));
    const run = runCli(['check', '--all', all, '--format', 'json']);
    expect(jsonLines(run.stdout).map((l) => [basename(l.offer), l.status])).toEqual([['a-offer', 0], ['b-offer', 1], ['c-empty', 2]]);
    expect(jsonLines(run.stdout)[2]?.messages).toEqual([`amendiff: ${join(all, 'c-empty', 'offer.json')}: no such file`]);
    expect(run.code).toBe(2);
  });

  it('takes several folders as arguments; text output goes under a line naming each offer', () => {
    const all = offersFolder(['one', 'two']);
    const run = runCli(['text', join(all, 'two'), join(all, 'one'), '--as-of', 'latest']);
    expect(run.code).toBe(0);
    const headers = run.stdout.split('\n').filter((line) => line.startsWith('==> '));
    expect(headers).toEqual([`==> ${join(all, 'one')} <==`, `==> ${join(all, 'two')} <==`]);
    expect(run.stdout.match(/We will accept them at once\./g)).toHaveLength(2);
  });

  it('draws no progress bar when standard error is piped', () => {
    const all = offersFolder(['a', 'b', 'c']);
    const run = runCli(['timeline', '--all', all]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('draws a progress bar on a terminal, and none when not', async () => {
    const all = offersFolder(['a', 'b']);
    const onTerminal = await runMain(['check', '--all', all, '--jobs', '1'], true);
    expect(onTerminal.stderr).toContain('\r[');
    expect(onTerminal.stderr.endsWith('\r\u001b[K')).toBe(true);
    const piped = await runMain(['check', '--all', all, '--jobs', '1'], false);
    expect(piped.stderr).toBe('');
    expect(piped.code).toBe(0);
  });

  it('splits a run by folder name: the shards together hold every offer exactly once', () => {
    const names = Array.from({ length: 40 }, (_, i) => `offer-${String(i).padStart(2, '0')}`);
    const all = mkdtempSync(join(tmpdir(), 'amendiff-shard-'));
    for (const name of names) mkdirSync(join(all, name));
    const shards = [1, 2, 3].map((i) => listOffers([], all, { index: i, count: 3 }).map((dir) => basename(dir)));
    expect(shards.flat().sort()).toEqual(names);
    expect(shards.every((shard) => shard.length > 0)).toBe(true);
    // The split depends on the name alone: the same offer lands in the same shard among other offers.
    expect(listOffers([join(all, 'offer-07')], undefined, { index: shardOf('offer-07', 3), count: 3 })).toHaveLength(1);
  });

  it('splits the built command the same way', () => {
    const all = offersFolder(['a', 'b', 'c', 'd', 'e']);
    const shards = ['1/2', '2/2'].map((shard) => jsonLines(runCli(['check', '--all', all, '--shard', shard, '--format', 'json']).stdout).map((l) => basename(l.offer)));
    expect(shards.flat().sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('rejects a malformed shard', () => {
    expect(() => parseShard('3/2')).toThrow('Expected `--shard` as `i/n` with 1 <= i <= n, found `3/2`');
    expect(() => parseShard('0/2')).toThrow();
    expect(parseShard('2/5')).toEqual({ index: 2, count: 5 });
  });
});

describe('review on many offers', () => {
  it('prints one JSON line per offer with its review points, and lists the batch options in --help', () => {
    const all = offersFolder(['a', 'b'], ['c']);
    const run = runCli(['review', '--all', all, '--format', 'json']);
    const lines = jsonLines(run.stdout);
    expect(lines.map((l) => [basename(l.offer), l.status])).toEqual([['a', 0], ['b', 0], ['c', 1]]);
    const kinds = (lines[2]?.result as { points: Array<{ kind: string }> }).points.map((p) => p.kind);
    expect(kinds).toContain('not-applied');
    expect(run.code).toBe(1);
    const help = runCli(['review', '--help']).stdout;
    expect(help).toContain('--shard i/n');
    expect(help).toContain('--all DIR');
  });
});
