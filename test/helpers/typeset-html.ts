/**
 * The typesetting model set in the HTML habits of EDGAR's filing agents and word processors, 1999-2025: one markup
 * kit per habit, each a small set of functions writing a block as that habit writes it. The markup patterns follow
 * real filings; the words are the model's own.
 */
import { type ModelBlock, type ModelPage, splitWords } from './typeset-model.js';

/** How a habit writes each kind of block, and what it puts around a page. */
export interface Kit {
  title: (text: string) => string;
  caption: (text: string) => string;
  paragraph: (text: string, runIn: string | undefined) => string;
  /** A footnote at the foot of its page, its marker first. */
  note: (text: string) => string;
  item: (mark: string, text: string) => string;
  table: (rows: string[][]) => string;
  /** What closes a page: its printed number and the break (none after the last page). */
  pageEnd: (label: string, last: boolean, index: number, count: number) => string;
  /** Running furniture at the top of each page after the first, if any. */
  pageTop?: (index: number) => string;
  /** How a footnote marker is set inside a sentence ("fee(1)"). */
  marker?: (mark: string) => string;
  /** The page wrapper, for habits that set each page in a container of its own. */
  page?: (body: string, index: number) => string;
  document: (body: string) => string;
}

const esc = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function blockHtml(kit: Kit, block: ModelBlock, text: string | null): string {
  const mark = (value: string): string => (kit.marker ? value.replace(/\((\d)\)(?=\s)/g, (_, n: string) => (kit.marker as (m: string) => string)(`(${n})`)) : value);
  switch (block.kind) {
    case 'title':
      return kit.title(esc(block.text));
    case 'caption':
    case 'section':
      return kit.caption(esc(block.text));
    case 'item':
      return kit.item(esc(block.mark), esc(block.sentences.join(' ')));
    case 'table':
      return kit.table(block.rows.map((row) => row.map(esc)));
    case 'paragraph':
      if (block.note) return kit.note(esc(block.sentences.join(' ')));
      return kit.paragraph(mark(esc(text ?? block.sentences.join(' '))), block.runIn === undefined ? undefined : esc(block.runIn));
  }
}

/**
 * Set the model in one habit: blocks in order, each page closed as the habit closes it, a paragraph the page breaks
 * set in two parts, the second at the top of the next page.
 * @param pages the model
 * @param kit the habit
 * @returns the HTML
 */
export function typesetHtml(pages: ModelPage[], kit: Kit): string {
  let carried: string | null = null;
  const body = pages.map((page, index) => {
    const parts: string[] = [];
    if (index > 0 && kit.pageTop) parts.push(kit.pageTop(index));
    if (carried !== null) parts.push(kit.paragraph(esc(carried), undefined));
    carried = null;
    for (const block of page.blocks) {
      if (block.kind === 'paragraph' && block.breakAfter !== undefined) {
        const [head, tail] = splitWords(block);
        parts.push(blockHtml(kit, block, head));
        carried = tail;
      } else parts.push(blockHtml(kit, block, null));
    }
    const content = parts.join('\n');
    const set = kit.page ? kit.page(content, index) : content;
    return `${set}\n${kit.pageEnd(page.label, index === pages.length - 1, index, pages.length)}`;
  });
  return kit.document(body.join('\n'));
}

const html = (body: string): string => `<html><head><title>SC TO-I</title></head><body>\n${body}\n</body></html>\n`;

/** Every run in a span of its own, as word processors save it: the words cut into runs of three. */
function spans(text: string, style = 'font-family:Times New Roman;font-size:10pt'): string {
  const words = text.split(' ');
  const runs: string[] = [];
  for (let i = 0; i < words.length; i += 3) runs.push(words.slice(i, i + 3).join(' ') + (i + 3 < words.length ? ' ' : ''));
  return runs.map((run) => `<span style="${style}">${run}</span>`).join('');
}

// ---------------------------------------------------------------------------------------------------------------
// 2010s: paragraphs as <p style>, bullets and list numbers in their own cell, one table per item.

/** How the mark's cell and the item's cell wrap their words. */
export type CellWrap = 'p' | 'font' | 'div' | 'bare';

const wrapCell = (wrap: CellWrap, text: string): string =>
  wrap === 'p' ? `<p style="margin:0pt">${text}</p>` : wrap === 'font' ? `<font style="font-family:Times New Roman" size="2">${text}</font>` : wrap === 'div' ? `<div>${spans(text)}</div>` : text;

/**
 * The 2010s layout: a table per list item, the mark in a narrow cell and the words in the next, each wrapped.
 * @param wrap how each cell wraps its words
 * @param spacer whether an empty cell sets the indent before the mark
 * @returns the kit
 */
