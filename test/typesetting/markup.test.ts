import { describe, expect, it } from 'vitest';
import { blockText } from '../../engine/core/nodes.js';
import { ingest } from '../../engine/read/ingest.js';
import { buildTree } from '../../engine/read/tree.js';

const read = (body: string) => buildTree(ingest('doc.htm', `<html><body>\n${body}\n</body></html>`));
const texts = (body: string): string[] => read(body).children.map(blockText);

describe('list items set in two cells', () => {
  it('reads a bullet and its words as one paragraph, each cell in its own <p>', () => {
    const item = (text: string): string => `<table><tr><td style="width:5%"><p>•</p></td><td><p>${text}</p></td></tr></table>`;
    expect(texts(`<p>The offer is conditioned on the following:</p>\n${item('no order shall bar the purchase; and')}\n${item('no tender of more than half the shares.')}\n<p>We may waive them.</p>`)).toEqual([
      'The offer is conditioned on the following:',
      '• no order shall bar the purchase; and',
      '• no tender of more than half the shares.',
      'We may waive them.',
    ]);
  });

  it('keeps a two-cell table of data, whose first cells are no list marks, a table', () => {
    const tree = read('<table><tr><td><p>Quarter</p></td><td><p>High price</p></td></tr><tr><td><p>First</p></td><td><p>$1.00 each</p></td></tr></table>');
    expect(tree.children.map((b) => b.type)).toEqual(['table']);
  });
});

describe('characters and spans that take no room, and spans that make room', () => {
  it('drops zero-width spaces and soft hyphens, and blocks holding only them', () => {
    expect(texts('<div><span>&#8203;</span></div><p>Ten&shy;der now.&#8203;</p><div>&#8204;&#8205;</div>')).toEqual(['Tender now.']);
  });

  it('parts a mark from the words after it when an inline-block span holds it', () => {
    expect(texts('<div style="text-indent:-18pt"><span style="display:inline-block;width:18pt">(a)</span><span>by notice in writing;</span></div>')).toEqual(['(a) by notice in writing;']);
  });
});

describe('running headers and footers', () => {
  const page = (n: number, body: string): string =>
    `<p style="text-align:right">Keystone Valve Corp.</p>\n${body}\n<p><a href="#toc">Table of Contents</a></p>\n<p align="center">${n}</p>\n<hr style="page-break-after:always">`;

  it('leaves out a line standing at the edge of every page, and numbers the pages', () => {
    const tree = read([1, 2, 3].map((n) => page(n, `<p>Text of page ${n} ends here.</p>`)).join('\n'));
    expect(tree.children.map(blockText)).toEqual(['Text of page 1 ends here.', 'Text of page 2 ends here.', 'Text of page 3 ends here.']);
    expect(tree.data.pages.map((p) => p.number)).toEqual([1, 2, 3]);
  });

  it('keeps a sentence that ends page after page ("Not applicable.")', () => {
    const tree = read([1, 2, 3].map((n) => `<p>Item ${n} is answered below.</p>\n<p>Not applicable.</p>\n<p align="center">${n}</p>\n<hr style="page-break-after:always">`).join('\n'));
    expect(tree.children.map(blockText).filter((t) => t === 'Not applicable.')).toHaveLength(3);
  });

  it('keeps a line repeated on only some pages', () => {
    const body = [1, 2, 3, 4].map((n) => `${n <= 2 ? '<p>Risk Factors</p>\n' : ''}<p>Text ${n} goes on here.</p>\n<p align="center">${n}</p>\n<hr style="page-break-after:always">`).join('\n');
    expect(texts(body).filter((t) => t === 'Risk Factors')).toHaveLength(2);
  });

  it('breaks the page where a generator marks it with a class alone', () => {
    const tree = read('<p>One.</p><p align="center">1</p><div class="BRPFPageBreakArea"><div class="BRPFPageBreak"><hr style="height:2px"></div></div><p>Two.</p><div class="pagebreak"></div><p>Three.</p>');
    expect(tree.data.pages.map((p) => p.label)).toEqual(['1', null, null]);
  });

  it('reads "Page 2 of 9" as printed page 2', () => {
    const tree = read('<p>One.</p><p align="center">Page 1 of 9</p><hr style="page-break-after:always"><p>Two.</p><p align="center">Page 2 of 9</p>');
    expect(tree.data.pages.map((p) => p.number)).toEqual([1, 2]);
  });
});

describe('captions by style alone, run-in headings in italics', () => {
  it('reads a short underlined, small-capital or larger line as a caption, not a sentence set apart', () => {
    const tree = read('<p><u>Source of Funds</u></p><p style="font-variant:small-caps">Certain Effects of the Offer</p><p><span style="font-size:13pt">Legal Matters</span></p><p style="font-size:10pt"><i>All shares will be bought at one price.</i></p><p style="font-size:10pt">Body text is set in the body size. It runs on and on, longer than any caption of the document.</p>');
    expect(tree.children.map((b) => (b.type === 'heading' ? `H ${b.value}` : `P ${blockText(b)}`))).toEqual([
      'H Source of Funds',
      'H Certain Effects of the Offer',
      'H Legal Matters',
      'P All shares will be bought at one price.',
      'P Body text is set in the body size. It runs on and on, longer than any caption of the document.',
    ]);
  });

  it('takes italic words ending in a period at a paragraph\'s start as its run-in heading, but not an italic word going on', () => {
    const tree = read('<p><i>Proration.</i> If too many shares are tendered, we prorate.</p><p><i>Provided</i> that no order is in force, we pay.</p>');
    expect(tree.children.map((b) => (b.type === 'paragraph' ? b.runIn : null))).toEqual(['Proration.', null]);
  });
});
