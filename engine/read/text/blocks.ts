import { isCaption, isCapitals } from '../../lexicon/captions.js';
import { continuesAcrossPage } from '../../lexicon/page-join.js';
import type { HeadingKind } from '../../types.js';
import type { SourceLine, TextPage } from './pages.js';

/** A run of non-blank lines on one page (or a table), before it is classified. */
export interface LineBlock {
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
export function pageBlocks(page: TextPage): LineBlock[] {
  const blocks: LineBlock[] = [];
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

/**
 * Classify a raw block as a heading (and which kind), a paragraph or a table, from its layout and case.
 * @param block the raw block
 * @returns its class
 */
export function classifyBlock(block: LineBlock): BlockClass {
  if (block.table) return { type: 'table' };
  const text = blockText(block);
  const numbered = headingNumber(text, isCapitals(text));
  if (numbered) return numbered;
  if (block.lines.length > 3 || !isCaption(text, 'block')) return { type: 'paragraph' };
  if (isCapitals(text)) return heading(isCentred(block) ? 'part' : 'caption', null);
  if (block.lines.length <= 2 && indentOf(block) < 5) return heading('caption', null);
  return { type: 'paragraph' };
}

const blockText = (block: LineBlock): string => block.lines.map((l) => l.text.trim()).join(' ');

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

/**
 * Whether a block's lines are centred on the page (EDGAR text centres titles by padding with spaces).
 * @param block the raw block
 * @returns true when every line's left margin is about its right margin on a 78-column page
 */
export function isCentred(block: LineBlock): boolean {
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
export function indentOf(block: LineBlock): number {
  const first = block.lines[0]?.text ?? '';
  return first.length - first.trimStart().length;
}

/**
 * Whether the last block of one page runs on into the first block of the next (a paragraph broken by the page), by
 * the one page-join rule; the text's layout says which blocks are headings and whether the later one opens with a
 * deeper first-line indent.
 * @param last the last block of the earlier page
 * @param next the first block of the later page
 * @returns true when they are one paragraph
 */
export function joinsAcrossPage(last: LineBlock, next: LineBlock): boolean {
  if (last.table || next.table) return false;
  const lastLine = last.lines[last.lines.length - 1]?.text ?? '';
  const opensAnew = indentOf(next) > lastLine.length - lastLine.trimStart().length;
  return continuesAcrossPage({ text: blockText(last), heading: headingKind(last) }, { text: blockText(next), heading: headingKind(next), opensAnew });
}

function headingKind(block: LineBlock): HeadingKind | null {
  const kind = classifyBlock(block);
  return kind.type === 'heading' ? kind.kind : null;
}
