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

/**
 * The filing as an HTML document.
 * @param filing the EDGAR text
 * @param options `listTables`: set each numbered paragraph as a two-cell table, number and text, as EDGAR HTML often does
 * @returns the HTML
 */
export function filingAsHtml(filing: string, options: { listTables?: boolean } = {}): string {
  const body = blocksOf(filing).map((block) => {
    const text = block.lines.map(escapeHtml).join('<br>\n');
    // EDGAR's hanging indent: the number in one cell, the instruction in the next.
    const numbered = /^(\d{1,2}\.)\s+(.*)$/s.exec(text);
    if (options.listTables && block.kind === 'plain' && numbered) {
      return `<table><tr><td valign="top" width="5%">${numbered[1]}</td><td>${numbered[2]}</td></tr></table>`;
    }
    if (block.kind === 'caps') return `<p align="center"><b>${text}</b></p>`;
    if (block.kind === 'caption') return `<p><b>${text}</b></p>`;
    if (block.kind === 'indented') return `<p style="margin-left: 10%">${text}</p>`;
    if (block.kind === 'table') return `<pre>${escapeHtml(block.text)}</pre>`;
    if (block.kind === 'page') return `<p align="center">${text}</p>\n<hr style="page-break-after: always">`;
    return `<p>${text}</p>`;
  });
  return `<html><head><title>SC TO-I/A</title></head><body>\n${body.join('\n')}\n</body></html>\n`;
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
