// Whole-process rows of `npm run bench`: the 2002 offer's `redline` against a bare `node -e 0` (bundled and not), and
// many offers at once: `check --all` on worker threads against one `amendiff check` process per offer.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { amendmentText, baseDocument, replaceSentence } from '../dist-bench/test/helpers/generate-offer-dir.js';

const bundle = 'dist/bundle/amendiff.js';
const offer2002 = 'corpus/sonus-2002-option-exchange';
const runs = Number(process.env.BENCH_PROCESS_RUNS ?? 7);
const ms = (n) => n.toFixed(0);
const ratio = (n) => `${n.toFixed(1)}x`;

/** The 2002 offer's whole `redline` process, bundled and as tsc leaves it, against `node -e 0`. */
export function printWholeOffer(timeProcess) {
  const redline = (entry) => [entry, 'redline', offer2002, '--no-color'];
  const bare = timeProcess(process.execPath, ['-e', '0'], runs);
  const bundled = timeProcess(process.execPath, redline(bundle), runs);
  const modules = timeProcess(process.execPath, redline('dist/cli/bin.js'), runs);
  console.log('| whole offer | `node -e 0` ms | `redline` process ms (bundled) | bundled / node | `redline` process ms (unbundled modules) | unbundled / node |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  console.log(`| 2002 offer (18k-word base, 3 amendments) | ${ms(bare)} | ${ms(bundled)} | ${ratio(bundled / bare)} | ${ms(modules)} | ${ratio(modules / bare)} |`);
}

/** A folder of `count` small generated offers (a two-page base, two amendments that resolve). */
function generatedOffers(root, count) {
  for (let i = 0; i < count; i++) {
    const dir = join(root, `offer-${String(i).padStart(3, '0')}`);
    mkdirSync(dir);
    const manifest = { title: `Offer ${i}`, documents: { 'Offer to Exchange': 'offer-to-exchange.txt' }, filings: ['amendment-1.txt', 'amendment-2.txt'] };
    writeFileSync(join(dir, 'offer.json'), JSON.stringify(manifest));
    writeFileSync(join(dir, 'offer-to-exchange.txt'), baseDocument());
    writeFileSync(join(dir, 'amendment-1.txt'), amendmentText({ number: 1, instructions: [replaceSentence('second', `We will accept them within ${i + 2} days.`)] }));
    writeFileSync(join(dir, 'amendment-2.txt'), amendmentText({ number: 2, instructions: [replaceSentence('third', 'You will be told by e-mail.')] }));
  }
}

/** A folder of `count` copies of the 2002 offer. */
function copiesOf2002(root, count) {
  for (let i = 0; i < count; i++) cpSync(offer2002, join(root, `sonus-${String(i).padStart(3, '0')}`), { recursive: true });
}

/** Offers per second: `check --all` (worker threads, then one thread) against one `check` process per offer. */
function batchRow(name, root, count, timeProcess) {
  const all = timeProcess(process.execPath, [bundle, 'check', '--all', root], 3);
  const oneThread = timeProcess(process.execPath, [bundle, 'check', '--all', root, '--jobs', '1'], 1);
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const dir = join(root, name(i));
    const run = spawnSync(process.execPath, [bundle, 'check', dir], { stdio: 'ignore' });
    if (run.status !== 0) throw new Error(`check ${dir} exited ${run.status}`);
  }
  const each = performance.now() - started;
  const rate = (elapsed) => (count / (elapsed / 1000)).toFixed(1);
  return { all, oneThread, each, rate };
}

/** Print the batch rows: 100 small generated offers, and 40 copies of the 2002 offer (the size of a real one). */
export function printBatch(timeProcess) {
  const cases = [
    ['100 generated offers (2-page base, 2 amendments)', 100, generatedOffers, (i) => `offer-${String(i).padStart(3, '0')}`],
    ['40 copies of the 2002 offer', 40, copiesOf2002, (i) => `sonus-${String(i).padStart(3, '0')}`],
  ];
  console.log(`| batch \`check\` (${availableParallelism()} cores) | \`check --all\` offers/s | \`--jobs 1\` offers/s | one process per offer, offers/s | --all / per process |`);
  console.log('| --- | --- | --- | --- | --- |');
  for (const [label, count, make, name] of cases) {
    const root = mkdtempSync(join(tmpdir(), 'amendiff-bench-batch-'));
    try {
      make(root, count);
      const r = batchRow(name, root, count, timeProcess);
      console.log(`| ${label} | ${r.rate(r.all)} | ${r.rate(r.oneThread)} | ${r.rate(r.each)} | ${ratio(r.each / r.all)} |`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
}