export function cellKit(wrap: CellWrap, spacer = false): Kit {
  return {
    ...modernKit('hr'),
    item: (mark, text) =>
      `<table cellpadding="0" cellspacing="0" style="width:100%;border-collapse:collapse"><tr>${spacer ? '<td style="width:3%">&#160;</td>' : ''}` +
      `<td style="width:5%;vertical-align:top">${wrapCell(wrap, mark === '•' ? '&#8226;' : mark)}</td><td style="vertical-align:top">${wrapCell(wrap, text)}</td></tr></table>`,
  };
}

/** A whole list in one table, a row per item. */
export const oneTableKit: Kit = { ...cellKit('p') };
export function oneTableHtml(pages: ModelPage[]): string {
  // Consecutive items share one table: the rows of single-item tables are merged.
  return typesetHtml(pages, oneTableKit).replace(/<\/tr><\/table>\n<table cellpadding="0" cellspacing="0" style="width:100%;border-collapse:collapse"><tr>/g, '</tr>\n<tr>');
}

// ---------------------------------------------------------------------------------------------------------------
// 2010s-2020s generator markup: divs, every run in a span, &#160;, zero-width characters, styled page breaks.

/** How a generator marks the end of a page. */
export type PageBreak = 'hr' | 'div-after' | 'div-before' | 'p-before' | 'class';

const breaks: Record<PageBreak, string> = {
  hr: '<hr style="page-break-after:always"/>',
  'div-after': '<div style="page-break-after: always"></div>',
  'div-before': '',
  'p-before': '<p style="page-break-before:always;margin:0">&#160;</p>',
  class: '<div class="BRPFPageBreakArea"><div class="BRPFPageBreak"><hr style="border-width:0;height:2px;color:#000"/></div></div>',
};

/**
 * A generator's markup: a `<div>` per paragraph, every run in its own styled span, spacer divs holding `&#160;` or a
 * zero-width space, the page number centred in a div, then the page break of the given kind.
 * @param pageBreak how each page ends
 * @returns the kit
 */
