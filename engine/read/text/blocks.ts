import type { HeadingKind } from '../../types.js';
import type { SourceLine, TextPage } from './pages.js';

/** A run of non-blank lines on one page (or a table), before it is classified. */
export interface RawBlock {
  lines: SourceLine[];
  /** Printed page number of each line's page (a block joined across a break spans two). */
  pages: Array<number | null>;
  table: boolean;
}

const separator = /^\s*(?:[-=_*]\s*){3,}$/;
const tableOpen = /^\s*<table[^>]*>\s*$/i;
const tableClose = /^\s*<\/table>\s*$/i;
const tableTag = /<\/?(?:caption|s|c|fn)>/gi;

/**
 * Cut a page's lines into raw blocks: blank lines and separator rules end a block; `<TABLE>` blocks stay whole.
 * @param page one physical page
 * @returns its blocks in order
 */
export function pageBlocks(page: TextPage): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: SourceLine[] = [];
  let inTable = false;
  const flush = (table: boolean): void => {
    if (current.length > 0) blocks.push({ lines: current, pages: current.map(() => page.info.number), table });
    current = [];
  };
  for (const line of page.lines) {
    const opens: boolean = !inTable && tableOpen.test(line.text);
    const closes: boolean = inTable && tableClose.test(line.text);
    if (opens || closes) flush(closes);
    if (opens || closes) inTable = opens;
    else if (inTable) current.push(stripTableTag(line));
    else if (line.text.trim() === '' || separator.test(line.text)) flush(false);
    else current.push(line);
  }
  flush(inTable);
  return blocks;
}

// SGML column markers (<S>, <C>, <CAPTION>) become spaces so the columns stay where they were.
function stripTableTag(line: SourceLine): SourceLine {
  return { ...line, text: line.text.replace(tableTag, (tag) => ' '.repeat(tag.length)) };
}

/** What a raw block is, and for a heading its kind and number. */
export type BlockClass = { type: 'paragraph' } | { type: 'table' } | { type: 'heading'; kind: HeadingKind; number: string | null };

const terminal = /[.:;,!?]["'\u201d\u2019)\]]*$/;
const hasLower = /[a-z]/;
const letters = /[A-Za-z]/g;
// Stops at the 25th word instead of listing every word of a long paragraph.
const moreThan24Words = /^\s*(?:\S+\s+){24}\S/;

/**
 * Classify a raw block as a heading (and which kind), a paragraph or a table, from its layout and case.
 * @param block the raw block
 * @returns its class
 */
export function classifyBlock(block: RawBlock): BlockClass {
  if (block.table) return { type: 'table' };
  const text = block.lines.map((l) => l.text.trim()).join(' ');
  const caps = !hasLower.test(text) && (text.match(letters)?.length ?? 0) >= 3;
  const numbered = headingNumber(text, caps);
  if (numbered) return numbered;
  if (block.lines.length > 3 || moreThan24Words.test(text)) return { type: 'paragraph' };
  if (caps) return capsHeading(block, text);
  if (block.lines.length <= 2 && !terminal.test(text) && indentOf(block) < 5) return heading('caption', null);
  return { type: 'paragraph' };
}

function headingNumber(text: string, caps: boolean): BlockClass | null {
  // "ITEM 4.  TERMS OF THE TRANSACTION." is a heading; "Item 4 of the Schedule TO is hereby amended ..." is not.
  const item = /^ITEM\s+(\d+[A-Z]?)(?:\.|:|\s*$)/i.exec(text);
  if (item && (caps || text.length < 80)) return heading('section', `Item ${item[1]}`);
  const question = /^Q(\d+)\.\s/.exec(text);
  if (question && (caps || /\?["']?$/.test(text)) && text.length < 300) return heading('question', `Q${question[1]}`);
  const section = /^(\d{1,2})\.\s+\S/.exec(text);
  if (section && caps && text.length < 240) return heading('section', section[1] ?? null);
  return null;
}

function capsHeading(block: RawBlock, text: string): BlockClass {
  const words = text.match(/\S+/g)?.length ?? 0;
  if (/\.$/.test(text) && words > 12) return { type: 'paragraph' };
  return heading(isCentred(block) ? 'part' : 'caption', null);
}

/**
 * Whether a block's lines are centred on the page (EDGAR text centres titles by padding with spaces).
 * @param block the raw block
 * @returns true when every line's left margin is about its right margin on a 78-column page
 */
export function isCentred(block: RawBlock): boolean {
  return block.lines.every((line) => {
    const text = line.text.trim();
    const left = line.text.length - line.text.trimStart().length;
    const right = Math.max(0, 78 - left - text.length);
    return left >= 8 && Math.abs(left - right) <= Math.max(8, left * 0.4);
  });
}

function heading(kind: HeadingKind, number: string | null): BlockClass {
  return { type: 'heading', kind, number };
}

/**
 * Leading spaces of a block's first line.
 * @param block the raw block
 * @returns the indent in columns
 */
export function indentOf(block: RawBlock): number {
  const first = block.lines[0]?.text ?? '';
  return first.length - first.trimStart().length;
}

/**
 * Whether the last block of one page runs on into the first block of the next (a paragraph broken by the page).
 * A lowercase start always continues; otherwise the earlier part must end without terminal punctuation, the
 * later part must not be a heading, a numbered paragraph ("2. Item 4 ...", "(b) The ...") nor open with a deeper
 * first-line indent, and the earlier part must not read as a heading itself.
 * @param last the last block of the earlier page
 * @param next the first block of the later page
 * @returns true when they are one paragraph
 */
export function continuesAcrossPage(last: RawBlock, next: RawBlock): boolean {
  if (last.table || next.table) return false;
  const lastText = last.lines.map((l) => l.text.trim()).join(' ');
  if (/^[a-z]/.test(next.lines[0]?.text.trim() ?? '')) return true;
  if (terminal.test(lastText) || startsAnew(next) || numberedStart.test(next.lines[0]?.text.trim() ?? '')) return false;
  if (indentOf(next) > lineIndent(last.lines[last.lines.length - 1]?.text ?? '')) return false;
  return classifyBlock(last).type !== 'heading';
}

// A paragraph number and a capital open a new paragraph, whatever the earlier one ended with (a quotation closing
// without a period: `... under the Exchange Act of 1934"`).
const numberedStart = /^(?:\d{1,3}\.|\([a-z0-9]{1,4}\))\s+["“]?[A-Z]/;

// A heading on the next page starts anew, except a short all-caps line that ends a sentence ("IRS."): that is the
// tail of the broken sentence, not a caption.
function startsAnew(next: RawBlock): boolean {
  const kind = classifyBlock(next);
  if (kind.type !== 'heading') return false;
  const text = next.lines.map((l) => l.text.trim()).join(' ');
  return !(kind.kind === 'caption' && next.lines.length === 1 && /[.?!]["')\]]*$/.test(text) && text.split(/\s+/).length <= 4);
}

function lineIndent(text: string): number {
  return text.length - text.trimStart().length;
}
