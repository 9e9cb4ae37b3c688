import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maxInputBytes } from '../../engine/read/ingest.js';
import { amendmentText, replaceSentence, scratchRoot, writeOfferDir } from '../helpers/generate-offer-dir.js';
import { runCli } from '../helpers/run-cli.js';

// The bad-input matrix of the README ("What amendiff refuses, and why"): each row runs the built CLI on a small input
// written under a temporary folder and checks the exact message (the folder shown as <tmp>) and the exit code.

/** One row: how to make the input, the command's arguments, and what it must print where, with which exit code. */
interface Row {
  args: () => string[];
  code: number;
  stdout?: string;
  stderr?: string;
}

const tmp = (): string => scratchRoot();
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(tmp(), name);
  writeFileSync(path, content);
  return path;
};
const amendment = (n: number, final = false): string => amendmentText({ number: n, instructions: [replaceSentence('second', `Text of amendment ${n}.`)], final });
const offer = (name: string, filings: Record<string, string>): string => writeOfferDir(name, filings, Object.keys(filings));
const instruction = (text: string): string => `Item 4(a) of the Schedule TO is hereby amended and supplemented by ${text}`;

const rows: Record<string, Row> = {
  'a missing file': {
    args: () => ['parse', join(tmp(), 'absent.txt')],
    code: 2,
    stderr: 'amendiff: <tmp>/absent.txt: no such file\n',
  },
  'an empty file': {
    args: () => ['parse', file('empty.txt', '')],
    code: 2,
    stderr: 'amendiff: <tmp>/empty.txt: is empty\n',
  },
  'a binary file': {
    args: () => ['parse', file('binary.txt', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0xff]))],
    code: 2,
    stderr: 'amendiff: <tmp>/binary.txt: is binary, not a text filing\n',
  },
  'a file over the 32 MiB limit': {
    args: () => ['parse', file('huge.txt', new Uint8Array(maxInputBytes + 1).fill(0x61))],
    code: 2,
    stderr: 'amendiff: <tmp>/huge.txt: is larger than the 32 MiB amendiff reads\n',
  },
  'not a filing (a text with no instruction)': {
    args: () => ['parse', file('plain.txt', 'One thing. Two things.\n\nThree things.\n')],
    code: 0,
    stdout: '{\n  "filing": null,\n  "instructions": [],\n  "exhibits": [],\n  "diagnostics": []\n}\n',
    stderr: '',
  },
  'an offer folder without offer.json': {
    args: () => ['check', join(tmp(), 'absent')],
    code: 2,
    stderr: 'amendiff: <tmp>/absent: expected an offer folder holding `offer.json`\n',
  },
  'offer.json that is not JSON': {
    args: () => {
      const dir = offer('json-syntax', {});
      writeFileSync(join(dir, 'offer.json'), '{"title": "T", "documents": {}, "filings": [}');
      return ['check', dir];
    },
    code: 2,
    stderr: 'amendiff: <tmp>/json-syntax/offer.json:1:1: Expected `offer.json` to be JSON, found a syntax error (Unexpected token \'}\', ..."ilings": [}" is not valid JSON)\n',
  },
  'offer.json with a bad field': {
    args: () => {
      const dir = offer('json-field', {});
      writeFileSync(join(dir, 'offer.json'), '{"title": "T", "documents": {"Offer to Exchange": 7}, "filings": []}');
      return ['check', dir];
    },
    code: 2,
    stderr: 'amendiff: <tmp>/json-field/offer.json:1:30: Expected `documents.Offer to Exchange` to be a file name, found `7`\n',
  },
  'a restated text for a filing the offer does not list': {
    args: () => {
      const dir = offer('restated-filing', {});
      writeFileSync(join(dir, 'offer.json'), '{"title": "T", "documents": {"Offer to Exchange": "o.txt"}, "filings": [],\n "restated": [{"filing": "amendment-9.txt", "document": "Offer to Exchange", "file": "o-9.txt"}]}');
      return ['check', dir];
    },
    code: 2,
    stderr: 'amendiff: <tmp>/restated-filing/offer.json:2:16: Expected `restated[0].filing` to be one of `filings`, found `amendment-9.txt`\n',
  },
  'a document the instruction names that the offer does not have': {
    args: () => ['check', offer('unknown-document', { 'amendment-1.txt': amendmentText({ number: 1, instructions: [instruction('deleting in its entirety the first sentence of the first paragraph of Section 5 of the Offer to Purchase.')] }) })],
    code: 1,
    stdout: '<tmp>/unknown-document/amendment-1.txt:21:1: error: Cannot find document `Offer to Purchase` in the offer, which has `Offer to Exchange`, `Schedule TO` [unknown-document]\n',
  },
  'amendment numbers out of order': {
    args: () => ['check', offer('out-of-order', { 'amendment-1.txt': amendment(2), 'amendment-2.txt': amendment(1) })],
    code: 1,
    stdout:
      '<tmp>/out-of-order/amendment-1.txt:6:34: error: Expected Amendment No. `1` first, found Amendment No. `2`, leaving a gap [amendment-order]\n' +
      '<tmp>/out-of-order/amendment-2.txt:6:34: error: Expected Amendment No. `3` after Amendment No. `2`, found Amendment No. `1`, out of order [amendment-order]\n',
  },
  'an amendment number given twice': {
    args: () => ['check', offer('duplicated', { 'amendment-1.txt': amendment(1), 'amendment-1-again.txt': amendment(1) })],
    code: 1,
    stdout: '<tmp>/duplicated/amendment-1-again.txt:6:34: error: Expected Amendment No. `2` after Amendment No. `1`, found Amendment No. `1` again [amendment-order]\n',
  },
  'a gap in the amendment numbers': {
    args: () => ['check', offer('gap', { 'amendment-1.txt': amendment(1), 'amendment-3.txt': amendment(3) })],
    code: 1,
    stdout: '<tmp>/gap/amendment-3.txt:6:34: error: Expected Amendment No. `2` after Amendment No. `1`, found Amendment No. `3`, leaving a gap [amendment-order]\n',
  },
  'an amendment after the final one': {
    args: () => ['check', offer('after-final', { 'amendment-1.txt': amendment(1, true), 'amendment-2.txt': amendment(2) })],
    code: 1,
    stdout: '<tmp>/after-final/amendment-2.txt:6:34: error: Expected no amendment after the final Amendment No. `1`, found Amendment No. `2` [amendment-after-final]\n',
  },
  'sentence 4 of a 3-sentence paragraph': {
    args: () => ['check', offer('no-sentence', { 'amendment-1.txt': amendmentText({ number: 1, instructions: [replaceSentence('fourth')] }) })],
    code: 1,
    stdout: '<tmp>/no-sentence/amendment-1.txt:21:1: error: Cannot find sentence `4` of paragraph `1` of section `5` on page `31`: page `31` ("THE OFFER EXPIRES AT 5:00 P.M., EASTERN TIME, O…") has 1 sentence; page `31` ("We will accept all properly tendered options. W…") has 3 sentences [unresolved-target]\n',
  },
  'page 40 of a document that ends at page 32': {
    args: () => ['check', offer('no-page', { 'amendment-1.txt': amendmentText({ number: 1, instructions: [instruction('deleting in its entirety the first sentence of the first paragraph on page 40 of the Offer to Exchange.')] }) })],
    code: 1,
    stdout: '<tmp>/no-page/amendment-1.txt:21:1: error: Cannot find sentence `1` of paragraph `1` on page `40` [unresolved-target]\n',
  },
  'a heading that two places carry': {
    args: () => ['check', offer('ambiguous', { 'amendment-1.txt': amendmentText({ number: 1, instructions: [instruction('deleting in its entirety the second sentence of the first paragraph of the Offer to Exchange under the heading "France: Material Tax Consequences".')] }) })],
    code: 1,
    stdout:
      '<tmp>/ambiguous/amendment-1.txt:21:1: error: Ambiguous target: sentence `2` of paragraph `1` under `France: Material Tax Consequences` matches 2 places: page `31` ("The tax is withheld by us."); page `32` ("We will report them to you."); ' +
      'to choose, add one of these to `decisions` in offer.json: { "instruction": "amendment-1.txt:21", "choose": "The tax is withheld" } or { "instruction": "amendment-1.txt:21", "choose": "We will report them" } [ambiguous-target]\n',
  },
  'two different edits of one sentence': {
    args: () => ['check', offer('conflict', { 'amendment-1.txt': amendmentText({ number: 1, instructions: [replaceSentence('second', 'One thing.'), replaceSentence('second', 'Another thing.')] }) })],
    code: 1,
    // Neither is applied, so each instruction is reported at its own place.
    stdout:
      '<tmp>/conflict/amendment-1.txt:21:1: error: Conflicting edits of `Offer to Exchange` at page `31` ("We expect to accept them promptly after the exp…"): `amendment-1.txt:21:1` and `amendment-1.txt:25:1` change it differently [conflicting-edits]\n' +
      '<tmp>/conflict/amendment-1.txt:25:1: error: Conflicting edits of `Offer to Exchange` at page `31` ("We expect to accept them promptly after the exp…"): `amendment-1.txt:21:1` and `amendment-1.txt:25:1` change it differently [conflicting-edits]\n',
  },
  'a quoted text that never closes': {
    args: () => ['check', offer('unclosed', { 'amendment-1.txt': amendmentText({ number: 1, instructions: [replaceSentence('second').replace(/"$/, '')] }) })],
    code: 1,
    stdout: '<tmp>/unclosed/amendment-1.txt:23:13: error: Expected a closing quotation mark for the new text, found none before the next instruction or heading [unclosed-quote]\n',
  },
};

const clean = (text: string): string => text.split(tmp()).join('<tmp>');

describe('the bad-input matrix', () => {
  it.each(Object.entries(rows))('%s', (_name, row) => {
    const run = runCli(row.args());
    const got: Partial<Row> = { code: run.code ?? -1 };
    const want: Partial<Row> = { code: row.code };
    if (row.stdout !== undefined) [got.stdout, want.stdout] = [clean(run.stdout), row.stdout];
    if (row.stderr !== undefined) [got.stderr, want.stderr] = [clean(run.stderr), row.stderr];
    expect(got).toEqual(want);
    expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  // As root (CI containers often are), chmod 000 does not stop a read, so there is nothing to refuse.
  const root = process.getuid?.() === 0;
  it.skipIf(root)(`an unreadable file${root ? ' (skipped: the tests run as root, whom chmod 000 does not stop)' : ''}`, () => {
    const path = file('unreadable.txt', 'Item 4 is hereby amended.\n');
    chmodSync(path, 0o000);
    const run = runCli(['parse', path]);
    expect({ code: run.code, stderr: clean(run.stderr) }).toEqual({ code: 2, stderr: 'amendiff: <tmp>/unreadable.txt: cannot be read (EACCES)\n' });
  });
});
