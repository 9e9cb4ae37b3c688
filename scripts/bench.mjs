// `npm run bench`: time and peak memory of the edit-derived redline and of compare against jsdiff's whole-text
// diffWords (and the redline against tokenising the two texts once), and the whole `amendiff compare` process
// against `git diff --no-index --word-diff=porcelain`, on documents of about 20k, 200k and 1M words built from the
// corpus' prose with sparse sentence edits, set as users hold them: one paragraph per line (20 and 200 edits), EDGAR
// text wrapped at 76 columns with page furniture, and EDGAR HTML (200 edits). Then the 2002 offer's whole `redline`
// process against a bare `node -e 0`, and a batch `check` of 100 offers against one process per offer. Prints
// tables; all ratios come from this one run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseFiles, formats, tasks, writeCase } from './bench-cases.mjs';
import { printWholeOffer, printBatch } from './bench-offers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const sizes = (process.env.BENCH_SIZES ?? '20000,200000,1000000').split(',').map(Number);
const formatNames = (process.env.BENCH_FORMATS ?? Object.keys(formats).join(',')).split(',');
/** Edit counts per typesetting: the one-paragraph-per-line text keeps its two rows per size; the others take the sparse 200. */
const editCountsOf = (format) => (format === 'unwrapped' ? [20, 200] : [200]);
/** Whole-text diffWords is stopped after this long at 1M words and on wrapped or HTML texts (it returns undefined): its time is then a lower bound. */
const capMs = Number(process.env.BENCH_CAP_MS ?? 30000);
const runsFor = (words) => (words >= 1e6 ? 5 : words >= 2e5 ? 7 : 15);
/** Collect garbage before each timed run (with `--expose-gc`), so one task does not pay for another's garbage. */
const collect = () => globalThis.gc?.();

const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];

/** Median wall time of a function over some runs, after three warm-up runs (so the JIT has compiled it). */
function timeIt(fn, runs) {
  for (let i = 0; i < 3; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Median wall time of a whole process, output thrown away. */
function timeProcess(command, args, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const run = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    times.push(performance.now() - start);
    if (run.error || run.status > 1) throw new Error(`${command} ${args.join(' ')} failed: ${run.error ?? run.stderr}`);
  }
  return median(times);
}

/** Peak memory (MB) of a child process running one task on the case. */
function peakMemory(folder, task, timeout) {
  const child = spawnSync(process.execPath, ['--max-old-space-size=8192', join(root, 'scripts/bench-child.mjs'), folder, task, String(timeout)], { encoding: 'utf8' });
  if (child.status !== 0) return NaN;
  return JSON.parse(child.stdout).peakMb;
}

/** Everything measured on one case. */
function measure(format, words, edits) {
  const folder = mkdtempSync(join(tmpdir(), 'amendiff-bench-'));
  try {
    const input = writeCase(folder, words, edits, format);
    const runs = runsFor(words);
    // diffWords on markup or on 1M words can run for many minutes: stopped there, its time is a lower bound.
    const timeout = words >= 1e6 || format !== 'unwrapped' ? capMs : 10 * 60 * 1000;
    const run = tasks(input, timeout);
    const time = {
      tokenise: timeIt(run.tokenise, runs),
      redline: timeIt(run.redline, runs),
      compare: timeIt(run.compare, runs),
      compareTrees: timeIt(run.compareTrees, runs),
    };
    collect();
    const started = performance.now();
    const capped = run.diffWords() === -1;
    time.diffWords = performance.now() - started;
    const files = caseFiles(folder, format);
    time.process = timeProcess(process.execPath, ['dist/bundle/amendiff.js', 'compare', ...files, '--no-color'], Math.min(runs, 5));
    time.git = timeProcess('git', ['diff', '--no-index', '--word-diff=porcelain', ...files], Math.min(runs, 5));
    const memory = Object.fromEntries(['load', 'redline', 'compare', 'diffWords'].map((t) => [t, peakMemory(folder, t, timeout)]));
    return { format, words: input.words, edits, source: input.source, time, capped, memory };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const fixed = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const ratio = (n) => (n >= 100 ? `${n.toFixed(0)}x` : `${n.toFixed(1)}x`);

function row(m) {
  const t = m.time;
  const diffWords = `${m.capped ? '>' : ''}${fixed(t.diffWords, 0)}`;
  const memory = ['load', 'redline', 'compare', 'diffWords'].map((k) => fixed(m.memory[k], 0)).join(' / ');
  return [
    m.format, m.words.toLocaleString('en-US'), m.edits, fixed(t.tokenise), fixed(t.redline), ratio(t.redline / t.tokenise),
    fixed(t.compare), fixed(t.compareTrees), diffWords, `${m.capped ? '>' : ''}${ratio(t.diffWords / t.compare)}`,
    fixed(t.process, 0), fixed(t.git, 0), ratio(t.process / t.git), memory,
  ];
}

const header = ['input', 'words', 'edits', 'tokenise ms', 'redline ms', 'redline/tokenise', 'compare ms', 'compare (trees) ms', 'diffWords ms', 'diffWords/compare', 'amendiff compare process ms', 'git --word-diff ms', 'process/git', 'peak MB load / redline / compare / diffWords'];

function table(rows) {
  const lines = [header, header.map(() => '---'), ...rows];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Time per 100k words at each size, to show how close to linear the growth is. */
function growth(results, key) {
  return formatNames
    .flatMap((format) => editCountsOf(format).map((edits) => [format, edits]))
    .map(([format, edits]) => {
      const steps = results.filter((m) => m.format === format && m.edits === edits).map((m) => `${fixed((m.time[key] / m.words) * 1e5)} ms @${Math.round(m.words / 1000)}k`);
      return `${key}, ${format}, ${edits} edits: ${steps.join(', ')}`;
    })
    .join('\n');
}

const startup = timeProcess(process.execPath, ['dist/bundle/amendiff.js', '--version'], 5);
const bare = timeProcess(process.execPath, ['-e', '0'], 5);
const results = [];
for (const format of formatNames) {
  for (const words of sizes) {
    for (const edits of editCountsOf(format)) {
      results.push(measure(format, words, edits));
      process.stderr.write(`measured ${format}, ${words} words, ${edits} edits\n`);
    }
  }
}
console.log(`amendiff bench: documents from ${results[0]?.source}, node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log(table(results.map(row)));
console.log(`\n${growth(results, 'redline')}\n${growth(results, 'compare')}`);
// The whole-offer and batch rows (BENCH_OFFERS=0 leaves them out).
if (process.env.BENCH_OFFERS !== '0') {
  console.log('');
  printWholeOffer(timeProcess);
  console.log('');
  printBatch(timeProcess);
}
console.log(`\nProcess start-up: \`amendiff --version\` ${fixed(startup, 0)} ms, bare \`node -e 0\` ${fixed(bare, 0)} ms.`);
console.log(`diffWords at 1M words and on EDGAR text or HTML is stopped after ${capMs / 1000} s (jsdiff's \`timeout\`); a '>' marks a lower bound.`);

// The sentence splitter against Intl.Segmenter on the same paragraphs.
const { printSentenceBench } = await import('./bench-sentences.mjs');
console.log('');
printSentenceBench();
