import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSubmission, splitSubmission } from '../../engine/read/edgar/submission.js';
import { ingest } from '../../engine/read/ingest.js';
import { buildTree } from '../../engine/read/tree.js';
import { blockText } from '../../engine/core/nodes.js';
import type { Block } from '../../engine/types.js';
import { parseFiling } from '../../engine/instructions/parse.js';
import { sonus2002Submissions, submissionText } from '../helpers/edgar-submission.js';

// Every source point in a parse result, moved down by the lines a submission's header and tags add above the text.
function shifted<T>(value: T, lines: number): T {
  if (Array.isArray(value)) return value.map((item: unknown) => shifted(item, lines)) as T;
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([key, item]) => [key, shifted(item, lines)]);
  const moved = Object.fromEntries(entries) as Record<string, unknown>;
  if (typeof moved.line === 'number' && typeof moved.column === 'number') moved.line += lines;
  return moved as T;
}

const [original, , second] = sonus2002Submissions().map(([, text]) => text) as [string, string, string, string];

describe('an EDGAR complete submission', () => {
  it('is split into its header and documents', () => {
    const { header, documents } = splitSubmission(original);
    expect(header).toEqual({
      accession: '0009999901-02-000001',
      form: 'SC TO-I',
      filed: '2002-10-16',
      subject: { name: 'SONUS NETWORKS INC', cik: '0009999901', fileNumber: '005-99901' },
      filedBy: { name: 'SONUS NETWORKS INC', cik: '0009999901', fileNumber: null },
    });
    expect(documents.map((d) => [d.type, d.sequence, d.filename, d.description])).toEqual([
      ['SC TO-I', 1, 'd1sctoi.txt', 'TENDER OFFER STATEMENT'],
      ['EX-99.(A)(1)', 2, 'd1ex99a1.txt', 'OFFER TO EXCHANGE'],
      ['EX-99.(A)(2)', 3, 'd1ex99a2.txt', 'FORM OF ELECTION FORM'],
      ['GRAPHIC', 4, 'g1logo.jpg', 'LOGO'],
    ]);
    const exhibit = documents[1];
    expect(original.slice(exhibit?.start, exhibit?.end)).toBe(readFileSync('corpus/sonus-2002-option-exchange/offer-to-exchange.txt', 'utf8'));
  });

  it('is recognised by its opening tags, also after the privacy banner of older filings', () => {
    expect(isSubmission(original)).toBe(true);
    expect(isSubmission(`-----BEGIN PRIVACY-ENHANCED MESSAGE-----\nProc-Type: 2001,MIC-CLEAR\n\n<SEC-DOCUMENT>x.txt : 19990101\n`)).toBe(true);
    expect(isSubmission('SCHEDULE TO\n<SEC-DOCUMENT> in running text\n')).toBe(false);
  });

  it('is read by every command as its main document, lines kept, header and other documents out', () => {
    const file = ingest('0009999901-02-000003.txt', second);
    const tree = buildTree(file);
    expect(blockText(tree.children[0] as Block)).not.toMatch(/SEC-DOCUMENT|ACCESSION|<TYPE>/);
    const plain = parseFiling(ingest('amendment-2.txt', readFileSync('corpus/sonus-2002-option-exchange/amendment-2.txt')));
    const wrapped = parseFiling(file);
    const shift = second.slice(0, second.indexOf('<TEXT>\n') + 7).split('\n').length - 1;
    expect(wrapped.diagnostics.map((d) => d.ruleId)).toEqual(plain.diagnostics.map((d) => d.ruleId));
    expect(wrapped.instructions).toEqual(shifted(plain.instructions, shift));
    expect(wrapped.filing).toEqual(shifted(plain.filing, shift));
  });

  it('keeps its last quoted text closed: `</TEXT></DOCUMENT>` is not read as text', () => {
    const amendment = `SCHEDULE TO\n(Amendment No. 1)\n\nItem 4 of the Schedule TO is hereby amended by adding the following sentence at the end thereof:\n\n"The offer expired on May 2, 2005."\n`;
    const text = submissionText({ accession: '0009999903-05-000001', form: 'SC TO-I/A', filed: '2005-05-03', company: 'EXAMPLE CO', cik: '0009999903', fileNumber: '005-99903' }, [
      { type: 'SC TO-I/A', filename: 'a.txt', description: 'AMENDMENT NO. 1', text: amendment },
    ]);
    const parsed = parseFiling(ingest('a.txt', text));
    expect(parsed.diagnostics.filter((d) => d.ruleId === 'unclosed-quote')).toEqual([]);
    expect(parsed.instructions.map((i) => i.text)).toEqual(['The offer expired on May 2, 2005.']);
  });

  it('reads an HTML main document as HTML', () => {
    const html = '<HTML><BODY><P>SCHEDULE TO</P><P>(Amendment No. 1)</P></BODY></HTML>';
    const text = submissionText({ accession: '0009999903-05-000002', form: 'SC TO-I/A', filed: '2005-05-03', company: 'EXAMPLE CO', cik: '0009999903', fileNumber: '005-99903' }, [
      { type: 'SC TO-I/A', filename: 'a.htm', description: 'AMENDMENT NO. 1', text: html },
    ]);
    expect(ingest('0009999903-05-000002.txt', text).data.format).toBe('html');
  });

  it.each([
    'sonus-2002-option-exchange/amendment-1.txt',
    'sonus-2002-option-exchange/amendment-3.txt',
    'northwind-2005-offer-to-purchase/amendment-1.txt',
    'northwind-2005-offer-to-purchase/amendment-2.txt',
    'northwind-2005-offer-to-purchase/amendment-3.txt',
  ])('reads %s wrapped in a submission as the filing itself, lines shifted by the header', (name) => {
    const filed = readFileSync(`corpus/${name}`, 'utf8');
    const text = submissionText({ accession: '0009999905-05-000001', form: 'SC TO-I/A', filed: '2005-05-03', company: 'EXAMPLE CO', cik: '0009999905', fileNumber: '005-99905' }, [
      { type: 'SC TO-I/A', filename: 'a.txt', description: 'AMENDMENT', text: filed },
      { type: 'EX-99.(A)(5)(C)', filename: 'b.txt', description: 'PRESS RELEASE', text: 'Item 4 is hereby amended by deleting "the offer".\n' },
    ]);
    const plain = parseFiling(ingest(name, filed));
    const wrapped = parseFiling(ingest('submission.txt', text));
    const shift = text.slice(0, text.indexOf('<TEXT>\n') + 7).split('\n').length - 1;
    expect(wrapped.instructions).toEqual(shifted(plain.instructions, shift));
    expect(wrapped.exhibits).toEqual(shifted(plain.exhibits, shift));
    expect(wrapped.filing).toEqual(shifted(plain.filing, shift));
  });
});
