import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../engine/read/ingest.js';
import { parseFiling } from '../../engine/instructions/parse.js';
import type { Instruction } from '../../engine/types.js';
import { amendmentSeed, buildAmendment } from '../helpers/generate-amendment.js';
import { filingMeaning, typesettings } from '../helpers/convert-filing.js';
import { generatedDocument } from '../helpers/generate-document.js';
import { propertyRuns, timeFor } from '../helpers/generate-runs.js';

const paragraphsOf = (text: string | null): string[] | null =>
  text === null ? null : text.split(/\n[ \t]*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);

function projectInstruction(instruction: Instruction): Record<string, unknown> {
  const { op, target, position, text, expiration } = instruction;
  if (op === 'extend') return { op, document: target.document, expiration };
  if (op === 'withdraw') return { op, document: target.document, plan: instruction.plan };
  const { pages, section, heading, paragraph, sentences, document } = target;
  return { op, document, pages, section, heading, paragraph, sentences, position, text: paragraphsOf(text) };
}

describe('parse on generated amendments', () => {
  it('reads every instruction the generator wrote, field by field, in order, with no diagnostics', () => {
    fc.assert(
      fc.property(generatedDocument(), amendmentSeed(), fc.integer({ min: 1, max: 9 }), (doc, seed, number) => {
        const amendment = buildAmendment(doc.model, seed, number);
        const parsed = parseFiling(ingest(`amendment-${number}.txt`, amendment.text));
        const extension = amendment.edits.find((e) => e.op === 'extend');
        const ordered = [...amendment.instructions].sort((a, b) => a.item - b.item);
        const expected = [
          ...(amendment.withdrawn ? [{ op: 'withdraw', document: 'Offer to Exchange', plan: amendment.withdrawn }] : []),
          ...(extension?.op === 'extend' ? [{ op: 'extend', document: 'Offer to Exchange', expiration: isoOf(extension.to) }] : []),
          ...ordered.map((r) => ({ ...r.expected, document: 'Offer to Exchange' })),
        ];
        expect(parsed.instructions.map(projectInstruction)).toEqual(expected);
        expect(parsed.diagnostics).toEqual([]);
        expect(parsed.filing?.amendment).toBe(number);
      }),
      propertyRuns(),
    );
  }, timeFor(propertyRuns().numRuns));
});

// The same generated amendment typeset as HTML, as markdown and wrapped in <pre> reads as the text does.
describe('parse on generated amendments typeset otherwise', () => {
  const meaning = (parsed: ReturnType<typeof parseFiling>): unknown => ({
    filing: filingMeaning(parsed.filing),
    instructions: parsed.instructions.map(({ source: _source, ...rest }) => rest),
    exhibits: parsed.exhibits,
    problems: parsed.diagnostics.map((d) => d.ruleId),
  });

  it.each(typesettings)('as %s', (_format, ext, typeset) => {
    fc.assert(
      fc.property(generatedDocument(), amendmentSeed(), fc.integer({ min: 1, max: 9 }), (doc, seed, number) => {
        const amendment = buildAmendment(doc.model, seed, number);
        const asText = parseFiling(ingest(`amendment-${number}.txt`, amendment.text));
        expect(meaning(parseFiling(ingest(`amendment-${number}.${ext}`, typeset(amendment.text))))).toEqual(meaning(asText));
      }),
      propertyRuns(),
    );
  }, timeFor(propertyRuns().numRuns));
});

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function isoOf(long: string): string {
  const [month, day, year] = long.replace(',', '').split(' ');
  return `${year}-${String(months.indexOf(month as string) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Cases the generators found (a page break joined the new text to what followed), kept as plain examples; fixed in 481909b.
describe('page breaks after new text', () => {
  const page = (n: number): string => `\n${' '.repeat(38)}${n}\n\n<PAGE>\n`;
  const instruction = '1. Item 4(a) of the Schedule TO is hereby amended and supplemented by adding the following clause to the\nend of the first sentence of the first paragraph of Section 1 of the Offer to Exchange:\n\n';

  it('ends a quoted clause that closes without punctuation at the foot of a page', () => {
    const text = `ITEM 4.  TERMS OF THE TRANSACTION.\n\n${instruction}            ", provided, however, that we may waive it under the Exchange Act of\n            1934"\n${page(3)}${' '.repeat(34)}SIGNATURE\n\n       After due inquiry, I certify that this statement is true.\n`;
    const parsed = parseFiling(ingest('amendment-1.txt', text));
    expect(parsed.instructions.map((i) => i.text)).toEqual([', provided, however, that we may waive it under the Exchange Act of 1934']);
    expect(parsed.diagnostics).toEqual([]);
  });

  // Found by the generators once they wrote clauses without a period (seed 21): a numbered paragraph on the next page now starts anew.
  it('ends a quoted clause that closes without punctuation at the foot of a page before the next instruction', () => {
    const next = '2. Item 4(a) of the Schedule TO is hereby further amended and supplemented by deleting in its entirety the\nsecond sentence of the first paragraph of Section 1 of the Offer to Exchange.\n';
    const text = `ITEM 4.  TERMS OF THE TRANSACTION.\n\n${instruction}            ", provided, however, that we may waive it under the Exchange Act of\n            1934"\n${page(3)}${next}`;
    const parsed = parseFiling(ingest('amendment-1.txt', text));
    expect(parsed.instructions.map((i) => [i.op, i.text])).toEqual([
      ['insert', ', provided, however, that we may waive it under the Exchange Act of 1934'],
      ['delete', null],
    ]);
    expect(parsed.diagnostics).toEqual([]);
  });

  it('keeps a quoted caption at the foot of a page apart from the paragraph on the next', () => {
    const adding = '1. Item 4(a) of the Schedule TO is hereby amended and supplemented by adding the following paragraphs to\nthe Offer to Exchange, immediately prior to the disclosure entitled "France: Material Tax Consequences\nfor Employees who are Tax Residents in France":\n\n';
    const text = `ITEM 4.  TERMS OF THE TRANSACTION.\n\n${adding}            "Germany: Material Tax Consequences for Employees who are Tax\n            Residents in Germany\n${page(3)}                 Under current law, you should not be subject to tax."\n`;
    const parsed = parseFiling(ingest('amendment-1.txt', text));
    expect(parsed.instructions.map((i) => i.text)).toEqual([
      'Germany: Material Tax Consequences for Employees who are Tax Residents in Germany\n\nUnder current law, you should not be subject to tax.',
    ]);
  });
});
