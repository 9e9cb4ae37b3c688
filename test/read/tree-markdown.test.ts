import { readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { blockText, originalOrigin } from '../../engine/core/nodes.js';
import { buildMarkdownTree } from '../../engine/read/markdown/tree.js';
import type { Block, Root } from '../../engine/types.js';

function build(value: string): { tree: Root; file: VFile } {
  const file = new VFile({ path: 'doc.md', value });
  return { tree: buildMarkdownTree(file), file };
}

/** Each block in one line of plain data: what a reader of the outline sees. */
function outline(tree: Root): unknown[][] {
  const line: { [K in Block['type']]: (block: Block & { type: K }) => unknown[] } = {
    heading: (b) => ['heading', b.kind, b.number, b.value],
    paragraph: (b) => ['paragraph', b.runIn, b.children.map((s) => s.value)],
    table: (b) => ['table', b.value],
    unknown: (b) => ['unknown', b.value],
  };
  return tree.children.map((block) => (line[block.type] as (b: Block) => unknown[])(block));
}

describe('buildMarkdownTree: headings', () => {
  it('gives each kind of heading its kind and number', () => {
    const { tree } = build(
      [
        '# THE OFFER',
        '## Summary Term Sheet',
        '### Risk Factors',
        '## 5. Acceptance of Options for Exchange',
        '### Q23. What happens if I do not elect to exchange?',
        '**Consequences to U.S. Holders**',
        '**INDEX TO EXHIBITS**',
        'Item 4. Terms of the Transaction.',
        'SIGNATURE',
        'Item 4 of the Schedule TO is hereby amended by adding the following:',
      ].join('\n\n'),
    );
    expect(outline(tree)).toEqual([
      ['heading', 'part', null, 'THE OFFER'],
      ['heading', 'part', null, 'Summary Term Sheet'],
      ['heading', 'caption', null, 'Risk Factors'],
      ['heading', 'section', '5', '5. Acceptance of Options for Exchange'],
      ['heading', 'question', 'Q23', 'Q23. What happens if I do not elect to exchange?'],
      ['heading', 'caption', null, 'Consequences to U.S. Holders'],
      ['heading', 'part', null, 'INDEX TO EXHIBITS'],
      ['heading', 'section', 'Item 4', 'Item 4. Terms of the Transaction.'],
      ['heading', 'part', null, 'SIGNATURE'],
      ['paragraph', null, ['Item 4 of the Schedule TO is hereby amended by adding the following:']],
    ]);
    expect(tree.children.map((b) => (b.type === 'heading' ? b.depth : 0))).toEqual([1, 1, 3, 2, 2, 3, 1, 2, 1, 0]);
  });

  it('reads a numbered list item in capitals as a section heading and other items as paragraphs', () => {
    const { tree } = build('5. ACCEPTANCE OF OPTIONS.\n\n- First point. It has two sentences.\n- Second point.');
    expect(outline(tree)).toEqual([
      ['heading', 'section', '5', '5. ACCEPTANCE OF OPTIONS.'],
      ['paragraph', null, ['First point.', 'It has two sentences.']],
      ['paragraph', null, ['Second point.']],
    ]);
  });
});

describe('buildMarkdownTree: paragraphs and sentences', () => {
  it('numbers the sentences of a paragraph', () => {
    const { tree } = build('Alpha is first. Beta is second. Gamma is third.');
    expect(outline(tree)).toEqual([['paragraph', null, ['Alpha is first.', 'Beta is second.', 'Gamma is third.']]]);
  });

  it('keeps a bold opening phrase as the run-in heading, not a sentence', () => {
    const { tree } = build('**Determination of Validity.** We will decide all questions. Our decision is final.');
    expect(outline(tree)).toEqual([['paragraph', 'Determination of Validity.', ['We will decide all questions.', 'Our decision is final.']]]);
  });

  it('finds an all-capitals run-in heading without bold', () => {
    const { tree } = build('DETERMINATION OF VALIDITY; REJECTION OF OPTIONS. We will decide all questions.');
    expect(outline(tree)).toEqual([['paragraph', 'DETERMINATION OF VALIDITY; REJECTION OF OPTIONS.', ['We will decide all questions.']]]);
  });

  it('joins hard-wrapped lines, and inline markup never splits a word or a paragraph', () => {
    const { tree } = build('The Company will\n  accept all options of Sonus *Networks*, Inc.\nproperly [tendered](#x).');
    expect(outline(tree)).toEqual([['paragraph', null, ['The Company will accept all options of Sonus Networks, Inc. properly tendered.']]]);
  });

  it('maps a sentence back to its source line and column', () => {
    const { tree } = build('Intro.\n\nFirst one here. Second\n  sentence \\$5 ends. Last.');
    const second = tree.children[1]?.type === 'paragraph' ? tree.children[1].children[1] : undefined;
    expect(second).toEqual({
      type: 'sentence',
      value: 'Second sentence $5 ends.',
      page: null,
      ambiguous: false,
      origin: originalOrigin(),
      position: { start: { line: 3, column: 17, offset: 24 }, end: { line: 4, column: 21, offset: 51 } },
    });
  });
});

describe('buildMarkdownTree: pages', () => {
  it('takes printed page numbers and page markers, and joins a paragraph cut by a page break', () => {
    const { tree } = build(
      ['Page one text.', 'This paragraph runs across the', '12', '<!-- page: 13 -->', 'page break and ends here.', 'Then more.'].join('\n\n'),
    );
    expect(outline(tree)).toEqual([
      ['paragraph', null, ['Page one text.']],
      ['paragraph', null, ['This paragraph runs across the page break and ends here.']],
      ['paragraph', null, ['Then more.']],
    ]);
    expect(tree.children.map((b) => (b.type === 'paragraph' ? b.pages : null))).toEqual([[12], [12, 13], [13]]);
    expect(tree.data.pages).toEqual([
      { index: 0, number: 12, label: '12', position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 5, column: 3, offset: 50 } } },
      { index: 1, number: 13, label: '13', position: { start: { line: 5, column: 3, offset: 50 }, end: { line: 11, column: 11, offset: 108 } } },
    ]);
  });

  it('finds page markers however they space their words, and none in a comment left open', () => {
    const { tree } = build('<!--page:3-->\n\nText.\n\n<!--   PAGE   5   -->\n\nMore <!-- page 6 and text.');
    expect(tree.data.pages.map((p) => [p.number, p.label])).toEqual([
      [3, '3'],
      [5, '5'],
    ]);
  });

  // Found by typesetting generated amendments as markdown: a quoted caption at a page's foot took in the paragraph
  // after it, where the text reader, seeing that paragraph's deeper indent, keeps them apart.
  it('keeps a caption at the foot of a page apart from the prose after it, but joins a caption broken by the page', () => {
    const { tree } = build(['"Germany: Material Tax Consequences for Employees who are Tax Residents in Germany', '12', '<!-- page: 13 -->', 'In addition, we will accept all options."'].join('\n\n'));
    expect(outline(tree).map(([, , sentences]) => sentences)).toEqual([
      ['"Germany: Material Tax Consequences for Employees who are Tax Residents in Germany'],
      ['In addition, we will accept all options."'],
    ]);
    const broken = build(['"France: Material Tax Consequences for Employees who are Tax', '12', '<!-- page: 13 -->', 'Residents in France', 'In addition, we will accept all options."'].join('\n\n'));
    expect(outline(broken.tree).map(([, , sentences]) => sentences)).toEqual([
      ['"France: Material Tax Consequences for Employees who are Tax Residents in France'],
      ['In addition, we will accept all options."'],
    ]);
  });

  // Found by typesetting generated offers as markdown (seed 12): the text reader already read it so.
  it('joins a short line in capitals that ends the sentence the page before broke off ("IRS.")', () => {
    const { tree } = build(['Ruling No. 9129048 issued by the', '22', '<!-- page: 23 -->', 'IRS.', 'Each optionholder may amend.'].join('\n\n'));
    expect(outline(tree)).toEqual([
      ['paragraph', null, ['Ruling No. 9129048 issued by the IRS.']],
      ['paragraph', null, ['Each optionholder may amend.']],
    ]);
    const closed = build(['Ruling No. 9129048 was issued.', '22', '<!-- page: 23 -->', 'IRS.', 'Each optionholder may amend.'].join('\n\n'));
    expect(outline(closed.tree)[1]?.[0]).toBe('heading');
  });

  it('does not join across a break when the first paragraph ends its sentence', () => {
    const { tree } = build('It ends here.\n\n-4-\n\nA new paragraph.');
    expect(tree.children.map((b) => (b.type === 'paragraph' ? b.pages : null))).toEqual([[4], []]);
    expect(tree.data.pages.map((p) => [p.index, p.number, p.label])).toEqual([
      [0, 4, '-4-'],
      [1, null, null],
    ]);
  });

  it('warns when a printed number contradicts the page marker', () => {
    const { tree, file } = build('<!-- page: 7 -->\n\nText.\n\n8');
    expect(tree.data.pages.map((p) => p.number)).toEqual([8]);
    expect(file.messages.map((m) => [m.ruleId, m.line, m.reason])).toEqual([
      ['page-number-mismatch', 5, 'Expected page number `7` from the page marker, found `8` printed'],
    ]);
  });
});