export function modernKit(pageBreak: PageBreak): Kit {
  const div = (style: string, inner: string): string => `<div style="${style}">${inner}</div>`;
  return {
    title: (text) => div('text-align:center;margin-top:12pt', spans(text, 'font-weight:bold;font-size:10pt')),
    caption: (text) => div('margin-top:12pt', spans(text, 'font-weight:700;font-size:10pt')),
    paragraph: (text, runIn) =>
      div('margin-top:6pt;text-indent:24pt;text-align:justify', `${runIn ? `<span style="font-weight:bold">${runIn}</span>&#160;` : ''}${spans(text)}`) +
      '\n<div style="line-height:6pt"><span>&#8203;</span></div>',
    note: (text) => div('margin-top:6pt', `<span style="font-size:8pt">${text.replace(/^\((\d)\) /, '<sup>($1)</sup>&#160;')}</span>`),
    item: (mark, text) => div('margin-left:36pt;text-indent:-18pt', `<span>${mark === '•' ? '&#8226;' : mark}</span><span style="display:inline-block;width:18pt">&#8203;</span>${spans(text)}`),
    // A table of contents links each title to its place.
    table: (rows) =>
      `<table style="border-collapse:collapse;width:80%">${rows.map((row) => `<tr>${row.map((cell, i) => `<td style="padding:0 4pt">${i === 0 && /^\d+$/.test(row[row.length - 1] ?? '') ? `<a href="#s${row[1]}">${spans(cell)}</a>` : spans(cell)}</td>`).join('')}</tr>`).join('')}</table>`,
    marker: (mark) => `<sup style="font-size:6pt">${mark}</sup>`,
    pageEnd: (label, last) => `${div('text-align:center', `<span style="font-size:10pt">${label}</span>`)}${last ? '' : `\n${breaks[pageBreak]}`}`,
    page: pageBreak === 'div-before' ? (body, index) => (index === 0 ? body : `<div style="page-break-before: always">\n${body}\n</div>`) : undefined,
    document: html,
  };
}

/** Hanging indents made with a negative `text-indent` and `&#160;` after the mark. */
export const indentKit: Kit = {
  ...modernKit('p-before'),
  item: (mark, text) => `<p style="margin:6pt 0 0 36pt;text-indent:-18pt">${mark === '•' ? '&#8226;' : mark}&#160;&#160;&#160;&#160;${text}</p>`,
};

// ---------------------------------------------------------------------------------------------------------------
// 1999-2008: upper-case tags, <FONT SIZE=2>, <P ALIGN=CENTER>, <B>/<U> headings, <BR>-broken lines, <PAGE>.

function brokenLines(text: string): string {
  const words = text.split(' ');
  const lines: string[] = [];
  for (let i = 0; i < words.length; i += 9) lines.push(words.slice(i, i + 9).join(' '));
  return lines.join('<BR>\n');
}

/** The markup of a late-1990s agent: upper case, every paragraph in `<FONT SIZE=2>`, lines broken with `<BR>`. */
export const legacyKit: Kit = {
  title: (text) => `<P ALIGN=CENTER><FONT SIZE=2><B>${text}</B></FONT>`,
  caption: (text) => `<P><FONT SIZE=2><B><U>${text}</U></B></FONT>`,
  paragraph: (text, runIn) => `<P><FONT SIZE=2>&nbsp;&nbsp;&nbsp;&nbsp;${runIn ? `<B>${runIn}</B>&nbsp; ` : ''}${brokenLines(text)}</FONT>`,
  note: (text) => `<P><FONT SIZE=1>${text}</FONT>`,
  item: (mark, text) =>
    `<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=0>\n<TR>\n<TD WIDTH="5%"></TD>\n<TD WIDTH="5%" VALIGN=TOP><FONT SIZE=2>${mark === '•' ? '&#149;' : mark}</FONT></TD>\n<TD><FONT SIZE=2>${brokenLines(text)}</FONT></TD>\n</TR>\n</TABLE>`,
  table: (rows) => `<TABLE WIDTH="80%" BORDER=0>\n${rows.map((row) => `<TR>${row.map((cell) => `<TD><FONT SIZE=2>${cell}</FONT></TD>`).join('')}</TR>`).join('\n')}\n</TABLE>`,
  pageEnd: (label, last) => `<P ALIGN=CENTER><FONT SIZE=2>${label}</FONT>${last ? '' : '\n<PAGE>'}`,
  document: (body) => `<HTML>\n<HEAD><TITLE>SC TO-I</TITLE></HEAD>\n<BODY BGCOLOR="WHITE">\n${body}\n</BODY>\n</HTML>\n`,
};

// ---------------------------------------------------------------------------------------------------------------
// Page furniture: a running header with the company's name, a "Table of Contents" link at each foot, page numbers
// set as "- 1 -" or "Page 1 of 4".

/**
 * Page furniture around the generator's markup.
 * @param numbering how the page number reads
 * @returns the kit
 */
export function furnitureKit(numbering: 'dashes' | 'of'): Kit {
  const base = modernKit('hr');
  const number = (label: string, index: number, count: number): string => (numbering === 'dashes' ? `- ${label} -` : /\d/.test(label) ? `Page ${label} of ${count - 1}` : label);
  return {
    ...base,
    pageTop: () => '<div style="text-align:right"><span style="font-size:8pt">Marlow Ridge Instruments, Inc.</span></div>',
    pageEnd: (label, last, index, count) =>
      `<p style="margin:0"><a href="#toc"><span style="font-size:8pt">Table of Contents</span></a></p>\n<p style="text-align:center">${number(label, index, count)}</p>` +
      (last ? '' : '\n<hr style="page-break-after:always"/>'),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Headings made by style alone, and run-in headings in italics.

/** How a caption is set apart, with nothing but its style. */
export type CaptionStyle = 'underline' | 'small-caps' | 'size' | 'italic';

const captionStyles: Record<CaptionStyle, (text: string) => string> = {
  underline: (text) => `<p style="margin-top:12pt"><u>${text}</u></p>`,
  'small-caps': (text) => `<p style="margin-top:12pt;font-variant:small-caps">${text}</p>`,
  size: (text) => `<p style="margin-top:12pt"><span style="font-size:12pt">${text}</span></p>`,
  italic: (text) => `<p style="margin-top:12pt"><i>${text}</i></p>`,
};

/**
 * Captions set apart by one style, paragraphs in 10-point type, run-in headings in italics.
 * @param style the caption's style
 * @returns the kit
 */
export function styledHeadingKit(style: CaptionStyle): Kit {
  const base = cellKit('p');
  return {
    ...base,
    caption: captionStyles[style],
    paragraph: (text, runIn) => `<p style="margin-top:6pt;font-size:10pt">${runIn ? `<i>${runIn}</i> ` : ''}${text}</p>`,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Two-column layout tables: a side caption in the left cell, its paragraphs in the right; a footnote under a rule.

/** Captions set beside their text in a two-column layout table. */
export const sideCaptionHtml = (pages: ModelPage[]): string => {
  const kit: Kit = { ...cellKit('p'), note: (text) => `<hr style="width:25%;text-align:left;margin-left:0"/>\n<p style="font-size:8pt">${text}</p>` };
  const set = typesetHtml(pages, { ...kit, caption: (text) => `<!--side:${text}-->` });
  // A caption and the paragraph after it share a row: the caption in the left cell, the paragraph in the right.
  return set.replace(/<!--side:([^>]*)-->\n([^\n]*)/g, '<table style="width:100%"><tr><td style="width:25%;vertical-align:top"><p><b>$1</b></p></td><td style="vertical-align:top">$2</td></tr></table>');
};
