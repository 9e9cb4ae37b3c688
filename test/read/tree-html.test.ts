import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { blockText, originalOrigin } from '../../engine/core/nodes.js';
import { buildHtmlTree } from '../../engine/read/html/tree.js';
import type { Block, Root } from '../../engine/types.js';

function build(value: string): { tree: Root; file: VFile } {
  const file = new VFile({ path: 'doc.htm', value });
  return { tree: buildHtmlTree(file), file };
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

const page = (body: string): string => `<html><head><title>Filing</title><style>p { margin: 0 }</style></head><body>\n${body}\n</body></html>`;

describe('buildHtmlTree: headings', () => {
  it('gives each kind of heading its kind and number', () => {
    const { tree } = build(
      page(
        [
          '<h1>Offer to Exchange</h1>',
          '<h3>Risk Factors</h3>',
          '<p align="center"><b>THE OFFER</b></p>',
          '<p style="text-align: center"><font style="font-weight:bold">SUMMARY TERM SHEET</font></p>',
          '<p><b>5. Acceptance of Options for Exchange</b></p>',
          '<p><strong>Q23. What happens if I do not elect to exchange?</strong></p>',
          '<p><b>Consequences to U.S. Holders</b></p>',
          '<p><b>IMPORTANT</b></p>',
          '<p align=center>INTRODUCTORY STATEMENT</p>',
          '<p><b>Item 4.</b> Terms of the Transaction.</p>',
        ].join('\n'),
      ),
    );
    expect(outline(tree)).toEqual([
      ['heading', 'part', null, 'Offer to Exchange'],
      ['heading', 'caption', null, 'Risk Factors'],
      ['heading', 'part', null, 'THE OFFER'],
      ['heading', 'part', null, 'SUMMARY TERM SHEET'],
      ['heading', 'section', '5', '5. Acceptance of Options for Exchange'],
      ['heading', 'question', 'Q23', 'Q23. What happens if I do not elect to exchange?'],
      ['heading', 'caption', null, 'Consequences to U.S. Holders'],
      ['heading', 'caption', null, 'IMPORTANT'],
      ['heading', 'part', null, 'INTRODUCTORY STATEMENT'],
      ['heading', 'section', 'Item 4', 'Item 4. Terms of the Transaction.'],
    ]);
  });
});

describe('buildHtmlTree: paragraphs and sentences', () => {
  it('keeps a bold opening phrase as the run-in heading, not a sentence', () => {
    const { tree } = build(page('<p><font size="2"><b>Determination of Validity.</b> We will decide all questions. Our decision is final.</font></p>'));
    expect(outline(tree)).toEqual([['paragraph', 'Determination of Validity.', ['We will decide all questions.', 'Our decision is final.']]]);
  });

  it('never splits a paragraph on inline markup, reads <br> as a space, decodes entities and collapses whitespace', () => {
    const { tree } = build(
      page('<p>The <font size=2>Company</font> <i>will</i>\n   <a href="#x">accept</a> all options of Sonus <u>Networks</u>, Inc.<br>properly&nbsp;tendered &amp; not withdrawn.</p>'),
    );
    expect(outline(tree)).toEqual([['paragraph', null, ['The Company will accept all options of Sonus Networks, Inc. properly tendered & not withdrawn.']]]);
  });

  it('numbers sentences and maps them back to the source through tags and entities', () => {
    const { tree } = build('<p>Alpha is first. Beta &amp; <b>co</b> are second.\nGamma is third.</p>');
    const node = tree.children[0];
    expect(node?.type === 'paragraph' ? node.children.map((s) => s.value) : node).toEqual(['Alpha is first.', 'Beta & co are second.', 'Gamma is third.']);
    expect(node?.type === 'paragraph' ? node.children[1] : node).toEqual({
      type: 'sentence',
      value: 'Beta & co are second.',
      page: null,
      ambiguous: false,
      origin: originalOrigin(),
      position: { start: { line: 1, column: 20, offset: 19 }, end: { line: 1, column: 52, offset: 51 } },
    });
  });

  it('reads text outside any <p>, unclosed <p>s and list items as blocks of their own', () => {
    const { tree } = build('<body>Loose text here.<div>Div one.<p>First unclosed.<p>Second unclosed.</div><ul><li>Item one.<li>Item two.</ul>');
    expect(tree.children.map(blockText)).toEqual(['Loose text here.', 'Div one.', 'First unclosed.', 'Second unclosed.', 'Item one.', 'Item two.']);
  });

  it('ignores scripts, styles, comments, the head and hidden elements', () => {
    const { tree } = build(
      '<html><head><title>Title</title></head><body><script>var p = "<p>no</p>";</script><style>p {}</style><!-- <p>no</p> --><div style="display:none">hidden</div><p>Only this.</p></body></html>',
    );
    expect(tree.children.map(blockText)).toEqual(['Only this.']);
  });
});

describe('buildHtmlTree: pages', () => {
  it('takes the printed number before each break and joins a paragraph cut by the break', () => {
    const { tree } = build(
      [
        '<p>Page one text.</p>',
        '<p>This paragraph runs across the</p>',
        '<p align="center">12</p>',
        '<hr style="page-break-after:always">',
        '<p>page break and ends here.</p>',
        '<p align="center">-13-</p>',
        '<div style="page-break-before: always"><p>New page.</p></div>',
      ].join('\n'),
    );
    expect(outline(tree)).toEqual([
      ['paragraph', null, ['Page one text.']],
      ['paragraph', null, ['This paragraph runs across the page break and ends here.']],
      ['paragraph', null, ['New page.']],
    ]);
    expect(tree.children.map((b) => (b.type === 'paragraph' ? b.pages : null))).toEqual([[12], [12, 13], []]);
    expect(tree.data.pages).toEqual([
      { index: 0, number: 12, label: '12', position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 3, column: 21, offset: 80 } } },
      { index: 1, number: 13, label: '-13-', position: { start: { line: 3, column: 21, offset: 80 }, end: { line: 6, column: 23, offset: 177 } } },
      { index: 2, number: null, label: null, position: { start: { line: 6, column: 23, offset: 177 }, end: { line: 7, column: 62, offset: 243 } } },
    ]);
  });

  it('reads <!-- page: N --> markers as the markdown builder does', () => {
    const { tree } = build('<!-- page: 7 --><p>Seven.</p><!-- page: 8 --><p>Eight.</p><!-- other comment -->');
    expect(tree.data.pages.map((p) => [p.index, p.number, p.label])).toEqual([
      [0, 7, '7'],
      [1, 8, '8'],
    ]);
    expect(tree.children.map((b) => (b.type === 'paragraph' ? b.pages : null))).toEqual([[7], [8]]);
  });
});

