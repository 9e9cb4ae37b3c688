// `node scripts/bench-fuzz.mjs` (after `npm run build`): time per MB of each stage that reads a file (the tree, the
// filing's metadata, the outline, the instruction parser) on large inputs built from the corpus, on mutated ones
// (debris, NUL bytes, stray tags and quotes) and on 100 kB single-line runs of one character, which is where a
// quadratic scan shows. Prints a table; `BENCH_FUZZ_MB` sets the large sizes (default `1,10`).
//
// `node scripts/bench-fuzz.mjs --once <file>...` runs every stage once on each file and prints one JSON line per
// file as it finishes: the fuzz tests run it in a child process they can kill, as a hang guard.
//
// For `npm run bench`: `import { benchFuzz, formatRows } from './bench-fuzz.mjs'` and print `formatRows(benchFuzz())`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const engine = (name) => import(pathToFileURL(join(root, 'dist/engine', name)).href);
const [{ ingest }, { buildTree }, { readFiling }, { outlineOf }, { parseFiling }] = await Promise.all(
  ['ingest.js', 'tree.js', 'filing.js', 'outline.js', 'instructions.js'].map(engine),
);

const corpus = (path) => readFileSync(join(root, 'corpus', path), 'utf8');

/**
 * Time each reading stage once on one input.
 * @param {string} path the file name (its extension picks the format)
 * @param {string | Uint8Array} content the file's content
 * @returns {{tree: number, filing: number, outline: number, parse: number, instructions: number}} milliseconds per stage
 */
export function stageTimes(path, content) {
  const times = {};
  const time = (name, fn) => {
    const start = performance.now();
    const value = fn();
    times[name] = performance.now() - start;
    return value;
  };
  const file = ingest(path, content);
  const tree = time('tree', () => buildTree(file));
  const filing = time('filing', () => readFiling(file));
  time('outline', () => outlineOf(tree, filing));
  const parsed = time('parse', () => parseFiling(ingest(path, content)));
  return { ...times, instructions: parsed.instructions.length };
}

// A small seeded generator (mulberry32), so every run mutates the same way.
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const debris = ['<PAGE>\n', '\n<TABLE>\n', '</TABLE>\n', '"', '“', '\0\0\0\0', '\n                                       7\n', '(', ')', '[', '<', '-----', '\u202e', 'hereby amended '];

/**
 * Damage a text: one piece of filing debris every `every` characters on average, at seeded random places.
 * @param {string} text the text
 * @param {number} every average distance between insertions
 * @returns {string} the damaged text
 */
export function mutateText(text, every = 200) {
  const next = random(20021122);
  const parts = [];
  let at = 0;
  while (at < text.length) {
    const step = Math.floor(next() * every * 2) + 1;
    parts.push(text.slice(at, at + step), debris[Math.floor(next() * debris.length)]);
    at += step;
  }
  return parts.join('');
}

const repeatTo = (text, bytes) => text.repeat(Math.max(1, Math.ceil(bytes / Buffer.byteLength(text))));

/** The inputs the benchmark reads: name, file name (for the format) and content. */
function inputs(sizesMb) {
  const offer = corpus('sonus-2002-option-exchange/offer-to-exchange.txt');
  const amendment = corpus('sonus-2002-option-exchange/amendment-2.txt');
  const html = corpus('northwind-2005-offer-to-purchase/offer-to-purchase.html');
  const markdown = corpus('sonus-2007-offer-to-amend/amendment-1.md');
  const list = [];
  for (const mb of sizesMb) {
    const bytes = mb * 1024 * 1024;
    list.push([`offer text ${mb} MB`, 'offer.txt', repeatTo(offer, bytes)]);
    list.push([`amendment text ${mb} MB`, 'amendment.txt', repeatTo(amendment, bytes)]);
    list.push([`offer HTML ${mb} MB`, 'offer.html', repeatTo(html, bytes)]);
    list.push([`amendment markdown ${mb} MB`, 'amendment.md', repeatTo(markdown, bytes)]);
    list.push([`mutated amendment ${mb} MB`, 'mutated.txt', mutateText(repeatTo(amendment, bytes))]);
  }
  for (const unit of ['word ', '(', '-', '<', '"']) {
    list.push([`100 kB line of ${JSON.stringify(unit)}`, 'line.txt', `SCHEDULE TO\n\nItem 4 is hereby amended by adding: ${unit.repeat(Math.ceil(100_000 / unit.length))}\n`]);
  }
  return list;
}

/**
 * Run the benchmark.
 * @param {{sizesMb?: number[]}} options sizes of the large inputs, in MB
 * @returns {Array<{input: string, mb: number, tree: number, filing: number, outline: number, parse: number}>} milliseconds per stage
 */
export function benchFuzz({ sizesMb = (process.env.BENCH_FUZZ_MB ?? '1,10').split(',').map(Number) } = {}) {
  return inputs(sizesMb).map(([input, path, text]) => ({ input, mb: Buffer.byteLength(text) / 1024 / 1024, ...stageTimes(path, text) }));
}

/**
 * Format benchmark rows as a table: milliseconds per stage and per MB.
 * @param {ReturnType<typeof benchFuzz>} rows the rows
 * @returns {string} the table
 */
export function formatRows(rows) {
  const head = '| input | MB | tree ms/MB | filing ms/MB | outline ms/MB | parse ms/MB | total ms |\n|---|---:|---:|---:|---:|---:|---:|';
  const perMb = (ms, mb) => (ms / mb).toFixed(0);
  const lines = rows.map((r) => `| ${r.input} | ${r.mb.toFixed(2)} | ${perMb(r.tree, r.mb)} | ${perMb(r.filing, r.mb)} | ${perMb(r.outline, r.mb)} | ${perMb(r.parse, r.mb)} | ${(r.tree + r.filing + r.outline + r.parse).toFixed(0)} |`);
  return `${head}\n${lines.join('\n')}\n`;
}

function once(paths) {
  for (const path of paths) {
    const times = stageTimes(path, readFileSync(path));
    process.stdout.write(`${JSON.stringify({ path, ...times })}\n`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  if (args[0] === '--once') once(args.slice(1));
  else process.stdout.write(formatRows(benchFuzz()));
}
