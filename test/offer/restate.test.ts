import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../engine/read/ingest.js';
import { offerFiles, problemsOf } from '../../engine/offer/operative.js';
import { redline } from '../../engine/redline/redline.js';
import { renderText } from '../../engine/core/document-text.js';
import type { Root, Sentence, Version } from '../../engine/types.js';
import { buildTree } from '../../engine/read/tree.js';
import { buildVersions, type OfferInput } from '../../engine/offer/versions.js';
import { jsonSplice } from '../helpers/json-splice.js';
import { readOffer } from '../helpers/read-offer.js';
import { runCli } from '../helpers/run-cli.js';

const sonus = 'corpus/sonus-2002-option-exchange';
const doc = 'Offer to Exchange';
const restatedName = 'offer-to-exchange-a2.txt';

// Amendment No. 2 restates exhibit (a)(1), the Offer to Exchange. The restated text here is the text its instructions
// give, with one original sentence reworded beyond them and one sentence an instruction inserted left out.
const reworded = ['that are not validly withdrawn.', 'that have not been validly withdrawn.'];
const inserted = 'While we intend to accept for exchange all tendered options to the extent that the conditions to the exchange for such class of options have been satisfied, we have reserved this right in an effort to protect the tax status of incentive stock options in view of IRS Private Letter Ruling No. 9129048, dated April 24, 1991.';
const kept = 'Under current law, you should not be subject to tax when you surrender your existing options in exchange for new options.';

function restatedText(): string {
  const reconstructed = renderText(buildVersions(readOffer(sonus))[2]?.documents[doc] as Root);
  expect(reconstructed.split(reworded[0] as string)).toHaveLength(2);
  expect(reconstructed.split(`${inserted} `)).toHaveLength(2);
  return reconstructed.replace(reworded[0] as string, reworded[1] as string).replace(`${inserted} `, '');
}

