import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { pathText, readManifest } from '../../engine/offer/manifest.js';

const manifestFile = (value: string) => new VFile({ path: 'offer.json', value });

describe('readManifest', () => {
  it('reads a valid manifest', () => {
    const file = manifestFile('{"title": "T", "documents": {"Offer to Exchange": "offer.txt"}, "filings": ["a1.txt"]}');
    expect(readManifest(file)).toEqual({ title: 'T', documents: { 'Offer to Exchange': 'offer.txt' }, filings: ['a1.txt'] });
    expect(file.messages).toEqual([]);
  });

  it('points at the bad field', () => {
    const file = manifestFile('{\n  "title": "T",\n  "documents": {},\n  "filings": ["a1.txt", 3]\n}');
    expect(readManifest(file)).toBeNull();
    expect(file.messages.map(String)).toEqual(['offer.json:4:25: Expected `filings[1]` to be a file name, found `3`']);
    expect(file.messages[0]?.fatal).toBe(true);
  });

  it('names a missing field and a wrong type', () => {
    const file = manifestFile('{"documents": [], "title": ""}');
    expect(readManifest(file)).toBeNull();
    expect(file.messages.map((m) => m.reason)).toEqual([
      'Expected `title` to be a non-empty title, found an empty string',
      'Expected `documents` to be an object of document names to file names, found an array',
      'Expected `filings` to be an array of filing file names, found nothing',
    ]);
  });

  it('takes a manifest without a title', () => {
    const file = manifestFile('{"documents": {}, "filings": ["a1.txt"]}');
    expect(readManifest(file)).toEqual({ documents: {}, filings: ['a1.txt'] });
  });

  it('says which field a mistyped one inside an entry is likely to be', () => {
    const file = manifestFile('{"documents": {}, "filings": ["a1.txt"], "sources": {"a1.txt": {"acession": "x"}}}');
    expect(readManifest(file)).toBeNull();
    expect(file.messages.map((m) => m.reason)).toEqual([
      'Expected `sources.a1.txt` to have only `accession`, `form`, `filed`, `type` and `from`, found `acession`; did you mean `accession`?',
    ]);
  });

  it('reads where each file came from on EDGAR', () => {
    const sources = { 'a1.txt': { accession: '0009999901-02-000002', form: 'SC TO-I/A', filed: '2002-10-17', type: 'SC TO-I/A', from: 'x.txt' } };
    const file = manifestFile(JSON.stringify({ documents: {}, filings: ['a1.txt'], sources }));
    expect(readManifest(file)?.sources).toEqual(sources);
    expect(file.messages).toEqual([]);
  });

  it('reports a syntax error', () => {
    const file = manifestFile('{"title": ');
    expect(readManifest(file)).toBeNull();
    expect(file.messages[0]?.reason).toMatch(/^Expected `offer.json` to be JSON, found a syntax error/);
  });

  it('refuses a filing listed twice and document names that differ only in case', () => {
    const file = manifestFile('{"title": "T", "documents": {"Offer": "a.txt", "offer": "b.txt"}, "filings": ["a1.txt", "a1.txt"]}');
    expect(readManifest(file)).toBeNull();
    expect(file.messages.map((m) => m.reason)).toEqual([
      'Expected document names to differ ignoring case, found `offer` and `Offer`',
      'Expected each filing once, found `filings[1]` `a1.txt` again (also `filings[0]`)',
    ]);
  });

  it('warns about an unknown key but keeps the manifest', () => {
    const file = manifestFile('{"title": "T", "documents": {}, "filings": [], "notes": "x"}');
    expect(readManifest(file)).toEqual({ title: 'T', documents: {}, filings: [] });
    expect(file.messages.map((m) => [m.reason, m.fatal])).toEqual([['Expected keys `title`, `documents`, `filings`, `restated`, `sources` and `decisions`, found `notes` (ignored)', false]]);
  });

  it('says which key a mistyped one is likely to be', () => {
    const file = manifestFile('{\n  "title": "T",\n  "documents": {},\n  "filings": [],\n  "Restate": []\n}');
    expect(readManifest(file)).toEqual({ title: 'T', documents: {}, filings: [] });
    expect(file.messages.map(String)).toEqual(['offer.json:5:3: Expected keys `title`, `documents`, `filings`, `restated`, `sources` and `decisions`, found `Restate` (ignored); did you mean `restated`?']);
    const typo = manifestFile('{"documents": {}, "filings": [], "filling": []}');
    readManifest(typo);
    expect(typo.messages[0]?.reason).toMatch(/found `filling` \(ignored\); did you mean `filings`\?$/);
  });
});

describe('readManifest: restated documents', () => {
  const base = '"title": "T", "documents": {"Offer to Exchange": "o.txt"}, "filings": ["a1.txt", "a2.txt"]';

  it('reads the texts of documents a filing restates', () => {
    const file = manifestFile(`{${base}, "restated": [{"filing": "a2.txt", "document": "offer to exchange", "file": "o-a2.txt"}]}`);
    expect(readManifest(file)?.restated).toEqual([{ filing: 'a2.txt', document: 'offer to exchange', file: 'o-a2.txt' }]);
    expect(file.messages).toEqual([]);
  });

  it('points at a restatement naming a filing or document the offer does not list', () => {
    const file = manifestFile(`{${base},\n "restated": [\n  {"filing": "a1.txt", "document": "Offer to Exchange", "file": "x.txt"},\n  {"filing": "a9.txt", "document": "Offer to Purchase", "file": "y.txt"}\n]}`);
    expect(readManifest(file)).toBeNull();
    expect(file.messages.map(String)).toEqual([
      'offer.json:4:4: Expected `restated[1].filing` to be one of `filings`, found `a9.txt`',
      'offer.json:4:24: Expected `restated[1].document` to be one of `documents`, found `Offer to Purchase`',
    ]);
  });

  it('refuses a document restated twice by one filing, and a restatement with a stray or missing field', () => {
    const twice = manifestFile(`{${base}, "restated": [{"filing": "a2.txt", "document": "Offer to Exchange", "file": "x.txt"}, {"filing": "a2.txt", "document": "OFFER TO EXCHANGE", "file": "y.txt"}]}`);
    expect(readManifest(twice)).toBeNull();
    expect(twice.messages.map((m) => m.reason)).toEqual(['Expected `restated[1].document` to be restated once per filing, found `OFFER TO EXCHANGE` again for `a2.txt`']);
    const stray = manifestFile(`{${base}, "restated": [{"filing": "a2.txt", "document": "Offer to Exchange", "path": "x.txt"}]}`);
    expect(readManifest(stray)).toBeNull();
    expect(stray.messages.map((m) => m.reason)).toEqual([
      'Expected `restated[0].file` to be a file name, found nothing',
      'Expected `restated[0]` to have only `filing`, `document` and `file`, found `path`',
    ]);
  });
});

describe('pathText', () => {
  it('writes paths as a reader looks for them', () => {
    expect(pathText(['filings', 1])).toBe('filings[1]');
    expect(pathText(['documents', 'Offer to Exchange'])).toBe('documents.Offer to Exchange');
    expect(pathText([])).toBe('offer.json');
  });
});
