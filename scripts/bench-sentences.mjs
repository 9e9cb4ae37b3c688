// Sentence splitter throughput against a named baseline measured in the same run: Intl.Segmenter (ICU's
// sentence break rules) on the same text. Both are given the text a paragraph (2,000 characters) at a time, as the
// tree builders call the splitter; Intl.Segmenter is far slower than linear on one multi-megabyte string.
// Run after `npm run build`: node scripts/bench-sentences.mjs
import { splitSentences } from '../dist/engine/sentences/split.js';

const paragraph =
  'Sonus Networks, Inc. (the "Company") offers to exchange options having an exercise price of $0.67 or more ' +
  'per share. The offer expires at 5 p.m., Eastern Time, on November 22, 2002, under Rule 13e-4(c)(4). See ' +
  'Private Letter Ruling No. 9129048, e.g., for a "modification." We may (i) extend or (ii) amend the offer. ';
const size = Number(process.env.BENCH_SENTENCE_BYTES ?? 6_000_000);
const fill = (unit) => unit.repeat(Math.ceil(size / unit.length));

const inputs = [
  ['legal prose', fill(paragraph)],
  ['periods only', fill('.')],
  ['quotes only', fill('"')],
  ['initials', fill('A.')],
  ['labels', fill('1. ')],
  ['abbreviations', fill('Inc. ')],
  ['embedded quotes', fill('He said "a. B. c. D." and left. ')],
];

const chunks = (text) => {
  const out = [];
  for (let at = 0; at < text.length; at += 2000) out.push(text.slice(at, at + 2000));
  return out;
};

const cpuMs = (run) => {
  const before = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(before);
  return { ms: (used.user + used.system) / 1000, result };
};

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const baseline = (parts) => {
  let count = 0;
  for (const part of parts) for (const _ of segmenter.segment(part)) count++;
  return count;
};
const ours = (parts) => parts.reduce((count, part) => count + splitSentences(part).length, 0);

/**
 * Measure the splitter and the baseline on each input.
 * @returns rows of the table
 */
export function benchSentences() {
  return inputs.map(([name, text]) => {
    const parts = chunks(text);
    const mine = cpuMs(() => ours(parts));
    const theirs = cpuMs(() => baseline(parts));
    return { name, mb: text.length / 1e6, ms: mine.ms, baselineMs: theirs.ms, ratio: theirs.ms / mine.ms };
  });
}

/** Print the splitter table: each input's time, throughput and the baseline's time on the same paragraphs. */
export function printSentenceBench() {
  console.log(`Sentence splitter on ${size / 1e6} MB inputs, 2,000-character paragraphs (CPU ms); baseline Intl.Segmenter on the same paragraphs`);
  console.log('input            splitSentences   MB/s   Intl.Segmenter   Intl/ours');
  for (const row of benchSentences()) {
    console.log(
      `${row.name.padEnd(16)} ${row.ms.toFixed(0).padStart(10)} ms ${(row.mb / (row.ms / 1000)).toFixed(1).padStart(6)} ${row.baselineMs.toFixed(0).padStart(13)} ms ${row.ratio.toFixed(2).padStart(8)}x`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) printSentenceBench();
