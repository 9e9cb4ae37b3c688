import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFiling } from '../../engine/filing/read.js';
import { ingest } from '../../engine/read/ingest.js';
import { parseFiling } from '../../engine/instructions/parse.js';
import { outlineOf } from '../../engine/read/outline.js';
import { buildTree } from '../../engine/read/tree.js';
import type { Block, Diagnostic, Position } from '../../engine/types.js';
import { mutate, mutation } from '../helpers/generate-mutations.js';
import { fuzzRuns, timeFor } from '../helpers/generate-runs.js';
import { repoRoot } from '../helpers/run-cli.js';

/** Hang guard only: real timings are in `scripts/bench-fuzz.mjs`. */
const capMs = 20_000;

const corpus = join(repoRoot, 'corpus');
const inputs = readdirSync(corpus).flatMap((offer) =>
  readdirSync(join(corpus, offer))
    .filter((name) => /\.(txt|md|html?)$/.test(name) && !/^(README|EXPECTED)/.test(name))
    .map((name) => ({ path: `${offer}/${name}`, text: readFileSync(join(corpus, offer, name), 'utf8') })),
);

/** What one damaged input gave: the stages' results, so a property can check them. */
function runStages(path: string, bytes: Uint8Array): { blocks: Block[]; outlined: number; diagnostics: Diagnostic[]; instructions: number; text: string } {
  const file = ingest(path, bytes);
  const tree = buildTree(file);
  const outline = outlineOf(tree, readFiling(file));
  const parsed = parseFiling(ingest(path, bytes));
  return { blocks: tree.children, outlined: outline.blocks.length, diagnostics: parsed.diagnostics, instructions: parsed.instructions.length, text: String(file.value) };
}

function positionsInside(blocks: Block[], length: number): string[] {
  const bad = (p: Position | undefined): boolean =>
    p !== undefined && !(p.start.line >= 1 && p.start.offset >= 0 && p.start.offset <= p.end.offset && p.end.offset <= length);
  return blocks.flatMap((block, i) => {
    const inner = block.type === 'paragraph' ? block.children.map((s) => s.position) : [];
    return [block.position, ...inner].some(bad) ? [`block ${i}`] : [];
  });
}

function checkResult(path: string, bytes: Uint8Array): void {
  const started = performance.now();
  const result = runStages(path, bytes);
  expect(performance.now() - started).toBeLessThan(capMs);
  expect(result.outlined).toBe(result.blocks.length);
  expect(positionsInside(result.blocks, result.text.length)).toEqual([]);
  for (const d of result.diagnostics) expect(d.line === null || d.line >= 1).toBe(true);
}

// No silence (issue 3): a filing that says "hereby amended" yields an instruction or a diagnostic saying why not.
function checkSpeaks(path: string, bytes: Uint8Array): void {
  const text = new TextDecoder().decode(bytes);
  if (!/\bhereby\s+(?:further\s+)?amended\b/i.test(text)) return;
  const parsed = parseFiling(ingest(path, bytes));
  const said = parsed.instructions.length + parsed.exhibits.length + parsed.diagnostics.filter((d) => !d.ruleId?.startsWith('filing-')).length;
  expect(said, 'instructions, exhibits or diagnostics about them').toBeGreaterThan(0);
}

const window = fc.record({ start: fc.integer({ min: 0, max: 1_000_000 }), size: fc.integer({ min: 1, max: 24_000 }) });

describe.each([
  ['EDGAR text', /\.txt$/],
  ['markdown', /\.md$/],
  ['HTML', /\.html?$/],
])('fuzzing %s filings from the corpus', (_kind, pattern) => {
  const files = inputs.filter((input) => pattern.test(input.path));

  it.skipIf(files.length === 0)('never throws or hangs on damaged windows of them', () => {
    fc.assert(
      fc.property(fc.nat(files.length - 1), window, fc.array(mutation(), { minLength: 1, maxLength: 6 }), (which, place, mutations) => {
        const input = files[which] as (typeof files)[number];
        const start = Math.floor((input.text.length * place.start) / 1_000_000);
        checkResult(input.path, mutate(input.text.slice(start, start + place.size), mutations));
      }),
      fuzzRuns(40),
    );
  }, timeFor(fuzzRuns(40).numRuns, 1000));

  // Cut each filing a little after one of its "hereby amended": the instruction is left half-written.
  const cuts = files.flatMap((input) => [...input.text.matchAll(/\bhereby\s+(?:further\s+)?amended\b/gi)].map((m) => ({ input, at: m.index ?? 0 })));

  it.skipIf(cuts.length === 0)('says something about every half-written "hereby amended"', () => {
    fc.assert(
      fc.property(fc.nat(cuts.length - 1), fc.integer({ min: 20, max: 400 }), (which, extra) => {
        const { input, at } = cuts[which] as (typeof cuts)[number];
        const start = input.text.lastIndexOf('\n\n', at);
        checkSpeaks(input.path, new TextEncoder().encode(input.text.slice(Math.max(0, start), at + extra)));
      }),
      fuzzRuns(60),
    );
  }, timeFor(fuzzRuns(60).numRuns, 1000));

  it.skipIf(files.length === 0)('reads each whole file truncated at any point', () => {
    fc.assert(
      fc.property(fc.nat(files.length - 1), fc.integer({ min: 0, max: 1_000_000 }), (which, at) => {
        const input = files[which] as (typeof files)[number];
        checkResult(input.path, mutate(input.text, [{ kind: 'truncate', at }]));
      }),
      fuzzRuns(10),
    );
  }, timeFor(fuzzRuns(10).numRuns, 1000));
});

// Inputs the fuzzer found (one was silent, one deleted a whole Item), kept as plain examples; fixed in 1ef3c5d.
describe('half-written instructions', () => {
  const parse = (text: string): ReturnType<typeof parseFiling> => parseFiling(ingest('amendment-1.txt', text));

  it('warns about an exhibit list that lists no exhibit', () => {
    const parsed = parse('ITEM 12.  EXHIBITS\n\n         Item 12 of the Schedule TO is hereby amended so as to amend and restate\nExhibit\n');
    expect(parsed.exhibits).toEqual([]);
    expect(parsed.diagnostics.filter((d) => !d.ruleId?.startsWith('filing-')).map((d) => [d.line, d.column])).toEqual([[3, 10]]);
  });

  // Found by the fuzzer (seed 10): a 100 kB run of letters opening an amending sentence made the expression that
  // places the sentence too large to compile, and parse threw.
  it('places an amending sentence that opens with an enormous word', () => {
    const word = `X${'x'.repeat(200_000)}`;
    const parsed = parse(`ITEM 4.  TERMS OF THE TRANSACTION.\n\nThe first sentence. ${word} Item 4 of the Schedule TO is hereby amended by adding the following sentence:\n\n"New text."\n`);
    expect(parsed.diagnostics.filter((d) => d.line !== null && d.line !== 3 && !d.ruleId?.startsWith('filing-'))).toEqual([]);
  });

  it('does not read a deletion whose object is cut off as deleting the whole Item', () => {
    const parsed = parse('ITEM 4.  TERMS OF THE TRANSACTION.\n\n1. Item 4(a) of the Schedule TO is hereby amended and supplemented by deleting in its entirety the\n');
    expect(parsed.instructions).toEqual([]);
    expect(parsed.diagnostics.filter((d) => !d.ruleId?.startsWith('filing-')).map((d) => [d.line, d.column])).toEqual([[3, 1]]);
  });
});
