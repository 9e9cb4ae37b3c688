import { applyPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { compare } from '../../engine/redline/compare.js';
import { compareTexts } from '../../engine/redline/compare-text.js';
import { redline } from '../../engine/redline/redline.js';
import { renderHtml } from '../../engine/render/html.js';
import { renderJson } from '../../engine/render/json.js';
import { renderMd } from '../../engine/render/md.js';
import { renderTerm } from '../../engine/render/term.js';
import { renderUnified } from '../../engine/render/unified.js';
import { applyChanges } from '../helpers/splice.js';
import type { Redline } from '../../engine/types.js';
import { buildVersions } from '../../engine/offer/versions.js';
import { readOffer } from '../helpers/read-offer.js';

const labels = { from: 'a', to: 'b' };
const shape = (changes: Redline['changes']): unknown => changes.map((c) => [c.kind, c.from, c.to]);
const offers = ['sonus-2002-option-exchange', 'northwind-2005-offer-to-purchase', 'sonus-2007-offer-to-amend'];

function corpus(name: string): { versions: ReturnType<typeof buildVersions>; title: string } {
  const offer = readOffer(`corpus/${name}`);
  return { versions: buildVersions(offer), title: offer.manifest.title ?? name };
}

const sonus = corpus('sonus-2002-option-exchange');
const full: Redline = redline(sonus.versions, { document: 'Offer to Exchange', from: 0, to: 3, title: sonus.title });

describe('the 2002 Offer to Exchange, original to Amendment No. 3, in every format', () => {
  it('term: the extension to November 22 and the rewritten tax paragraph, each with its instruction', () => {
    const text = renderTerm(full, { color: false });
    expect(text).toContain('ON NOVEMBER [-14-]{+22+}[c1], 2002, UNLESS THE OFFER IS EXTENDED.');
    expect(text).toMatch(/c1 │ Amendment No\. 2 · Item [^ ]+ at amendment-2\.txt:\d+:1 · global edit, review/);
    expect(text).toContain('{+, provided, however, that if we waive any of the conditions of this offer for any particular optionholder');
    expect(text).toContain('Amendment No. 2 2002-11-12 [amended, expires 2002-11-22, withdrawn for TTI Plan]');
  });

  it('md: CriticMarkup substitutions with a footnote per change', () => {
    const md = renderMd(full);
    // The sentence the extension changed is a point to review: its shared text highlighted around the change, the note after it.
    expect(md).toContain('ON NOVEMBER ==}{~~14~>22~~}[^c1]{==, 2002, UNLESS THE OFFER IS EXTENDED.==}{>>review: changed by a global instruction (the extension), was: “THE OFFER');
    expect(md.match(/^\[\^c\d+\]: Amendment No\. 2/gm)?.length).toBe(full.changes.length);
    expect(md).toContain('| Amendment No. 2 | 2002-11-12 | amended | 2002-11-22 | TTI Plan |');
  });

  it('html: one del/ins per change piece, every change listed and anchored', () => {
    const html = renderHtml(full);
    for (const change of full.changes) expect(html).toContain(`id="${change.id}"`);
    expect(html).not.toMatch(/<link|src=/);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('<span class="withdrawn">withdrawn for TTI Plan</span>');
  });

  it('json and unified: applying them to the from-text gives the to-text', () => {
    const parsed = JSON.parse(renderJson(full)) as Redline;
    expect(applyChanges(parsed.from.text, parsed.changes)).toBe(full.to.text);
    expect(applyPatch(full.from.text, renderUnified(full))).toBe(full.to.text);
  });
});

describe.each(offers)('%s', (name) => {
  const { versions } = corpus(name);
  const documents = Object.keys(versions.at(-1)!.documents);

  it('agrees with compare (on trees and on texts), and round-trips, for every document and pair of versions', () => {
    for (const document of documents) {
      for (let from = 0; from < versions.length; from++) {
        for (let to = 0; to < versions.length; to++) {
          const edited = redline(versions, { document, from, to });
          expect(applyChanges(edited.from.text, edited.changes)).toBe(edited.to.text);
          const diffed = compare(versions[from]!.documents[document]!, versions[to]!.documents[document]!);
          expect(shape(edited.changes)).toEqual(shape(diffed.changes));
          expect(shape(compareTexts(edited.from.text, edited.to.text, labels).changes)).toEqual(shape(diffed.changes));
        }
      }
    }
  });
});
