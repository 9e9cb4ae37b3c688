import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../engine/read/ingest.js';
import { parseFiling } from '../../engine/instructions/parse.js';
import { offerTimeline, problemsOf } from '../../engine/offer/operative.js';
import { renderText } from '../../engine/core/document-text.js';
import type { ParsedFiling, Version } from '../../engine/types.js';
import { buildVersions } from '../../engine/offer/versions.js';
import { filingMeaning, typesettings } from '../helpers/convert-filing.js';
import { readOffer } from '../helpers/read-offer.js';

// The same filing typeset as EDGAR text, HTML and markdown must mean the same: the same metadata, instructions,
// exhibit changes and problems; only where each thing stands in its file may differ.
const offers = { 'sonus-2002-option-exchange': 3, 'northwind-2005-offer-to-purchase': 3 } as const;


const meaning = (parsed: ParsedFiling): unknown => ({
  filing: filingMeaning(parsed.filing),
  instructions: parsed.instructions.map(({ source: _source, ...rest }) => rest),
  exhibits: parsed.exhibits,
  problems: parsed.diagnostics.map((d) => d.ruleId),
});

// What a reader of the versions sees: each document's text, and the timeline without file names.
const reading = (versions: Version[]): unknown => ({
  texts: versions.map((v) => Object.fromEntries(Object.entries(v.documents).map(([name, tree]) => [name, renderText(tree)]))),
  timeline: offerTimeline(versions).map(({ file: _file, ...rest }) => rest),
});

describe.each(Object.entries(offers))('%s, its amendments typeset otherwise', (offer, count) => {
  const dir = `corpus/${offer}`;
  const names = Array.from({ length: count }, (_, k) => `amendment-${k + 1}.txt`);
  const texts = names.map((name) => readFileSync(`${dir}/${name}`, 'utf8'));

  it.each(typesettings)('each filing means the same as %s', (_format, ext, typeset) => {
    names.forEach((name, k) => {
      const text = texts[k] as string;
      const asText = parseFiling(ingest(name, text));
      expect(asText.instructions.length + asText.exhibits.length).toBeGreaterThan(0);
      expect(meaning(parseFiling(ingest(name.replace(/txt$/, ext), typeset(text)))), name).toEqual(meaning(asText));
    });
  });

  it.each(typesettings)('the offer reads the same with its amendments as %s', (_format, ext, typeset) => {
    const converted = names.map((name, k): [string, string] => [name.replace(/txt$/, ext), typeset(texts[k] as string)]);
    expect(reading(buildVersions(readOffer(dir, converted)))).toEqual(reading(buildVersions(readOffer(dir))));
  });
});

// The base Offer to Exchange typeset otherwise: every instruction of the three amendments still finds its place, and
// each version's edits and lifecycle are the same. Wrapped in <pre> it is the same text, so it reads the same.
describe('the 2002 Offer to Exchange typeset otherwise', () => {
  const dir = 'corpus/sonus-2002-option-exchange';
  const base = readFileSync(`${dir}/offer-to-exchange.txt`, 'utf8');
  const plain = buildVersions(readOffer(dir));
  const edits = (versions: Version[]): unknown => versions.map((v) => v.edits.map((e) => [e.kind, e.before.text, e.after.text]));

  it.each(typesettings)('as %s, every instruction resolves to the same edits', (_format, ext, typeset) => {
    const input = readOffer(dir);
    input.documents['Offer to Exchange'] = ingest(`offer-to-exchange.${ext}`, typeset(base));
    const versions = buildVersions(input);
    expect(problemsOf(input.filings)).toEqual([]);
    expect(edits(versions)).toEqual(edits(plain));
    expect(offerTimeline(versions).map((entry) => entry.state)).toEqual(offerTimeline(plain).map((entry) => entry.state));
    if (ext === 'htm') expect(reading(versions)).toEqual(reading(plain));
  });
});

// Typographer's quotes (“…”) instead of straight ones: the same instructions, their quotes aside, in every format.
describe('the corpus amendments with typographer\'s quotes', () => {
  const curly = (text: string): string => text.replace(/(^|[\s([])"/gm, '$1“').replace(/"/g, '”');
  const straight = (parsed: ParsedFiling): unknown =>
    JSON.parse(JSON.stringify(parsed.instructions.map(({ source: _source, ...rest }) => rest)).replace(/[“”]/g, '\\"'));

  it.each(Object.entries(offers).flatMap(([offer, count]) => Array.from({ length: count }, (_, k) => `${offer}/amendment-${k + 1}.txt`)))('%s', (path) => {
    const text = readFileSync(`corpus/${path}`, 'utf8');
    const expected = straight(parseFiling(ingest('a.txt', text)));
    expect(straight(parseFiling(ingest('a.txt', curly(text))))).toEqual(expected);
    for (const [, ext, typeset] of typesettings) expect(straight(parseFiling(ingest(`a.${ext}`, typeset(curly(text)))))).toEqual(expected);
  });
});
