import type { Filing } from '../../engine/types.js';

/**
 * Re-typeset an EDGAR plain-text filing as HTML and as markdown, the way a converter would, written independently of
 * the engine's readers: pages cut at `<PAGE>`, blocks at blank lines, a block's lines joined; an all-capitals line
 * becomes a bold centred paragraph (HTML) or a bold line (markdown), a short title-case caption a bold one, an indented block (new text) an indented
 * paragraph, a `<TABLE>` or columns set out with spaces a preformatted block, a page's closing number a centred paragraph followed by a page break.
 * In HTML a block's lines stay apart (`<br>` and a new source line), as in EDGAR's HTML; markdown joins them.
 */

interface TextBlock {
  kind: 'caps' | 'caption' | 'indented' | 'plain' | 'table' | 'page';
  text: string;
  /** The block's lines as filed, trimmed: HTML keeps them apart with `<br>`, as EDGAR's HTML covers do. */
  lines: string[];
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function pageBlocks(page: string): TextBlock[] {
  const lines = page.replace(/\s+$/, '').split('\n');
  const last = lines[lines.length - 1] ?? '';
  const number = /^\s+(\d{1,3}|[ivx]{1,4})\s*$/i.exec(last)?.[1];
  const body = number ? lines.slice(0, -1).join('\n') : lines.join('\n');
  const blocks: TextBlock[] = [];
  const parts = body.split(/(<TABLE>[\s\S]*?<\/TABLE>)/i);
  for (const part of parts) {
    if (/^<TABLE>/i.test(part)) {
      const table = part.replace(/<\/?(?:TABLE|S|C|CAPTION)>/gi, '').replace(/^\n+|\n+$/g, '');
      blocks.push({ kind: 'table', text: table, lines: table.split('\n') });
      continue;
    }
    for (const raw of part.split(/\n[ \t]*\n/)) {
      if (raw.trim() === '') continue;
      const text = raw.replace(/\s+/g, ' ').trim();
      const first = raw.split('\n').find((line) => line.trim() !== '') ?? '';
      const indent = first.length - first.trimStart().length;
      const caps = text.length < 90 && /[A-Z]/.test(text) && text === text.toUpperCase();
      // Columns set out with runs of spaces on most lines: a table laid out in text.
      const rows = raw.split('\n').filter((line) => line.trim() !== '');
      if (rows.length >= 2 && rows.filter((line) => /\S {3,}\S/.test(line.trim())).length * 2 >= rows.length) {
        blocks.push({ kind: 'table', text: raw.replace(/^\n+|\s+$/g, ''), lines: rows });
        continue;
      }
      const lines = raw.split('\n').map((line) => line.trim()).filter(Boolean);
      // New text (indented) keeps its own typesetting: a caption inside a quotation stays a plain line of it.
      // A caption stands flush left; a paragraph's first line is indented.
      blocks.push({ kind: caps ? 'caps' : indent >= 10 ? 'indented' : indent <= 2 && isCaption(text) ? 'caption' : 'plain', text, lines });
    }
  }
  if (number) blocks.push({ kind: 'page', text: number, lines: [number] });
  return blocks;
}

// A typesetter sets a caption in bold: a short line in title case, no sentence ending in or after it.
function isCaption(text: string): boolean {
  const words = text.split(' ');
  const capitalised = words.filter((word) => /^[A-Z0-9]/.test(word)).length;
  return text.length < 120 && /^[A-Z]/.test(text) && !/[.:;,"”)]$/.test(text) && !/[.;]\s/.test(text) && capitalised * 2 >= words.length;
}

// The first block of a page that goes on with a sentence the page before left open ("... issued by the" / "IRS.")
// is the rest of that paragraph, set as it is, never as a heading.
function blocksOf(filing: string): TextBlock[] {
  const pages = filing.split(/^[ \t]*<PAGE>[ \t]*$/im).map(pageBlocks);
  let open = false;
  return pages.flatMap((blocks) =>
    blocks.map((block, index) => {
      const continued = index === 0 && open && block.kind !== 'table' && block.kind !== 'page';
      if (block.kind !== 'page') open = block.kind !== 'table' && !/[.:;?!"”)]$/.test(block.text);
      return continued ? { ...block, kind: 'plain' as const } : block;
    }),
  );
}

/** How one HTML habit sets each kind of block; `list` sets a numbered paragraph (number, then text) when given. */
interface HtmlHabit {
  block: (block: TextBlock, text: string) => string;
  list?: (number: string, text: string) => string;
  /** A running header over each page, set when the filing has three pages or more. */
  header?: string;
  document: (body: string) => string;
}

function setHtml(filing: string, habit: HtmlHabit): string {
  const blocks = blocksOf(filing);
  const pages = blocks.filter((block) => block.kind === 'page').length;
  const header = habit.header !== undefined && pages >= 3 ? habit.header : null;
  const body = blocks.map((block, index) => {
    const text = block.lines.map(escapeHtml).join('<br>\n');
    const numbered = /^(\d{1,2}\.)\s+(.*)$/s.exec(text);
    const set = habit.list && block.kind === 'plain' && numbered ? habit.list(numbered[1] as string, numbered[2] as string) : habit.block(block, text);
    const top = header !== null && (index === 0 || blocks[index - 1]?.kind === 'page') ? `${header}\n` : '';
    return top + set;
  });
  return habit.document(body.join('\n'));
}

const htmlDocument = (body: string): string => `<html><head><title>SC TO-I/A</title></head><body>\n${body}\n</body></html>\n`;

// The converter's own HTML: <p> per block, bold captions, <br> between a block's lines.
const plainHabit: HtmlHabit = {
  block: (block, text) => {
    if (block.kind === 'caps') return `<p align="center"><b>${text}</b></p>`;
    if (block.kind === 'caption') return `<p><b>${text}</b></p>`;
    if (block.kind === 'indented') return `<p style="margin-left: 10%">${text}</p>`;
    if (block.kind === 'table') return `<pre>${escapeHtml(block.text)}</pre>`;
    if (block.kind === 'page') return `<p align="center">${text}</p>\n<hr style="page-break-after: always">`;
    return `<p>${text}</p>`;
  },
  document: htmlDocument,
};

// A word processor's HTML: every run of six words in a span of its own (a short block's lines apart by <br/>, prose
// run on), a <div> per block, a zero-width spacer after each paragraph, page breaks as an empty
// <div style="page-break-after">, the number printed "- 7 -", a running header over each page, numbered paragraphs
// with the number in a cell of its own and the words in the next, each cell's words in a <p>.
function runs(text: string, style: string): string {
  const words = text.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 6) out.push(`<span style="${style}">${words.slice(i, i + 6).join(' ')}${i + 6 < words.length ? ' ' : ''}</span>`);
  return out.join('');
}
const font = 'font-size:10pt';
const generatorHabit: HtmlHabit = {
  block: (block) => {
    // Short blocks and blocks set in columns (a cover's lines, a signature block) keep their lines, one run each,
    // apart by <br/>; prose runs on, a span per six words.
    const lined = block.lines.length <= 3 || block.lines.some((line) => /\S {3,}\S/.test(line));
    if (lined && (block.kind === 'plain' || block.kind === 'indented')) return `<div style="margin-top:6pt">${block.lines.map((line) => `<span style="${font}">${escapeHtml(line)}</span>`).join('<br/>')}</div>`;
    const text = block.lines.map(escapeHtml).join(lined ? '<br/>' : ' ');
    if (block.kind === 'caps') return `<div style="text-align:center;margin-top:12pt">${runs(text, `${font};font-weight:bold`)}</div>`;
    if (block.kind === 'caption') return `<div style="margin-top:12pt">${runs(text, `${font};font-weight:700`)}</div>`;
    if (block.kind === 'indented') return `<div style="margin-left:36pt;margin-top:6pt">${runs(text, font)}</div>`;
    if (block.kind === 'table') return `<pre>${escapeHtml(block.text)}</pre>`;
    if (block.kind === 'page') return `<div style="text-align:center"><span style="${font}">- ${text} -</span></div>\n<div style="page-break-after:always"></div>`;
    return `<div style="text-indent:24pt;margin-top:6pt">${runs(text, font)}</div>\n<div style="line-height:6pt"><span>&#8203;</span></div>`;
  },
  list: (number, text) =>
    `<table style="width:100%;border-collapse:collapse"><tr><td style="width:5%;vertical-align:top"><p style="margin:0">${number}</p></td><td style="vertical-align:top"><p style="margin:0">${runs(text.replace(/<br>\n/g, ' '), font)}</p></td></tr></table>`,
  header: '<div style="text-align:right"><span style="font-size:8pt">Running Header of the Filer</span></div>',
  // A blank line between blocks: the cover and results readers (filing/) still find a value's block by the blank
  // lines of the source, which a generator's one-line-per-block HTML lacks.
  document: (body) => htmlDocument(body.replace(/<\/div>\n(?=<(?:div|table|pre))/g, '</div>\n\n')),
};

// An agent's HTML of 1999-2008: upper-case tags, every block in <FONT SIZE=2>, lines broken with <BR>, captions bold
// and underlined, the page number centred before a <PAGE> tag, numbered paragraphs in a table, an empty cell first.
const legacyHabit: HtmlHabit = {
  block: (block, text) => {
    const lines = text.replace(/<br>/g, '<BR>');
    if (block.kind === 'caps') return `<P ALIGN=CENTER><FONT SIZE=2><B>${lines}</B></FONT></P>`;
    if (block.kind === 'caption') return `<P><FONT SIZE=2><B><U>${lines}</U></B></FONT></P>`;
    if (block.kind === 'indented') return `<P STYLE="margin-left:10%"><FONT SIZE=2>${lines}</FONT></P>`;
    if (block.kind === 'table') return `<PRE>${escapeHtml(block.text)}</PRE>`;
    if (block.kind === 'page') return `<P ALIGN=CENTER><FONT SIZE=2>${lines}</FONT></P>\n<PAGE>`;
    return `<P><FONT SIZE=2>${lines}</FONT></P>`;
  },
  list: (number, text) =>
    `<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=0><TR><TD WIDTH="3%">&nbsp;</TD><TD WIDTH="5%" VALIGN=TOP><FONT SIZE=2>${number}</FONT></TD><TD><FONT SIZE=2>${text.replace(/<br>/g, '<BR>')}</FONT></TD></TR></TABLE>`,
  document: (body) => `<HTML>\n<HEAD><TITLE>SC TO-I/A</TITLE></HEAD>\n<BODY BGCOLOR="WHITE">\n${body}\n</BODY>\n</HTML>\n`,
};

/**
 * The filing as an HTML document.
 * @param filing the EDGAR text
 * @param options `listTables`: set each numbered paragraph as a two-cell table, number and text, as EDGAR HTML often does
 * @returns the HTML
 */
export function filingAsHtml(filing: string, options: { listTables?: boolean } = {}): string {
  // EDGAR's hanging indent: the number in one cell, the instruction in the next.
  const list = (number: string, text: string): string => `<table><tr><td valign="top" width="5%">${number}</td><td>${text}</td></tr></table>`;
  return setHtml(filing, options.listTables ? { ...plainHabit, list } : plainHabit);
}

/**
 * The filing as a word processor saves it as HTML: a span per run, a div per block, zero-width spacers, styled page
 * breaks, a running header, numbered paragraphs in cells wrapped in <p>.
 * @param filing the EDGAR text
 * @returns the HTML
 */
export function filingAsGeneratorHtml(filing: string): string {
  return setHtml(filing, generatorHabit);
}

/**
 * The filing as 2010s HTML sets a numbered paragraph: a table of its own, the number's cell and the words' cell each
 * holding a <p>, and nothing else of a word processor's habits.
 * @param filing the EDGAR text
 * @returns the HTML
 */
export function filingAsCellHtml(filing: string): string {
  const cell = (text: string): string => `<td style="vertical-align:top"><p style="margin:0">${text}</p></td>`;
  return setHtml(filing, { ...plainHabit, list: (number, text) => `<table style="width:100%"><tr>${cell(number)}${cell(text)}</tr></table>` });
}

/**
 * The filing as a 1999-2008 filing agent set it in HTML: upper-case tags, <FONT SIZE=2>, <BR>-broken lines, <PAGE>.
 * @param filing the EDGAR text
 * @returns the HTML
 */
export function filingAsLegacyHtml(filing: string): string {
  return setHtml(filing, legacyHabit);
}

/**
 * The filing as markdown.
 * @param filing the EDGAR text
 * @returns the markdown
 */
export function filingAsMarkdown(filing: string): string {
  const escape = (text: string): string => text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/^(\d+)\./, '$1\\.');
  const body = blocksOf(filing).map((block) => {
    if (block.kind === 'caps' || block.kind === 'caption') return `**${escape(block.text)}**`;
    if (block.kind === 'table') return `\`\`\`\n${block.text}\n\`\`\``;
    if (block.kind === 'page') return `${block.text}\n\n<hr style="page-break-after: always">`;
    return escape(block.text);
  });
  return `${body.join('\n\n')}\n`;
}

/**
 * The filing as some EDGAR HTML documents carry a text filing: whole, escaped, inside `<pre>`.
 * @param filing the EDGAR text
 * @returns the HTML
 */
export function filingAsPreHtml(filing: string): string {
  return `<html><head><title>SC TO-I/A</title></head><body>\n<pre>\n${escapeHtml(filing)}</pre>\n</body></html>\n`;
}

/**
 * The filing as EDGAR HTML that sets numbered paragraphs as two-cell tables (number, then text).
 * @param filing the EDGAR text
 * @returns the HTML
 */
export function filingAsListHtml(filing: string): string {
  return filingAsHtml(filing, { listTables: true });
}

/** Every typesetting the tests hold to the text's reading: a name, a file extension, and the converter. */
export const typesettings = [
  ['HTML', 'html', filingAsHtml],
  ['markdown', 'md', filingAsMarkdown],
  ['text wrapped in <pre>', 'htm', filingAsPreHtml],
  ['HTML with numbered paragraphs in tables', 'xhtml', filingAsListHtml],
  ['HTML as a word processor saves it (spans, divs, zero-width spacers, styled breaks, running header)', 'html', filingAsGeneratorHtml],
  ['HTML as a 1999-2008 filing agent set it (upper case, <FONT SIZE=2>, <BR>, <PAGE>)', 'HTM', filingAsLegacyHtml],
] as const;

/**
 * A filing's metadata without the places it names (where the amendment number stands, where an event is stated),
 * which differ from one typesetting to another while the meaning does not.
 * @param filing the filing's metadata
 * @returns the same without places
 */
export function filingMeaning(filing: Filing | null): unknown {
  if (filing === null) return null;
  const { amendmentSource: _place, events, ...rest } = filing;
  return { ...rest, events: events.map(({ source: _source, ...event }) => event) };
}