describe('buildMarkdownTree: tables and debris', () => {
  it('keeps consecutive tab-separated lines as a table, line for line, whatever markdown made of them', () => {
    const { tree } = build('As follows:\n\nExhibit\tDescription\n(a)(1)\tOffer to\n\tAmend\n*\tPreviously filed\n\nAfter.');
    expect(outline(tree)).toEqual([
      ['paragraph', null, ['As follows:']],
      ['table', 'Exhibit\tDescription\n(a)(1)\tOffer to\n\tAmend\n*\tPreviously filed'],
      ['paragraph', null, ['After.']],
    ]);
  });

  it('splits a paragraph around tab lines', () => {
    const { tree } = build('Restated as follows:\nA\tOne\nB\tTwo\nThat is all.');
    expect(outline(tree)).toEqual([
      ['paragraph', null, ['Restated as follows:']],
      ['table', 'A\tOne\nB\tTwo'],
      ['paragraph', null, ['That is all.']],
    ]);
  });

  it('reads a pipe table without its delimiter row', () => {
    const { tree } = build('| Name | Value \\| note |\n|---|--:|\n| A | $1 |');
    expect(outline(tree)).toEqual([['table', 'Name\tValue | note\nA\t$1']]);
  });

  it('cleans converter debris: escapes, math wrappers around labels, empty math', () => {
    const { tree } = build('Exhibit $(a)(1)(C)^*$ costs \\$5.00 per share$$ today.\n\n$(d)^*$\t\tForm\n$(g)$\tNot applicable');
    expect(outline(tree)).toEqual([
      ['paragraph', null, ['Exhibit (a)(1)(C)* costs $5.00 per share today.']],
      ['table', '(d)*\t\tForm\n(g)\tNot applicable'],
    ]);
  });
});

