import { describe, expect, it } from 'vitest';
import { ingest } from '../../engine/read/ingest.js';
import { buildTree } from '../../engine/read/tree.js';
import {
  type Kit,
  cellKit,
  furnitureKit,
  indentKit,
  legacyKit,
  modernKit,
  oneTableHtml,
  sideCaptionHtml,
  styledHeadingKit,
  typesetHtml,
} from '../helpers/typeset-html.js';
import { type ModelPage, modelAsText, modelOutline, sampleDocument, treeOutline } from '../helpers/typeset-model.js';

// One family per habit of EDGAR's filing agents and word processors: the same document, set in that habit, must read
// as its plain text reads (the model's outline: printed pages, headings, paragraphs and their sentences, tables).
const set = (kit: Kit) => (pages: ModelPage[]): string => typesetHtml(pages, kit);

const families: Array<[string, (pages: ModelPage[]) => string]> = [
  ['bullets and list numbers in their own cell, each cell in <p>', set(cellKit('p'))],
  ['bullets and list numbers in their own cell, each cell in <font>', set(cellKit('font'))],
  ['bullets and list numbers in their own cell, each cell in <div> of spans', set(cellKit('div'))],
  ['bullets and list numbers in their own cell, bare', set(cellKit('bare'))],
  ['bullets in their own cell after an empty spacer cell', set(cellKit('p', true))],
  ['a list in one table, a row per item', oneTableHtml],
  ['hanging indents by negative text-indent and &#160;', set(indentKit)],
  ['1999-2008 markup: upper case, <FONT SIZE=2>, <B><U> captions, <BR> lines, <PAGE>', set(legacyKit)],
  ['a generator: <div> paragraphs, a span per run, zero-width spacers, <hr> page breaks', set(modernKit('hr'))],
  ['a generator: page breaks as <div style="page-break-after">', set(modernKit('div-after'))],
  ['a generator: each page in <div style="page-break-before">', set(modernKit('div-before'))],
  ['a generator: page breaks as <p style="page-break-before">', set(modernKit('p-before'))],
  ['a generator: page breaks as a BRPFPageBreak <div>', set(modernKit('class'))],
  ['page furniture: running header, "Table of Contents" link, "- 1 -" page numbers', set(furnitureKit('dashes'))],
  ['page furniture: running header, "Table of Contents" link, "Page 1 of 3" page numbers', set(furnitureKit('of'))],
  ['captions by underline alone, run-in headings in italics', set(styledHeadingKit('underline'))],
  ['captions by small caps alone', set(styledHeadingKit('small-caps'))],
  ['captions by font size alone', set(styledHeadingKit('size'))],
  ['captions in italics alone', set(styledHeadingKit('italic'))],
  ['captions beside their text in a two-column layout table, a footnote under a short rule', sideCaptionHtml],
];

describe('the plain text of the model', () => {
  it('reads as the model: pages, headings, paragraphs, sentences, tables', () => {
    expect(treeOutline(buildTree(ingest('offer.txt', modelAsText(sampleDocument))))).toEqual(modelOutline(sampleDocument));
  });
});

describe.each(families)('%s', (_name, typeset) => {
  it('reads as the plain text of the same document', () => {
    const html = typeset(sampleDocument);
    expect(treeOutline(buildTree(ingest('offer.htm', html)))).toEqual(modelOutline(sampleDocument));
  });
});
