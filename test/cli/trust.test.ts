import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { amendmentText, baseDocument, replaceSentence, writeOfferDir } from '../helpers/generate-offer-dir.js';
import { runCli } from '../helpers/run-cli.js';
import { item4 } from '../helpers/trust-offer.js';

// Every deliverable carries what was not applied: a block at the top (term, text, md), a banner (html), `problems`
// (json); it exits 1 when something in range was not applied, 0 when complete. Each offer is written for its case.

const onPage40 = item4('deleting in its entirety the first sentence of the first paragraph on page 40 of the Offer to Exchange.');
const clean = (text: string, dir: string): string => text.split(dir).join('<dir>');

function incomplete(): string {
  return writeOfferDir('trust-incomplete', { 'amendment-1.txt': amendmentText({ number: 1, instructions: [replaceSentence('second'), onPage40] }) });
}

const block = [
  '1 of 2 instructions of Amendment No. 1 was not applied:',
  '  <dir>/amendment-1.txt:25:1: error: Cannot find sentence `1` of paragraph `1` on page `40` [unresolved-target]',
  '      Amendment No. 1, Item 4(a): “Item 4(a) of the Schedule TO is hereby amended…”',
];

describe('an instruction not applied, in every deliverable', () => {
  it('text: a block at the top (text, md), problems in json; exit 1', () => {
    const dir = incomplete();
    const run = runCli(['text', dir, '--as-of', '1']);
    expect(run.code).toBe(1);
    expect(clean(run.stdout, dir).split('\n').slice(0, 5)).toEqual([...block, '', 'OFFER TO EXCHANGE']);
    // What could be applied was: the second sentence was replaced.
    expect(run.stdout).toContain('We will accept all properly tendered options. We will accept them at once.');
    const md = runCli(['text', dir, '--as-of', '1', '--format', 'md']);
    expect(md.code).toBe(1);
    expect(clean(md.stdout, dir).split('\n').slice(0, 3)).toEqual([
      '> **1 of 2 instructions of Amendment No. 1 was not applied**',
      '>',
      '> - <dir>/amendment-1.txt:25:1: error: Cannot find sentence \\`1\\` of paragraph \\`1\\` on page \\`40\\` \\[unresolved-target\\]<br>Amendment No. 1, Item 4(a): “Item 4(a) of the Schedule TO is hereby amended…”',
    ]);
    const json = JSON.parse(runCli(['text', dir, '--as-of', '1', '--format', 'json']).stdout) as { problems: Array<Record<string, unknown>>; tallies: unknown[] };
    expect(json.tallies).toEqual([{ version: 1, amendment: 'Amendment No. 1', instructions: 2, notApplied: 1 }]);
    expect(json.problems.map((p) => [p.amendment, p.item, p.line, p.column, p.ruleId, p.notApplied, p.words])).toEqual([
      ['Amendment No. 1', '4(a)', 25, 1, 'unresolved-target', true, 'Item 4(a) of the Schedule TO is hereby amended…'],
    ]);
  });

  it('text as of the original is complete (exit 0, no block)', () => {
    const run = runCli(['text', incomplete(), '--as-of', 'original']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('OFFER TO EXCHANGE\n')).toBe(true);
  });

  it('redline: the block in term and md, a banner in html, problems in json; exit 1', () => {
    const dir = incomplete();
    const term = runCli(['redline', dir, '--from', '0', '--to', '1', '--no-color']);
    expect(term.code).toBe(1);
    expect(clean(term.stdout, dir).split('\n').slice(3, 6)).toEqual(block);
    const md = runCli(['redline', dir, '--from', '0', '--to', '1', '--format', 'md']);
    expect(md.code).toBe(1);
    expect(md.stdout).toContain('> **1 of 2 instructions of Amendment No. 1 was not applied**');
    const html = runCli(['redline', dir, '--from', '0', '--to', '1', '--format', 'html']);
    expect(html.code).toBe(1);
    expect(html.stdout).toContain('<section class="problems" role="alert"><h2>1 of 2 instructions of Amendment No. 1 was not applied</h2>');
    const json = JSON.parse(runCli(['redline', dir, '--from', '0', '--to', '1', '--format', 'json']).stdout) as { problems: Array<{ line: number; notApplied: boolean }> };
    expect(json.problems.map((p) => [p.line, p.notApplied])).toEqual([[25, true]]);
    // A range that leaves the amendment out is complete.
    expect(runCli(['redline', dir, '--from', '0', '--to', '0']).code).toBe(0);
  });

  it('timeline: the block at the top and the count under the version; problems in json; exit 1', () => {
    const dir = incomplete();
    const run = runCli(['timeline', dir]);
    expect(run.code).toBe(1);
    expect(clean(run.stdout, dir).split('\n').slice(0, 3)).toEqual(block);
    expect(run.stdout).toContain('     not applied: 1 of 2 instructions of Amendment No. 1 was not applied\n');
    const json = JSON.parse(runCli(['timeline', dir, '--format', 'json']).stdout) as { tallies: unknown[] };
    expect(json.tallies).toEqual([{ version: 1, amendment: 'Amendment No. 1', instructions: 2, notApplied: 1 }]);
  });

  it('check: one line per problem in the one diagnostic format, and a summary when all is well', () => {
    const dir = incomplete();
    const run = runCli(['check', dir]);
    expect(run.code).toBe(1);
    expect(clean(run.stdout, dir)).toBe(`${block[1]?.trim()}\n`);
    const whole = writeOfferDir('trust-complete', { 'amendment-1.txt': amendmentText({ number: 1, instructions: [replaceSentence('second')] }) });
    expect(runCli(['check', whole])).toMatchObject({ code: 0, stdout: '1 filing, 1 instruction applied\n' });
    expect(runCli(['text', whole, '--as-of', 'latest']).code).toBe(0);
    expect(runCli(['redline', whole]).code).toBe(0);
    expect(runCli(['timeline', whole]).code).toBe(0);
  });
});