describe('buildMarkdownTree: odd input', () => {
  it('builds an empty document from empty input', () => {
    expect(build('').tree).toEqual({ type: 'root', children: [], data: { format: 'markdown', pages: [] } });
    expect(build('\n\n  \n').tree.children).toEqual([]);
  });

  it('reads markdown nested too deep to parse as plain paragraphs, with a message', () => {
    const { tree, file } = build(`Before.\n\n${'>'.repeat(100_000)} Deep text.\n\nAfter it.`);
    expect(tree.children.map(blockText)).toEqual(['Before.', `${'>'.repeat(100_000)} Deep text.`, 'After it.']);
    expect(file.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['markdown-too-deep', 3, 1]]);
  });
});

describe('buildMarkdownTree: input remark would take minutes on', () => {
  it('reads a list indented thousands of columns deep as plain paragraphs', () => {
    const { tree, file } = build(['Before.', '', ...Array.from({ length: 200 }, (_, i) => `${' '.repeat(i * 2)}- a`)].join('\n'));
    expect(tree.children.map(blockText)).toEqual(['Before.', Array.from({ length: 200 }, () => '- a').join(' ')]);
    expect(file.messages.map((m) => [m.ruleId, m.line])).toEqual([['markdown-too-deep', 131]]);
  });

  it('reads the emphasis marks of a paragraph holding hundreds of them as text, keeping markup elsewhere', () => {
    const { tree, file } = build(`**Bold lead.** Next.\n\n${'*a '.repeat(600)}b${'*'.repeat(10)} _end_.`);
    expect(outline(tree)).toEqual([
      ['paragraph', 'Bold lead.', ['Next.']],
      ['paragraph', null, [`${'*a '.repeat(600)}b${'*'.repeat(10)} _end_.`]],
    ]);
    expect(file.messages).toEqual([]);
  });

  it('reads the links, escapes and entities of a paragraph holding hundreds of them as written, keeping its page marker', () => {
    const { tree, file } = build(`[Link](http://x) and \\$5.\n\n${'[x] '.repeat(600)}<!-- page: 7 -->tail [a](b) \\$5 &amp; \`c\`.\n\nAfter [it](y).`);
    expect(outline(tree)).toEqual([
      ['paragraph', null, ['Link and $5.']],
      ['paragraph', null, [`${'[x] '.repeat(600)}tail [a](b) \\$5 &amp; \`c\`.`]],
      ['paragraph', null, ['After it.']],
    ]);
    expect(tree.data.pages.map((p) => p.number)).toEqual([null, 7]);
    expect(file.messages).toEqual([]);
  });

  it('reads brackets nested thousands deep as text', () => {
    const { tree } = build(`${'['.repeat(3000)}x${']'.repeat(3000)}`);
    expect(tree.children.map(blockText)).toEqual([`${'['.repeat(3000)}x${']'.repeat(3000)}`]);
  });
});

