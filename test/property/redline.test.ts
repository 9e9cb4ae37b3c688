import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare } from '../../engine/redline/compare.js';
import { ingest } from '../../engine/read/ingest.js';
import { redline } from '../../engine/redline/redline.js';
import { renderJson } from '../../engine/render/json.js';
import { renderText } from '../../engine/core/document-text.js';
import { buildTextTree } from '../../engine/read/text/tree.js';
import type { Change, Root, Version } from '../../engine/types.js';
import { buildVersions } from '../../engine/offer/versions.js';
import { documentName, generatedOffer, offerInput, type GeneratedOffer } from '../helpers/generate-offer.js';
import { propertyRuns, timeFor } from '../helpers/generate-runs.js';
import { modelText } from '../helpers/reference-model.js';
import { jsonSplice } from '../helpers/json-splice.js';

/** A generated offer's versions and two version numbers to redline between (either order). */
const pairs = generatedOffer().chain((offer) =>
  fc.tuple(fc.constant(offer), fc.nat(offer.versions.length - 1), fc.nat(offer.versions.length - 1)),
);

const documentOf = (versions: Version[], n: number): Root => versions[n]?.documents[documentName] as Root;


/** A change reduced to what it does to the text: replace `old` (at `start..end` of the from-text) by `text`. */
interface Splice {
  start: number;
  end: number;
  old: string;
  text: string;
}

// The text changes two redlines must agree on, in a canonical form: each change trimmed of the characters its old and
// new text share at either end, and changes merged when only whitespace lies between them. Two redlines that differ
// only in how they cut the same change into pieces ("replace A, then insert B at its end" against "replace A by A'B",
// or one change for two adjacent paragraphs against two) read the same; ids, moves and provenance are left out.
function canonical(changes: Change[], fromText: string): Splice[] {
  let splices = changes.map((c) => trim({ start: c.from.start, end: c.from.end, old: c.from.text, text: c.to.text })).filter(changed);
  for (let size = -1; size !== splices.length; ) {
    size = splices.length;
    splices = merge(splices, fromText).map(trim).filter(changed);
  }
  return splices;
}

const changed = (s: Splice): boolean => s.old !== s.text;

function trim(s: Splice): Splice {
  let head = 0;
  while (head < s.old.length && head < s.text.length && s.old[head] === s.text[head]) head++;
  let tail = 0;
  const room = (text: string): number => text.length - head - tail;
  while (room(s.old) > 0 && room(s.text) > 0 && s.old[s.old.length - 1 - tail] === s.text[s.text.length - 1 - tail]) tail++;
  return { start: s.start + head, end: s.end - tail, old: s.old.slice(head, s.old.length - tail), text: s.text.slice(head, s.text.length - tail) };
}

function merge(splices: Splice[], fromText: string): Splice[] {
  const out: Splice[] = [];
  for (const s of splices) {
    const last = out[out.length - 1];
    const between = last && s.start >= last.end ? fromText.slice(last.end, s.start) : null;
    if (last && between !== null && between.trim() === '') {
      out[out.length - 1] = { start: last.start, end: s.end, old: last.old + between + s.old, text: last.text + between + s.text };
    } else out.push(s);
  }
  return out;
}

function versionsOf(offer: GeneratedOffer): Version[] {
  return buildVersions(offerInput(offer));
}

describe('redlines between any two versions of a generated offer', () => {
  it('round-trips through JSON: applying the changes to the from-text gives the to-text, and both are the versions\' texts', () => {
    fc.assert(
      fc.property(pairs, ([offer, from, to]) => {
        const versions = versionsOf(offer);
        const json = JSON.parse(renderJson(redline(versions, { document: documentName, from, to }))) as { from: { text: string }; to: { text: string }; changes: Change[] };
        expect(json.from.text).toBe(renderText(documentOf(versions, from)));
        expect(json.to.text).toBe(renderText(documentOf(versions, to)));
        expect(json.to.text).toBe(modelText(offer.versions[to] as GeneratedOffer['versions'][number]));
        expect(jsonSplice(json.from.text, json.changes)).toBe(json.to.text);
      }),
      propertyRuns(),
    );
  }, timeFor(propertyRuns().numRuns));

  it('agrees with the diff-derived redline: the same text changes from the edits as from comparing the two texts', () => {
    fc.assert(
      fc.property(pairs, ([offer, from, to]) => {
        const versions = versionsOf(offer);
        const edits = redline(versions, { document: documentName, from, to });
        const diff = compare(documentOf(versions, from), documentOf(versions, to));
        expect(diff.from.text).toBe(edits.from.text);
        expect(canonical(edits.changes, edits.from.text)).toEqual(canonical(diff.changes, diff.from.text));
      }),
      propertyRuns(),
    );
  }, timeFor(propertyRuns().numRuns));
});

// Found by the agreement property (seed 20021122), kept as a plain example; fixed in c63d56b. Amendment 1
// replaced the paragraph's sentence, amendment 2 added a paragraph after it; the redline runs from 2 back to 0.
describe('the diff-derived redline of a replaced paragraph next to an added one', () => {
  it('refines the replaced paragraph to words, as the edit-derived redline does', () => {
    const head = '1. NUMBER OF OPTIONS; EXPIRATION DATE.\n\n';
    const from = `${head}     In addition, we will accept all properly tendered options.\n\n     In addition, we will accept all properly tendered options pursuant to Rule\n13e-4 under the Securities Exchange Act of 1934.\n`;
    const to = `${head}     We will accept all properly tendered options before 5:00 p.m., Eastern Time,\non January 1, 2000.\n`;
    const diff = compare(buildTextTree(ingest('from.txt', from)), buildTextTree(ingest('to.txt', to)));
    expect(canonical(diff.changes, diff.from.text).map((s) => [s.old, s.text])).toEqual([
      ['In addition, w', 'W'],
      ['', ' before 5:00 p.m., Eastern Time, on January 1, 2000'],
      ['\n\nIn addition, we will accept all properly tendered options pursuant to Rule 13e-4 under the Securities Exchange Act of 1934.', ''],
    ]);
  });
});