const text = restatedText();
const withRestatement = (): OfferInput => ({
  ...readOffer(sonus),
  restated: [{ filing: 'amendment-2.txt', document: 'offer to exchange', name: restatedName, file: ingest(restatedName, text) }],
});
const sentences = (tree: Root): Sentence[] => tree.children.flatMap((b) => (b.type === 'paragraph' ? b.children : []));
const lineOf = (needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('a document restated by a filing', () => {
  const input = withRestatement();
  const versions = buildVersions(input);
  const v2 = versions[2] as Version;
  const tree = v2.documents[doc] as Root;

  it('is the operative text from that version on, and the version says so', () => {
    expect(renderText(tree)).toBe(renderText(buildTree(ingest(restatedName, text))));
    expect(renderText(tree)).toContain(reworded[1]);
    expect(renderText(tree)).not.toContain(inserted);
    expect(v2.restated).toEqual([{ document: doc, file: restatedName }]);
    expect(versions[1]?.restated).toEqual([]);
  });

  it('keeps the origin of every sentence it shares with the instructions, and credits itself with the rest', () => {
    const all = sentences(tree);
    const find = (start: string): Sentence => all.find((s) => s.value.startsWith(start) || s.value.endsWith(start)) as Sentence;
    expect(find(reworded[1] as string).origin).toEqual({
      amendment: 2,
      sources: [{ file: restatedName, item: null, line: lineOf(reworded[1] as string), column: 1 }],
      global: false,
    });
    const keptSentences = all.filter((s) => s.value === kept);
    expect(keptSentences.length).toBeGreaterThan(1);
    for (const s of keptSentences) expect(s.origin.sources.map((r) => r.file)).toEqual(['amendment-2.txt']);
    expect(find('Otherwise, we expect to accept all properly').origin.amendment).toBe(2);
    expect(find('We will determine, in our discretion, all questions').origin).toEqual({ amendment: 0, sources: [], global: false });
  });

  it('warns, on the restated file, wherever it parts from the instructions', () => {
    const problems = problemsOf([input.restated?.[0]?.file as never]);
    expect(problems.map((p) => [p.ruleId, p.line, p.fatal])).toEqual([
      ['restated-differs', lineOf('We have reserved the right, in our discretion, to reject any or all options surrendered for exchange.'), false],
      ['restated-differs', lineOf(reworded[1] as string), false],
    ]);
    expect(problems[0]?.reason).toBe(
      "Expected the restated Offer to Exchange to read as Amendment No. 2's instructions leave it, found nothing where they give `While we intend to accept for exchange all tendered options to the extent that the conditions to the...`",
    );
    expect(problems[1]?.reason).toContain('found `…surrendered options that have not been validly withdrawn.` where they give `…surrendered options that are not validly withdrawn.`');
    expect(problemsOf(input.filings)).toEqual([]);
    expect(offerFiles(input).map((f) => f.basename)).toEqual(['amendment-1.txt', 'amendment-2.txt', restatedName, 'amendment-3.txt']);
  });

  it('is what later amendments amend', () => {
    const plain = buildVersions(readOffer(sonus));
    expect(renderText(versions[3]?.documents[doc] as Root).replace(reworded[1] as string, reworded[0] as string)).not.toBe(renderText(plain[3]?.documents[doc] as Root));
    expect(renderText(versions[3]?.documents[doc] as Root)).toContain(reworded[1]);
    expect(versions[3]?.state).toBe('final');
  });

  it('redlines exactly, crediting each change to the instruction or to the restated file', () => {
    const diff = redline(versions, { document: doc, from: 0, to: 2 });
    expect(jsonSplice(diff.from.text, diff.changes)).toBe(diff.to.text);
    const touching = (needle: string) => diff.changes.find((c) => c.to.text.includes(needle) || c.from.text.includes(needle));
    expect(new Set(touching('have not been')?.provenance.flatMap((o) => o.sources.map((s) => s.file)))).toEqual(new Set([restatedName]));
    expect(touching('when you surrender your existing options')?.provenance.flatMap((o) => o.sources.map((s) => s.file))).toContain('amendment-2.txt');
    const back = redline(versions, { document: doc, from: 2, to: 0 });
    expect(jsonSplice(back.from.text, back.changes)).toBe(back.to.text);
  });
});

describe('amendiff with a restated text in offer.json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'amendiff-restated-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(sonus, dir, { recursive: true });
  writeFileSync(join(dir, restatedName), text);
  const manifest = JSON.parse(readFileSync(join(sonus, 'offer.json'), 'utf8'));
  writeFileSync(join(dir, 'offer.json'), JSON.stringify({ ...manifest, restated: [{ filing: 'amendment-2.txt', document: doc, file: restatedName }] }, null, 2));

  it('checks it: each difference is a warning on the restated file, exit 1', () => {
    const run = runCli(['check', dir]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.startsWith(`${join(dir, restatedName)}:`) && l.endsWith('[restated-differs]'))).toBe(true);
  });

  it('names it in the timeline, from the version that restates it', () => {
    const run = runCli(['timeline', dir]);
    expect(run.stdout).toContain(`restated text of the Offer to Exchange: ${restatedName} (operative from here on)`);
    const json = JSON.parse(runCli(['timeline', dir, '--format', 'json']).stdout);
    expect(json.versions.map((e: { restated: unknown }) => e.restated)).toEqual([[], [], [{ document: doc, file: restatedName }], []]);
  });

  it('prints it as the text of that version', () => {
    const run = runCli(['text', dir, '--as-of', '2']);
    expect(run.stdout).toBe(renderText(buildTree(ingest(restatedName, text))));
    expect(run.stderr.split('\n').filter((l) => l.includes('[restated-differs]'))).toHaveLength(2);
  });

  it('refuses a restated file that is missing, in one line', () => {
    writeFileSync(join(dir, 'offer.json'), JSON.stringify({ ...manifest, restated: [{ filing: 'amendment-2.txt', document: doc, file: 'nowhere.txt' }] }));
    const run = runCli(['check', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('nowhere.txt');
  });
});
