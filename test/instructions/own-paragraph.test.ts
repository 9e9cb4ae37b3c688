import { describe, expect, it } from 'vitest';
import { parseFiling } from '../../engine/instructions/parse.js';
import { ingest } from '../../engine/read/ingest.js';

const withdrawal = 'The Offer to Exchange is hereby amended to reflect that the Offer has been withdrawn with respect to all options granted under the Pinecrest 1999 Stock Plan (the "Pinecrest Plan") and the Escrow Agreement between Pinecrest and its founders (the "Founders Agreement").';

describe('the paragraph a withdrawal stands in, carried on the parsed filing', () => {
  it('is the reader\'s paragraph, lines joined, in a text filing', () => {
    const text = `SCHEDULE TO\n(Amendment No. 1)\n\nITEM 4.  TERMS OF THE TRANSACTION.\n\n${withdrawal.replace(/ (granted|Escrow) /g, '\n$1 ')}\n\nSIGNATURE\n`;
    const parsed = parseFiling(ingest('amendment-1.txt', text));
    expect(parsed.instructions.map((i) => [i.op, i.plan])).toEqual([['withdraw', 'Pinecrest Plan']]);
    expect(parsed.paragraphs).toEqual([{ source: { line: 6, column: 1 }, text: withdrawal }]);
  });

  it('starts at the instruction when a sentence stands before it, and has no markup in HTML', () => {
    const html = `<html><body><p>SCHEDULE TO</p><p>(Amendment No. 1)</p><p>Item 4. Terms of the Transaction.</p>\n<p>The following sets out the change. <b>${withdrawal}</b></p></body></html>`;
    const parsed = parseFiling(ingest('amendment-1.htm', html));
    expect(parsed.paragraphs.map((p) => p.text)).toEqual([withdrawal]);
  });
});
