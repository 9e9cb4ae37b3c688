import { describe, expect, it } from 'vitest';
import { paragraph, root, sentence, table } from '../../engine/core/nodes.js';
import { compare } from '../../engine/redline/compare.js';
import { redline } from '../../engine/redline/redline.js';
import { renderDocx } from '../../engine/render/docx.js';
import { buildVersions } from '../../engine/offer/versions.js';
import type { Redline } from '../../engine/types.js';
import { docxPart, resolveTrackedChanges } from '../helpers/docx-xml.js';
import { sampleRedline } from '../helpers/redline-fixture.js';
import { readOffer } from '../helpers/read-offer.js';

// The Word redline is checked against the format itself: accepting every tracked change must give the to-text and
// rejecting every one the from-text, paragraph for paragraph (blocks are Word paragraphs, a table's lines are line
// breaks). test/browser/word.test.ts has LibreOffice do the same.

/** A side's text as Word paragraphs read it: one line per block. */
const asParagraphs = (text: string): string => text.replace(/\n$/, '').split('\n\n').join('\n');

async function expectRoundTrip(result: Redline): Promise<string> {
  const xml = docxPart(await renderDocx(result), 'word/document.xml');
  expect(resolveTrackedChanges(xml, true)).toBe(asParagraphs(result.to.text));
  expect(resolveTrackedChanges(xml, false)).toBe(asParagraphs(result.from.text));
  return xml;
}

const sample = sampleRedline;

describe('the Word redline', () => {
  it('tracks each change as w:del and w:ins authored by its amendment and dated by its filing', async () => {
    const xml = await expectRoundTrip(sample());
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="Amendment No\. 1" w:date="2002-11-11T00:00:00Z"><w:r><w:delText xml:space="preserve">15<\/w:delText>/);
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="Amendment No\. 1" w:date="2002-11-11T00:00:00Z"><w:r><w:t xml:space="preserve">22<\/w:t>/);
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="Amendment No\. 2" w:date="2002-11-12T00:00:00Z"><w:r><w:t xml:space="preserve">Send elections by fax\.<\/w:t>/);
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts each change\'s place and provenance in a Word comment on it, and makes headings Word headings', async () => {
    const bytes = await renderDocx(sample());
    const xml = docxPart(bytes, 'word/document.xml');
    const comments = docxPart(bytes, 'word/comments.xml');
    expect(xml.match(/<w:commentRangeStart /g)).toHaveLength(2);
    expect(xml.match(/<w:commentReference /g)).toHaveLength(2);
    expect(comments).toContain('c1: replaced “15” with “22”');
    expect(comments).toContain('Amendment No. 1 · Item 4 at amendment-1.txt:10:1');
    expect(comments).toContain('“THE OFFER” ¶1 · sentence 1');
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/><\/w:pPr><w:r><w:t xml:space="preserve">THE OFFER</);
  });

  it('tracks paragraph breaks a change adds or removes, and keeps a table\'s lines', async () => {
    const from = root([paragraph([sentence('One stays.', null), sentence('Two goes.', null)]), table('A   1\nB   2'), paragraph([sentence('Three is cut.', null)]), paragraph([sentence('Four.', null)])], 'text');
    const to = root([paragraph([sentence('One stays.', null)]), paragraph([sentence('Two is new.', null)]), table('A   1\nB   3'), paragraph([sentence('Four.', null)])], 'text');
    const xml = await expectRoundTrip(compare(from, to, { from: 'a.txt', to: 'b.txt' }));
    expect(xml).toContain('<w:br/>');
    expect(xml).toMatch(/<w:rPr><w:(ins|del) w:id="\d+" w:author="b\.txt"\/>/);
    expect(xml, 'no date made up for a comparison without dates').not.toContain('w:date=');
  });

  it('shows control characters as code points rather than writing XML no reader opens', async () => {
    const from = root([paragraph([sentence('Plain.', null)])], 'text');
    const to = root([paragraph([sentence('Bell \u0007 and \u202Ecod.exe here.', null)])], 'text');
    const xml = docxPart(await renderDocx(compare(from, to, { from: 'a', to: 'b' })), 'word/document.xml');
    expect(xml).toContain('Bell [U+0007] and [U+202E]cod.exe here.');
    expect(xml).not.toMatch(/[\u0007\u202E]/);
  });

  it('round-trips the 2002 Offer to Exchange both ways, with each instruction\'s own words in its comment', async () => {
    const offer = readOffer('corpus/sonus-2002-option-exchange');
    const versions = buildVersions(offer);
    const forward = redline(versions, { document: 'Offer to Exchange', from: 0, to: 3, title: offer.manifest.title });
    await expectRoundTrip(forward);
    await expectRoundTrip(redline(versions, { document: 'Offer to Exchange', from: 3, to: 0 }));
    const comments = docxPart(await renderDocx(forward), 'word/comments.xml');
    expect(comments).toContain('“2. Items 1-12, as applicable, of the Schedule TO are hereby amended by revising all appropriate dates');
    expect(comments).toContain('p.7 · Q23 ¶2 · sentences 2-4');
  });
});