describe('filings listed out of order', () => {
  it('make text, redline and timeline refuse (exit 2) with the amendment-order message and the filings line to write', () => {
    const files = {
      'amendment-1.txt': amendmentText({ number: 1, instructions: [replaceSentence('second')] }),
      'amendment-2.txt': amendmentText({ number: 2, instructions: [replaceSentence('third', 'You will hear from us.')] }),
    };
    const dir = writeOfferDir('trust-order', files, ['amendment-2.txt', 'amendment-1.txt']);
    for (const args of [['text', dir, '--as-of', 'latest'], ['redline', dir], ['timeline', dir], ['review', dir]]) {
      const run = runCli(args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(clean(run.stderr, dir)).toBe(
        '<dir>/amendment-2.txt:6:34: error: Expected Amendment No. `1` first, found Amendment No. `2`, leaving a gap [amendment-order]\n' +
          '<dir>/amendment-1.txt:6:34: error: Expected Amendment No. `3` after Amendment No. `2`, found Amendment No. `1`, out of order [amendment-order]\n' +
          'amendiff: <dir>/offer.json: Expected `filings` in amendment order, found another order; write them so: "filings": ["amendment-1.txt", "amendment-2.txt"]\n',
      );
    }
  });
});

const ambiguous = item4('deleting in its entirety the second sentence of the first paragraph of the Offer to Exchange under the heading "France: Material Tax Consequences".');

function withDecisions(name: string, decisions: unknown[]): string {
  const dir = writeOfferDir(name, { 'amendment-1.txt': amendmentText({ number: 1, instructions: [ambiguous] }) });
  const manifest = JSON.parse(readFileSync(join(dir, 'offer.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'offer.json'), `${JSON.stringify({ ...manifest, decisions }, null, 2)}\n`);
  return dir;
}

describe('a person decides an ambiguous instruction in offer.json', () => {
  it('the ambiguity message prints the decisions entry for each candidate, ready to paste', () => {
    const dir = withDecisions('trust-undecided', []);
    const run = runCli(['check', dir]);
    expect(run.code).toBe(1);
    expect(clean(run.stdout, dir)).toBe(
      '<dir>/amendment-1.txt:21:1: error: Ambiguous target: sentence `2` of paragraph `1` under `France: Material Tax Consequences` matches 2 places: page `31` ("The tax is withheld by us."); page `32` ("We will report them to you."); ' +
        'to choose, add one of these to `decisions` in offer.json: { "instruction": "amendment-1.txt:21", "choose": "The tax is withheld" } or { "instruction": "amendment-1.txt:21", "choose": "We will report them" } [ambiguous-target]\n',
    );
  });

  it('a decision applies the edit at the place chosen, and its provenance says "decided in offer.json" in every output', () => {
    const dir = withDecisions('trust-decided', [{ instruction: 'amendment-1.txt:21', choose: 'We will report them' }]);
    expect(runCli(['check', dir])).toMatchObject({ code: 0, stdout: '1 filing, 1 instruction applied\n' });
    const text = runCli(['text', dir, '--as-of', 'latest']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('The tax is withheld by us.');
    expect(text.stdout).not.toContain('We will report them to you.');
    const term = runCli(['redline', dir, '--no-color']).stdout;
    expect(term).toContain('c1 │ Amendment No. 1 · Item 4(a) at amendment-1.txt:21:1 · decided in offer.json');
    expect(runCli(['redline', dir, '--format', 'md']).stdout).toContain('[^c1]: Amendment No. 1 · Item 4(a) at amendment-1.txt:21:1 · decided in offer.json');
    expect(runCli(['redline', dir, '--format', 'html']).stdout).toContain('decided in offer.json');
    const json = JSON.parse(runCli(['redline', dir, '--format', 'json']).stdout) as { changes: Array<{ provenance: Array<{ decided?: boolean }> }> };
    expect(json.changes[0]?.provenance[0]?.decided).toBe(true);
    const review = runCli(['review', dir]).stdout;
    expect(review).toContain('  decided · Offer to Exchange · amendment-1.txt:21:1 (Item 4(a))');
    expect(review).toContain('      decided in offer.json: check the place chosen');
  });

  it.each([
    ['words that open no candidate', { instruction: 'amendment-1.txt:21', choose: 'Nothing opens so' }, '<dir>/offer.json:10:5: error: Expected `decisions[0].choose` (`Nothing opens so`) to open exactly one of the places `amendment-1.txt:21` may mean, found no candidate [stale-decision]'],
    ['an empty choice', { instruction: 'amendment-1.txt:21', choose: '' }, null],
    ['a line where no instruction starts', { instruction: 'amendment-1.txt:99', choose: 'We will report them' }, '<dir>/offer.json:10:5: error: Expected `decisions[0].instruction` (`amendment-1.txt:99`) to name where an ambiguous instruction starts, found none [stale-decision]'],
  ])('a decision with %s is a stale-decision error, and nothing is applied', (_name, decision, line) => {
    const dir = withDecisions(`trust-stale-${_name.length}`, [decision]);
    const run = runCli(['check', dir]);
    if (line === null) {
      // An empty `choose` is not a decision at all: offer.json is refused.
      expect(run.code).toBe(2);
      expect(clean(run.stderr, dir)).toBe('amendiff: <dir>/offer.json:12:7: Expected `decisions[0].choose` to be the opening words of the place chosen, found an empty string\n');
      return;
    }
    expect(run.code).toBe(1);
    expect(clean(run.stdout, dir).split('\n')[0]).toBe(line);
    expect(run.stdout).toContain('[ambiguous-target]');
    expect(runCli(['text', dir, '--as-of', 'latest']).stdout).toContain('We will report them to you.');
  });
});

// A base where a plan is named, so that a withdrawal concerns a sentence.
const planBase = baseDocument().replace('We will accept all properly tendered options.', 'We accept Gamma Plan options.');
const withdrawal =
  'Items 1-12, as applicable, of the Schedule TO are hereby amended by deleting in its entirety from the Offer to Exchange each reference to and disclosure regarding the Gamma Stock Option Plan (the "Gamma Plan"), as the Offer has been withdrawn with respect to all Options granted under the Gamma Plan.';
const extension = 'Items 1-12, as applicable, of the Schedule TO are hereby amended by revising all appropriate dates throughout the Offer to Exchange to reflect the extension of the Offer to November 29, 2002.';

function reviewOffer(): string {
  const instructions = [withdrawal, extension, ambiguous, onPage40];
  return writeOfferDir('trust-review', { 'offer-to-exchange.txt': planBase, 'amendment-1.txt': amendmentText({ number: 1, instructions }) });
}

describe('amendiff review', () => {
  it('lists every point a person must look at, by amendment; exit 1 while an instruction is not applied', () => {
    const dir = reviewOffer();
    const run = runCli(['review', dir]);
    expect(run.code).toBe(1);
    const out = clean(run.stdout, dir);
    expect(out.split('\n')[0]).toBe('Amendment No. 1: 4 points to review');
    expect(out).toContain('  ambiguous · <dir>/amendment-1.txt:25:1 (Item 4(a))\n');
    expect(out).toContain('      candidate 1: “The tax is withheld”\n      candidate 2: “We will report them”\n');
    expect(out).toContain('  not applied · <dir>/amendment-1.txt:27:1 (Item 4(a))\n');
    expect(out).toContain('  global edit · Offer to Exchange · amendment-1.txt:23:1 (Item 1-12)\n      “THE OFFER EXPIRES AT 5:00 P.M., EASTERN TIME, ON NOVEMBER 29, 2002, UNLESS WE EXTEND THE OFFER.”\n');
    expect(out).toContain('  withdrawal (Gamma Plan) · Offer to Exchange\n      “We accept Gamma Plan options.”\n      the offer was withdrawn for the Gamma Plan: review this sentence\n');
    expect(out.trimEnd().split('\n').pop()).toBe('4 points to review as of Amendment No. 1: 1 not applied, 1 ambiguous, 1 global edit, 1 withdrawal');
    const json = JSON.parse(runCli(['review', dir, '--format', 'json']).stdout) as { points: Array<{ kind: string }> };
    expect(json.points.map((p) => p.kind)).toEqual(['ambiguous', 'not-applied', 'global-edit', 'withdrawal']);
    expect(runCli(['review', dir, '--as-of', 'original'])).toMatchObject({ code: 0, stdout: 'Nothing to review as of Original.\n' });
  });

  it('marks the same points where they stand: CriticMarkup in md, a margin note in term, review entries in json', () => {
    const dir = reviewOffer();
    const md = runCli(['text', dir, '--as-of', 'latest', '--format', 'md']).stdout;
    expect(md).toContain('{==We accept Gamma Plan options.==}{>>review: the offer was withdrawn for the Gamma Plan: review this sentence<<}');
    expect(md).toContain('{==THE OFFER EXPIRES AT 5:00 P.M., EASTERN TIME, ON NOVEMBER 29, 2002, UNLESS WE EXTEND THE OFFER.==}{>>review: changed by a global instruction');
    const redlineMd = runCli(['redline', dir, '--format', 'md']).stdout;
    expect(redlineMd).toContain('{==We accept Gamma Plan options.==}{>>review: the offer was withdrawn for the Gamma Plan: review this sentence<<}');
    const term = runCli(['redline', dir, '--no-color']).stdout;
    expect(term).toContain('   review │ the offer was withdrawn for the Gamma Plan: review this sentence: “We accept Gamma Plan options.”');
    const json = JSON.parse(runCli(['redline', dir, '--format', 'json']).stdout) as { to: { text: string }; review: Array<{ kind: string; start: number | null; end: number | null; text: string }> };
    for (const point of json.review.filter((p) => p.start !== null)) expect(json.to.text.slice(point.start as number, point.end as number)).toBe(point.text);
    expect(json.review.filter((p) => p.start !== null).map((p) => p.kind)).toEqual(['global-edit', 'withdrawal']);
    const text = JSON.parse(runCli(['text', dir, '--as-of', 'latest', '--format', 'json']).stdout) as { review: Array<{ kind: string }> };
    expect(text.review.map((p) => p.kind)).toEqual(['ambiguous', 'not-applied', 'global-edit', 'withdrawal']);
  });
});