describe('buildMarkdownTree: the 2007 seed', () => {
  const path = 'corpus/sonus-2007-offer-to-amend/amendment-1.md';
  const { tree, file } = build(readFileSync(path, 'utf8'));
  const index = tree.children.findIndex((b) => blockText(b) === 'Item 4 of the Schedule TO is hereby amended by adding the following sentences:');

  it('reads the Item headings as sections', () => {
    expect(tree.children[index - 1]).toMatchObject({ type: 'heading', kind: 'section', number: 'Item 4', value: 'Item 4. Terms of the Transaction.', page: 3 });
    expect(outline(tree).filter((line) => line[1] === 'section')).toEqual([
      ['heading', 'section', 'Item 4', 'Item 4. Terms of the Transaction.'],
      ['heading', 'section', 'Item 12', 'Item 12. Exhibits.'],
    ]);
  });

  it('reads the four added sentences as one paragraph of four', () => {
    const added = tree.children[index + 1];
    expect(added?.type === 'paragraph' ? added.children.map((s) => s.value) : added).toEqual([
      'The Offer expired at 5:00 p.m., Eastern Time, on Monday, September 10, 2007.',
      'Pursuant to the terms of the Offer, the Company has accepted for amendment options to purchase 5,259,619 shares of the Common Stock.',
      'The Company has amended the options accepted for amendment effective immediately following the expiration of the Offer in accordance with the terms of the Offer.',
      'Eligible Holders whose options have been amended in accordance with the terms of the Offer will receive promises to make cash payments in the aggregate amount of $3,485,933 in accordance with the terms of the Offer.',
    ]);
    expect(added?.type === 'paragraph' ? [added.pages, added.position?.start] : null).toEqual([[3], { line: 48, column: 1, offset: 2355 }]);
  });

  it('keeps the exhibit index as a table, cleaned, and takes the bare "3" as the page number', () => {
    const tables = tree.children.filter((b) => b.type === 'table').map((b) => b.value.split('\n'));
    expect(tables.map((lines) => [lines.length, lines[0], lines.at(-1)])).toEqual([
      [27, 'Exhibit Number\tDescription', '*\tPreviously filed with the Schedule TO filed with the SEC on August 10, 2007, and incorporated herein by reference.'],
      [28, '(a)(1)(A)*\tOffer to Amend the Exercise Price of Certain Options, dated August 10, 2007', '*\tPreviously filed with the Schedule TO filed with the SEC on August 10, 2007, and incorporated herein by reference.'],
    ]);
    expect(tables[1]?.slice(2, 5)).toEqual([
      '\tScreen shot of login page to offer website at http://home/Departments/Legal/Pages/StockTenderOffer.aspx',
      '(a)(1)(C)*',
      '(a)(1)(D)*\tScreen shot of welcome page to offer website at http://home/Departments/Legal/Pages/StockTenderOffer.aspx',
    ]);
    expect(tree.data.pages.map((p) => [p.index, p.number, p.position.end.line])).toEqual([
      [0, 3, 84],
      [1, null, 129],
    ]);
    expect(outline(tree).some((line) => line[0] === 'paragraph' && JSON.stringify(line).includes('"3"'))).toBe(false);
    expect(file.messages).toEqual([]);
  });
});
