import type { VFile } from 'vfile';
import { floorIndex } from '../../core/floor-index.js';
import { heading, root, table } from '../../core/nodes.js';
import { buildParagraph } from '../paragraph.js';
import { classifyBlock, joinsAcrossPage, isCentred, pageBlocks, type LineBlock } from './blocks.js';
import { sourceLines, splitPages, type SourceLine, type TextPage } from './pages.js';
import type { Block, Position, Root } from '../../types.js';

/**
 * Build the document tree of an EDGAR plain-text file: pages by printed number, headings, paragraphs with
 * their wrapped lines joined (also across a page break), sentences, tables; no page furniture.
 * @param file the file (its value is the text)
 * @returns the document
 */
export function buildTextTree(file: VFile): Root {
  const pages = splitPages(sourceLines(String(file.value)));
  const pageOf = pageLookup(pages);
  const blocks = joinAcrossPages(pages.map(pageBlocks));
  const children = blocks.map((raw) => toNode(raw, pageOf)).filter((node): node is Block => node !== null);
  return root(children, 'text', pages.map((page) => page.info));
}

function joinAcrossPages(perPage: LineBlock[][]): LineBlock[] {
  const out: LineBlock[] = [];
  for (const blocks of perPage) {
    blocks.forEach((block, i) => {
      const last = out[out.length - 1];
      if (i === 0 && last && joinsAcrossPage(last, block)) {
        out[out.length - 1] = { lines: [...last.lines, ...block.lines], pages: [...last.pages, ...block.pages], table: false };
      } else out.push(block);
    });
  }
  return out;
}

function toNode(raw: LineBlock, pageOf: (offset: number) => number | null): Block | null {
  const kind = classifyBlock(raw);
  const page = raw.pages[0] ?? null;
  if (kind.type === 'table') return tableNode(raw, page);
  if (kind.type === 'heading') {
    const text = raw.lines.map((l) => l.text.trim()).join(' ').replace(/\s+/g, ' ');
    return heading(text, kind.kind, { number: kind.number, page, position: rawPosition(raw.lines) });
  }
  return buildParagraph(raw.lines.map(piece), { pageOf, runIn: isCentred(raw) ? null : 'caps' });
}

// Tag-only lines (<S> <C>) are furniture; the table keeps its other lines as they read. A table of tags alone (a
// filing cut off after `<TABLE>` and `<S>`) is furniture too.
function tableNode(raw: LineBlock, page: number | null): Block | null {
  const kept = raw.lines.filter((line) => line.text.trim() !== '');
  if (kept.length === 0) return null;
  return table(kept.map((l) => l.text.trimEnd()).join('\n'), { page, position: rawPosition(kept) });
}

function piece(line: SourceLine): { text: string; start: { line: number; column: number; offset: number } } {
  const indent = line.text.length - line.text.trimStart().length;
  return { text: line.text.trim(), start: { line: line.line, column: indent + 1, offset: line.offset + indent } };
}

function rawPosition(lines: SourceLine[]): Position {
  const first = lines[0] as SourceLine;
  const last = lines[lines.length - 1] as SourceLine;
  const indent = first.text.length - first.text.trimStart().length;
  return {
    start: { line: first.line, column: indent + 1, offset: first.offset + indent },
    end: { line: last.line, column: last.text.trimEnd().length + 1, offset: last.offset + last.text.trimEnd().length },
  };
}

function pageLookup(pages: TextPage[]): (offset: number) => number | null {
  const starts = pages.map((page) => page.info.position.start.offset);
  return (offset) => pages[floorIndex(starts, offset)]?.info.number ?? null;
}
