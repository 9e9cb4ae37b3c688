import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleOffer, type AssembledOffer, type SourceFile } from '../../engine/offer/assemble.js';
import type { Root } from '../../engine/types.js';
import { buildVersions, type OfferInput } from '../../engine/offer/versions.js';
import { ingest } from '../../engine/read/ingest.js';
import { renderText } from '../../engine/core/document-text.js';
import { readOffer } from '../helpers/read-offer.js';
import { sonus2002Submissions, submissionText } from '../helpers/edgar-submission.js';

const sources = (): Array<{ path: string; text: string }> => sonus2002Submissions().map(([path, text]) => ({ path, text }));

function assembled(list = sources()): AssembledOffer {
  const result = assembleOffer(list);
  if (!result.ok) throw new Error(result.reason);
  return result.offer;
}

// The folder as `offer-dir` would read it, from the assembled files.
function inputOf(offer: AssembledOffer): OfferInput {
  const text = (name: string): string => offer.files.find((f) => f.name === name)?.text ?? '';
  const documents = Object.fromEntries(Object.entries(offer.manifest.documents).map(([name, file]) => [name, ingest(file, text(file))]));
  return { manifest: offer.manifest, documents, filings: offer.manifest.filings.map((file) => ingest(file, text(file))) };
}

describe('an offer folder from EDGAR complete submissions', () => {
  it('takes the Offer to Exchange exhibit, the statement and the amendments in order, with their accession numbers', () => {
    const offer = assembled([...sources()].reverse());
    expect(offer.manifest).toEqual({
      title: 'Sonus Networks, Inc. — Offer to Exchange (2002)',
      documents: { 'Offer to Exchange': 'offer-to-exchange.txt', 'Schedule TO': 'schedule-to.txt' },
      filings: ['amendment-1.txt', 'amendment-2.txt', 'amendment-3.txt'],
      sources: {
        'offer-to-exchange.txt': { accession: '0009999901-02-000001', form: 'SC TO-I', filed: '2002-10-16', type: 'EX-99.(A)(1)', from: '0009999901-02-000001.txt' },
        'schedule-to.txt': { accession: '0009999901-02-000001', form: 'SC TO-I', filed: '2002-10-16', type: 'SC TO-I', from: '0009999901-02-000001.txt' },
        'amendment-1.txt': { accession: '0009999901-02-000002', form: 'SC TO-I/A', filed: '2002-10-17', type: 'SC TO-I/A', from: '0009999901-02-000002.txt' },
        'amendment-2.txt': { accession: '0009999901-02-000003', form: 'SC TO-I/A', filed: '2002-11-12', type: 'SC TO-I/A', from: '0009999901-02-000003.txt' },
        'amendment-3.txt': { accession: '0009999901-02-000004', form: 'SC TO-I/A', filed: '2002-11-26', type: 'SC TO-I/A', from: '0009999901-02-000004.txt' },
      },
    });
    expect(offer.files.map((f) => f.name)).toEqual(['offer-to-exchange.txt', 'schedule-to.txt', 'amendment-1.txt', 'amendment-2.txt', 'amendment-3.txt']);
    expect(offer.files[0]?.text).toBe(readFileSync('corpus/sonus-2002-option-exchange/offer-to-exchange.txt', 'utf8'));
    expect(offer.files[1]?.text).toBe(readFileSync('corpus/sonus-2002-option-exchange/schedule-to.txt', 'utf8'));
  });

  it('gives the same operative text as the bundled corpus, document by document and version by version', () => {
    const mine = buildVersions(inputOf(assembled()));
    const bundled = buildVersions(readOffer('corpus/sonus-2002-option-exchange'));
    expect(mine.map((v) => v.label)).toEqual(['Original', 'Amendment No. 1', 'Amendment No. 2', 'Amendment No. 3']);
    for (const [index, version] of bundled.entries()) {
      for (const document of ['Offer to Exchange', 'Schedule TO']) {
        expect(renderText(mine[index]?.documents[document] as Root)).toBe(renderText(version.documents[document] as Root));
      }
      const edits = (v: typeof version | undefined): unknown => v?.edits.map((e) => [e.document, e.kind, e.before, e.after, e.origin]);
      expect(edits(mine[index])).toEqual(edits(version));
    }
  });

  it('refuses submissions of another offer, naming both', () => {
    const list = sources();
    const stranger = submissionText({ accession: '0009999902-05-000009', form: 'SC TO-I/A', filed: '2005-03-01', company: 'NORTHWIND INSTRUMENTS INC', cik: '0009999902', fileNumber: '005-99902' }, [
      { type: 'SC TO-I/A', filename: 'n.txt', description: 'AMENDMENT', text: readFileSync('corpus/northwind-2005-offer-to-purchase/amendment-1.txt', 'utf8') },
    ]);
    const result = assembleOffer([...list, { path: 'other.txt', text: stranger }]);
    expect(result).toEqual({
      ok: false,
      reason: 'Expected filings of one offer, found `0009999901-02-000001.txt` (subject company SONUS NETWORKS INC, file number 005-99901) and `other.txt` (subject company NORTHWIND INSTRUMENTS INC, file number 005-99902)',
    });
  });

  it('refuses two filings of one amendment number', () => {
    const list = sources();
    const again = { path: 'again.txt', text: list[2]?.text ?? '' };
    expect(assembleOffer([...list, again])).toEqual({ ok: false, reason: 'Expected one filing of Amendment No. 2, found `0009999901-02-000003.txt` and `again.txt`' });
  });

  const facts = { company: 'HARBOR KILN INC', cik: '0009999904', fileNumber: '005-99904' };
  const cover = (amendment: string): string =>
    `<html><body>\n<p>SCHEDULE TO</p>\n<p>${amendment}</p>\n<p>HARBOR KILN, INC.</p>\n<p>(Name of Subject Company (Issuer))</p>\n<p>The Offer to Purchase is hereby amended as set forth below.</p>\n</body></html>\n`;

  it('reads HTML submissions of a third-party offer, leaves a communication out with a note, and keeps each file\u2019s format', () => {
    const commencement = submissionText({ ...facts, accession: '0009999904-05-000001', form: 'SC TO-C', filed: '2005-04-01' }, [
      { type: 'SC TO-C', filename: 'c.htm', description: 'PRESS RELEASE', text: '<html><body><p>Press release</p></body></html>' },
    ]);
    const original = submissionText({ ...facts, accession: '0009999904-05-000002', form: 'SC TO-T', filed: '2005-04-04' }, [
      { type: 'SC TO-T', filename: 't.htm', description: 'SCHEDULE TO', text: cover('') },
      { type: 'EX-99.(a)(1)(i)', filename: 'ex1.htm', description: 'OFFER', text: '<html><body><p>Exhibit (a)(1)(i)</p><p align=center><b>Offer to Purchase for Cash</b></p><p>All Outstanding Shares</p></body></html>' },
      { type: 'EX-99.(a)(1)(ii)', filename: 'ex2.htm', description: 'LETTER', text: '<html><body><p>Letter of Transmittal</p><p>Pursuant to the Offer to Purchase</p></body></html>' },
    ]);
    const first = submissionText({ ...facts, accession: '0009999904-05-000003', form: 'SC TO-T/A', filed: '2005-04-20' }, [
      { type: 'SC TO-T/A', filename: 'a1.htm', description: 'AMENDMENT NO. 1', text: cover('(Amendment No. 1)') },
    ]);
    const result = assembleOffer([{ path: 'c.txt', text: commencement }, { path: 'a1.txt', text: first }, { path: 'o.txt', text: original }]);
    if (!result.ok) throw new Error(result.reason);
    expect(result.offer.manifest.documents).toEqual({ 'Offer to Purchase': 'offer-to-purchase.htm', 'Schedule TO': 'schedule-to.htm' });
    expect(result.offer.manifest.filings).toEqual(['amendment-1.htm']);
    expect(result.offer.manifest.title).toBe('Harbor Kiln, Inc. — Offer to Purchase (2005)');
    expect(result.offer.notes).toEqual(['c.txt: left out: a SC TO-C filing is a communication, not an amendment']);
  });

  it('names a Schedule 14D-9 statement so, and refuses it beside a Schedule TO', () => {
    const statement = submissionText({ ...facts, accession: '0009999904-05-000005', form: 'SC 14D9', filed: '2005-04-08' }, [
      { type: 'SC 14D9', filename: 'd.htm', description: 'SCHEDULE 14D-9', text: '<html><body><p>SCHEDULE 14D-9</p><p>HARBOR KILN, INC.</p><p>(Name of Subject Company)</p></body></html>' },
    ]);
    const alone = assembleOffer([{ path: 'd.txt', text: statement }]);
    expect(alone.ok && alone.offer.manifest.documents).toEqual({ 'Schedule 14D-9': 'schedule-14d-9.htm' });
    const tender = submissionText({ ...facts, accession: '0009999904-05-000003', form: 'SC TO-T/A', filed: '2005-04-20' }, [
      { type: 'SC TO-T/A', filename: 'a1.htm', description: 'AMENDMENT NO. 1', text: cover('(Amendment No. 1)') },
    ]);
    expect(assembleOffer([{ path: 'd.txt', text: statement }, { path: 'a1.txt', text: tender }])).toEqual({
      ok: false,
      reason: 'Expected filings of one statement, found `d.txt` (Schedule 14D-9) and `a1.txt` (Schedule TO): make one offer folder for each',
    });
  });

  it('refuses an amendment of another statement of the same company, told by the date it says that statement was filed', () => {
    const list = sources();
    const later = (list[1]?.text ?? '').replace(/Commission on October 16,\n2002/, 'Commission on March 2,\n2007');
    expect(later).not.toBe(list[1]?.text);
    const result = assembleOffer([list[0] as SourceFile, { path: 'later.txt', text: later }]);
    expect(result).toEqual({ ok: false, reason: 'Expected amendments of the statement in `0009999901-02-000001.txt` (filed 2002-10-16), found `later.txt` amending a statement filed 2007-03-02' });
  });

  it('says when no exhibit is the offer, and makes the folder of what there is', () => {
    const result = assembleOffer(sources().slice(1));
    expect(result.ok && result.offer.manifest.documents).toEqual({});
    expect(result.ok && result.offer.notes).toEqual(['no Offer to Purchase, Exchange or Amend among the files (the original filing was not given): add it to `documents` in offer.json, or its instructions will not resolve']);
  });
});
