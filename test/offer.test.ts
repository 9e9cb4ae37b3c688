import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { pathText, readManifest } from '../engine/offer.js';

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
    const file = manifestFile('{"documents": [], "filings": []}');
    expect(readManifest(file)).toBeNull();
    expect(file.messages.map((m) => m.reason)).toEqual([
      'Expected `title` to be a non-empty title, found nothing',
      'Expected `documents` to be an object of document names to file names, found an array',
    ]);
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
    expect(file.messages.map((m) => [m.reason, m.fatal])).toEqual([['Expected keys `title`, `documents` and `filings`, found `notes` (ignored)', false]]);
  });
});

describe('pathText', () => {
  it('writes paths as a reader looks for them', () => {
    expect(pathText(['filings', 1])).toBe('filings[1]');
    expect(pathText(['documents', 'Offer to Exchange'])).toBe('documents.Offer to Exchange');
    expect(pathText([])).toBe('offer.json');
  });
});
