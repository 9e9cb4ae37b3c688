import { describe, expect, it } from 'vitest';
import { ingest } from '../../engine/read/ingest.js';
import { blockContexts } from '../../engine/read/context.js';
import { buildTextTree } from '../../engine/read/text/tree.js';
import { renderText } from '../../engine/core/document-text.js';
import type { Paragraph, Root } from '../../engine/types.js';

const build = (text: string): Root => buildTextTree(ingest('doc.txt', text));
const summary = (tree: Root): string[] =>
  tree.children.map((node) =>
    node.type === 'paragraph'
      ? `P[${node.pages.join(',')}]${node.runIn ? ` {${node.runIn}}` : ''} ${node.children.map((s) => s.value).join(' | ')}`
      : `${node.type === 'heading' ? `H:${node.kind}${node.number ? `#${node.number}` : ''}` : node.type}[${node.page ?? '-'}] ${node.value}`,
  );

const pageFoot = (n: number): string => `\n                                      ${n}\n<PAGE>\n`;

describe('buildTextTree', () => {
  it('reads printed page numbers and removes page furniture', () => {
    const text = `                              COVER TITLE\n${'\n<PAGE>\n'}     First page text. It has two sentences.\n${pageFoot(1)}     Second page text.\n\n                                      2\n`;
    const tree = build(text);
    expect(tree.data.pages.map((p) => [p.index, p.number, p.label])).toEqual([
      [0, null, null],
      [1, 1, '1'],
      [2, 2, '2'],
    ]);
    expect(summary(tree)).toEqual([
      'H:part[-] COVER TITLE',
      'P[1] First page text. | It has two sentences.',
      'P[2] Second page text.',
    ]);
  });

  it('joins a paragraph that runs across a page break, mid-sentence', () => {
    const text = `     The fourth paragraph begins here and it runs on to the\nnext page where${pageFoot(12)}it ends. Another sentence follows.\n\n     A fresh paragraph.\n\n                                      13\n`;
    const tree = build(text);
    expect(summary(tree)).toEqual([
      'P[12,13] The fourth paragraph begins here and it runs on to the next page where it ends. | Another sentence follows.',
      'P[13] A fresh paragraph.',
    ]);
    const first = tree.children[0] as Paragraph;
    expect(first.children.map((s) => s.page)).toEqual([12, 13]);
  });

  it('does not join across a page break after a complete paragraph', () => {
    const text = `     A complete paragraph.${pageFoot(3)}     Another one on the next page.\n\n                                      4\n`;
    expect(summary(build(text))).toEqual(['P[3] A complete paragraph.', 'P[4] Another one on the next page.']);
  });

  it('starts a numbered paragraph anew on the next page, though the earlier one ends without a period', () => {
    const text = `     "... under the Exchange Act of\n     1934"${pageFoot(3)}2. Item 4 is further amended by deleting the second sentence.\n\n                                      4\n`;
    expect(summary(build(text))).toEqual([
      'P[3] "... under the Exchange Act of 1934"',
      'P[4] 2. Item 4 is further amended by deleting the second sentence.',
    ]);
  });

  it('still joins a sentence whose next page opens with a lowercase word after a number', () => {
    const text = `     The options are described in Section${pageFoot(3)}2 and in the schedule. Another sentence.\n\n                                      4\n`;
    expect(summary(build(text))).toEqual(['P[3,4] The options are described in Section 2 and in the schedule. | Another sentence.']);
  });

  // Found by the fuzzer (seed 5): a filing cut off after `<TABLE>` and `<S>` gave an empty table ending before it began.
  it('drops a table of column tags alone, and places a table at its first line of text', () => {
    expect(summary(build('     COPIES TO:\n<TABLE>\n<S>'))).toEqual(['H:caption[-] COPIES TO:']);
    const tree = build('     COPIES TO:\n<TABLE>\n<S>\n     Jane Roe, Esq.      Hale LLP\n</TABLE>\n');
    const node = tree.children[1];
    expect(node?.type).toBe('table');
    expect(node?.position?.start).toEqual({ line: 4, column: 6, offset: 33 });
  });

  it('classifies section, question, part and caption headings', () => {
    const text = [
      '                                  THE OFFER',
      '5.  ACCEPTANCE OF OPTIONS FOR EXCHANGE AND ISSUANCE OF NEW OPTIONS.',
      'Q23. WHAT HAPPENS IF I ELECT NOT TO SURRENDER ANY OPTIONS PURSUANT TO THIS\nOFFER?',
      'Consequences to Non-Tendering Holders of Incentive Stock Options',
      'ITEM 4.  TERMS OF THE TRANSACTION.',
      'Item 4 of the Schedule TO is hereby amended as follows:',
      '     A paragraph that ends with a period.',
    ].join('\n\n');
    expect(summary(build(text))).toEqual([
      'H:part[-] THE OFFER',
      'H:section#5[-] 5. ACCEPTANCE OF OPTIONS FOR EXCHANGE AND ISSUANCE OF NEW OPTIONS.',
      'H:question#Q23[-] Q23. WHAT HAPPENS IF I ELECT NOT TO SURRENDER ANY OPTIONS PURSUANT TO THIS OFFER?',
      'H:caption[-] Consequences to Non-Tendering Holders of Incentive Stock Options',
      'H:section#Item 4[-] ITEM 4. TERMS OF THE TRANSACTION.',
      'P[] Item 4 of the Schedule TO is hereby amended as follows:',
      'P[] A paragraph that ends with a period.',
    ]);
  });

  it('keeps an all-caps run-in heading at the start of its paragraph, not as a sentence', () => {
    const text = '     DETERMINATION OF VALIDITY; REJECTION OF OPTIONS; WAIVER OF DEFECTS. We will\ndetermine all questions. Our determination is final.';
    const tree = build(text);
    expect(summary(tree)).toEqual([
      'P[] {DETERMINATION OF VALIDITY; REJECTION OF OPTIONS; WAIVER OF DEFECTS.} We will determine all questions. | Our determination is final.',
    ]);
    expect(renderText(tree)).toBe(
      'DETERMINATION OF VALIDITY; REJECTION OF OPTIONS; WAIVER OF DEFECTS. We will determine all questions. Our determination is final.\n',
    );
  });

  it('does not take a quoted all-caps heading indented in an amendment for a centred title', () => {
    const text = '            "CHINA: MATERIAL TAX CONSEQUENCES FOR EMPLOYEES WHO ARE TAX\n            RESIDENTS IN CHINA.';
    expect(summary(build(text))).toEqual(['H:caption[-] "CHINA: MATERIAL TAX CONSEQUENCES FOR EMPLOYEES WHO ARE TAX RESIDENTS IN CHINA.']);
  });

  it('keeps <TABLE> blocks line for line without their tags, and drops separator rules', () => {
    const text = '<TABLE>\n<S>        <C>\nHigh       Low\n$1.00      $0.50\n</TABLE>\n\n--------------------\n\n     After the table.';
    const tree = build(text);
    expect(summary(tree)).toEqual(['table[-] High       Low\n$1.00      $0.50', 'P[] After the table.']);
  });

  it('maps sentences back to their source line and column', () => {
    const text = 'Title Caption\n\n     First sentence here. Second sentence\nwraps onto line four.';
    const paragraph = build(text).children[1] as Paragraph;
    expect(paragraph.children.map((s) => [s.value, s.position?.start.line, s.position?.start.column])).toEqual([
      ['First sentence here.', 3, 6],
      ['Second sentence wraps onto line four.', 3, 27],
    ]);
  });

  it('gives each block its section and enclosing headings', () => {
    const text = ['3.  PROCEDURES.', 'Determination', '     Text one.', '4.  WITHDRAWAL RIGHTS.', '     Text two.'].join('\n\n');
    const tree = build(text);
    expect(blockContexts(tree)).toEqual([
      { section: '3', headings: [] },
      { section: '3', headings: [0] },
      { section: '3', headings: [0, 1] },
      { section: '4', headings: [] },
      { section: '4', headings: [3] },
    ]);
  });
});
