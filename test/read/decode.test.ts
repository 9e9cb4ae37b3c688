import { describe, expect, it } from 'vitest';
import { decodeText, ingest } from '../../engine/read/ingest.js';
import { parseFiling } from '../../engine/instructions/parse.js';

// "Item 4 is hereby amended by adding the following sentence at the end thereof: “The offer expired.”" typed in
// Windows-1252, where the curly quotes are the single bytes 0x93 and 0x94 (not valid UTF-8).
const amendment = 'SCHEDULE TO\n(Amendment No. 1)\n\nItem 4 of the Schedule TO is hereby amended by adding the following sentence at the end thereof: \u0093The offer expired on May 2, 2005.\u0094\n';
const cp1252 = Uint8Array.from(amendment, (char) => char.charCodeAt(0));

describe('decoding a filing', () => {
  it('reads bytes that are not UTF-8 as Windows-1252, curly quotes and section marks included', () => {
    expect(decodeText(Uint8Array.from([0x93, 0x41, 0x94, 0x20, 0xa7, 0x35]))).toBe('\u201cA\u201d \u00a75');
    const parsed = parseFiling(ingest('a.txt', cp1252));
    expect(parsed.instructions.map((i) => i.text)).toEqual(['The offer expired on May 2, 2005.']);
    expect(parsed.diagnostics.filter((d) => d.ruleId === 'unclosed-quote')).toEqual([]);
  });

  it('reads UTF-8 as UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('\u201cA\u201d \u00a75'))).toBe('\u201cA\u201d \u00a75');
  });
});
