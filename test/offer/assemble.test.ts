import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleOffer, type AssembledOffer } from '../../engine/offer/assemble.js';
import { buildVersions, type OfferInput } from '../../engine/offer/versions.js';
import { ingest } from '../../engine/read/ingest.js';
import { renderText } from '../../engine/core/document-text.js';
import { readOffer } from '../helpers/read-offer.js';
import { sonus2002Submissions, statement2002, submissionText } from '../helpers/edgar-submission.js';

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
    expect(offer.files[1]?.text).toBe(statement2002);
  });

  it('gives the same operative Offer to Exchange as the bundled corpus, version by version', () => {
    const mine = buildVersions(inputOf(assembled()));
    const bundled = buildVersions(readOffer('corpus/sonus-2002-option-exchange'));
    expect(mine.map((v) => v.label)).toEqual(['Original', 'Amendment No. 1', 'Amendment No. 2', 'Amendment No. 3']);
    for (const [index, version] of bundled.entries()) {
      expect(renderText(mine[index]?.documents['Offer to Exchange'] as never)).toBe(renderText(version.documents['Offer to Exchange'] as never));
      // The statement's own edits wait on its Items being read (its text replaces the corpus' markers).
      const offerEdits = (v: typeof version | undefined): unknown => v?.edits.filter((e) => e.document === 'Offer to Exchange').map((e) => [e.kind, e.before, e.after, e.origin]);
      expect(offerEdits(mine[index])).toEqual(offerEdits(version));
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
});
