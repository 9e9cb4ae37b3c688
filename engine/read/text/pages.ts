import type { PageInfo, Point } from '../../types.js';

/** A source line with where it starts. */
export interface SourceLine {
  text: string;
  /** 1-based line number. */
  line: number;
  /** 0-based offset of the line's first character. */
  offset: number;
}

/** A physical page of an EDGAR text file: its lines (without the page tag and the page number) and its printed number. */
export interface TextPage {
  info: PageInfo;
  lines: SourceLine[];
}

const pageTag = /^\s*<page>\s*$/i;
const pageNumber = /^\s*(?:-\s*)?(\d{1,4}|[ivxlc]{1,7})(?:\s*-)?\s*$/i;

/**
 * Split text into lines with their offsets.
 * @param text the whole file
 * @returns its lines (without line ends)
 */
export function sourceLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let offset = 0;
  let line = 1;
  for (const piece of text.split('\n')) {
    lines.push({ text: piece, line, offset });
    offset += piece.length + 1;
    line++;
  }
  return lines;
}

/**
 * Split an EDGAR text file into physical pages on `<PAGE>` lines, taking off each page's printed number.
 * @param lines the file's lines
 * @returns the pages in order
 */
export function splitPages(lines: SourceLine[]): TextPage[] {
  const chunks: SourceLine[][] = [[]];
  for (const line of lines) {
    if (pageTag.test(line.text)) chunks.push([]);
    else chunks[chunks.length - 1]?.push(line);
  }
  return chunks.filter((chunk, i) => i === 0 || chunk.length > 0 || i < chunks.length - 1).map(toPage);
}

function toPage(chunk: SourceLine[], index: number): TextPage {
  const last = lastContentIndex(chunk);
  const candidate = last >= 0 ? chunk[last] : undefined;
  const label = candidate && isPageNumberLine(chunk, last) ? candidate.text.trim() : null;
  const lines = label ? chunk.slice(0, last) : chunk;
  return { info: { index, number: label ? labelNumber(label) : null, label, position: span(chunk) }, lines };
}

function lastContentIndex(chunk: SourceLine[]): number {
  for (let i = chunk.length - 1; i >= 0; i--) if ((chunk[i]?.text.trim() ?? '') !== '') return i;
  return -1;
}

// A page number is the last line of its page, standing alone after a blank line or centred.
function isPageNumberLine(chunk: SourceLine[], index: number): boolean {
  const line = chunk[index];
  if (!line || !pageNumber.test(line.text)) return false;
  const before = chunk[index - 1];
  const indent = line.text.length - line.text.trimStart().length;
  return before === undefined || before.text.trim() === '' || indent >= 20;
}

function labelNumber(label: string): number | null {
  const digits = /\d+/.exec(label);
  return digits ? Number(digits[0]) : null;
}

function span(chunk: SourceLine[]): PageInfo['position'] {
  const first = chunk[0];
  const last = chunk[chunk.length - 1];
  const start: Point = { line: first?.line ?? 1, column: 1, offset: first?.offset ?? 0 };
  const end: Point = last
    ? { line: last.line, column: last.text.length + 1, offset: last.offset + last.text.length }
    : start;
  return { start, end };
}