describe('buildHtmlTree: tables', () => {
  it('keeps a data table as tab-separated cells, one row per line, nested tables inside their cell', () => {
    const { tree } = build(
      page(
        '<p>Before.</p><table><tr><th>Name</th><th>Value</th><th></th></tr><tr><td><p>A</p></td><td>$<br>1</td></tr><tr><td>B</td><td><table><tr><td>x</td><td>y</td></tr></table></td></tr></table><p>After.</p>',
      ),
    );
    expect(outline(tree)).toEqual([
      ['paragraph', null, ['Before.']],
      ['table', 'Name\tValue\nA\t$ 1\nB\tx y'],
      ['paragraph', null, ['After.']],
    ]);
    expect(tree.children[1]).toMatchObject({ type: 'table', page: null, position: { start: { line: 2, column: 15, offset: 91 } } });
  });

  it('reads a layout table (text in one cell at most) as ordinary blocks', () => {
    const { tree } = build(page('<table><tr><td><p><b>SECTION HEADING</b></p><p>Body text here.</p></td><td>&nbsp;</td></tr></table>'));
    expect(outline(tree)).toEqual([
      ['heading', 'caption', null, 'SECTION HEADING'],
      ['paragraph', null, ['Body text here.']],
    ]);
  });
});

describe('buildHtmlTree: odd input', () => {
  it('builds an empty document from empty input', () => {
    expect(build('').tree).toEqual({ type: 'root', children: [], data: { format: 'html', pages: [] } });
    expect(build('<html><body><p>&nbsp;</p></body></html>').tree.children).toEqual([]);
  });

  it('reads HTML nested 100,000 deep without overflowing the stack', () => {
    const { tree, file } = build(`${'<div>'.repeat(100_000)}<p><b>Deep Heading</b></p><p>Deep text.</p>${'</div>'.repeat(100_000)}`);
    expect(outline(tree)).toEqual([
      ['heading', 'caption', null, 'Deep Heading'],
      ['paragraph', null, ['Deep text.']],
    ]);
    expect(file.messages.map((m) => m.ruleId)).toEqual(['html-too-deep']);
  });

  it('reads 100,000 unclosed <font> tags, keeping a bold run-in heading', () => {
    const { tree } = build(`${'<font size=2>'.repeat(100_000)}<p><b>Note.</b> Deep text.</p><p align=center>4</p>`);
    expect(outline(tree)).toEqual([['paragraph', 'Note.', ['Deep text.']]]);
    expect(tree.data.pages.map((p) => p.number)).toEqual([4]);
  });
});

describe('buildHtmlTree: numbered paragraphs set as tables', () => {
  it('reads a two-cell row of a mark and its words as one paragraph, a data table as a table', () => {
    const html =
      '<table><tr><td valign="top">1.</td><td>Item 4 is hereby amended. It adds a sentence.</td></tr></table>' +
      '<table><tr><td>(a)</td><td>A second item of the list.</td></tr><tr><td>(b)</td><td>A third one.</td></tr></table>' +
      '<table><tr><td>(a)(1)</td><td>Offer to Exchange</td></tr><tr><td>(a)(2)</td><td>Election Form</td></tr></table>';
    const tree = buildHtmlTree(new VFile({ path: 'list.html', value: `<html><body>${html}</body></html>` }));
    expect(tree.children.map((b) => (b.type === 'paragraph' ? b.children.map((s) => s.value) : b.type))).toEqual([
      ['1. Item 4 is hereby amended.', 'It adds a sentence.'],
      ['(a) A second item of the list.'],
      ['(b) A third one.'],
      'table',
    ]);
  });
});
