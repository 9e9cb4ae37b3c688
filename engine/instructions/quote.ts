import type { VFile } from 'vfile';
import { error } from '../core/diagnostics.js';
import { blockText } from '../core/nodes.js';
import type { Block, SourcePoint } from '../types.js';

/** New text read from the blocks after an instruction, and how many blocks it took. */
export interface NewText {
  /** Blocks joined by a blank line ("\n\n"); outer quotes stripped, inner quotes kept. Null when none was found. */
  text: string | null;
  consumed: number;
}

/** Decides whether a block ends a run of new text (an Item heading, the next instruction, the signature). */
export type Boundary = (block: Block) => boolean;

const openers = /^["“]/;
// A block holding only a printed page number ("7", "- 7 -", "ii") is page furniture, never new text.
const pageNumber = /^(?:-\s*)?(?:\d{1,3}|[ivxl]{1,6})(?:\s*-)?$/i;

function isFurniture(block: Block): boolean {
  return pageNumber.test(blockText(block).trim());
}

/** Quotation marks seen so far: straight quotes pair up, curly quotes nest. */
interface QuoteState {
  straight: number;
  curly: number;
}

function count(text: string, state: QuoteState): QuoteState {
  const occurrences = (re: RegExp): number => (text.match(re) ?? []).length;
  return { straight: state.straight + occurrences(/"/g), curly: state.curly + occurrences(/“/g) - occurrences(/”/g) };
}

function isClosed(state: QuoteState, text: string): boolean {
  return state.straight % 2 === 0 && state.curly <= 0 && /["”]\s*$/.test(text);
}

// Legal style opens each quoted paragraph with a quotation mark and closes only the last: a mark opening a later
// paragraph while the quotation is still open continues it, and is dropped.
function continued(text: string, state: QuoteState, later: boolean): string {
  const open = state.straight % 2 === 1 || state.curly > 0;
  return later && open && openers.test(text) ? text.slice(1) : text;
}

function startOf(block: Block | undefined): SourcePoint | undefined {
  const start = block?.position?.start;
  return start ? { line: start.line, column: start.column } : undefined;
}

function stripOuter(parts: string[], closed: boolean): string {
  const joined = parts.join('\n\n').trim().replace(openers, '');
  return (closed ? joined.replace(/["”]\s*$/, '') : joined).trim();
}

/**
 * Read a quotation that opens at `blocks[from]` and may run over several blocks (a heading and its paragraphs),
 * reporting `unclosed-quote` when a boundary or the end comes first.
 * @param file the filing, for the diagnostic
 * @param blocks the filing's blocks
 * @param from the block the quotation opens in
 * @param boundary what ends the search for the closing quote
 * @returns the quoted text without its outer quotes, and the blocks taken
 */
export function readQuotation(file: VFile, blocks: Block[], from: number, boundary: Boundary): NewText {
  const parts: string[] = [];
  let state: QuoteState = { straight: 0, curly: 0 };
  let index = from;
  for (; index < blocks.length; index++) {
    const block = blocks[index] as Block;
    if (index > from && boundary(block)) break;
    if (isFurniture(block)) continue;
    const text = continued(blockText(block).trim(), state, index > from);
    parts.push(text);
    state = count(text, state);
    if (isClosed(state, text)) return { text: stripOuter(parts, true), consumed: index - from + 1 };
  }
  error(file, 'Expected a closing quotation mark for the new text, found none before the next instruction or heading', startOf(blocks[from]), 'unclosed-quote');
  return { text: stripOuter(parts, false), consumed: index - from };
}

/**
 * Read unquoted new text: blocks up to the next heading or boundary (paragraphs "adding the following sentences:",
 * a table "amended in its entirety as follows:"). Page-number blocks are skipped.
 * @param blocks the filing's blocks
 * @param from the first block of the text
 * @param boundary what ends the text besides a heading
 * @returns the blocks' text joined by blank lines, and the blocks taken
 */
export function readUnquoted(blocks: Block[], from: number, boundary: Boundary): NewText {
  const parts: string[] = [];
  let index = from;
  for (; index < blocks.length; index++) {
    const block = blocks[index] as Block;
    if (block.type === 'heading' || boundary(block)) break;
    if (!isFurniture(block)) parts.push(block.type === 'paragraph' ? blockText(block) : block.value.replace(/[ \t]+$/gm, ''));
  }
  return { text: parts.length > 0 ? parts.join('\n\n') : null, consumed: index - from };
}

/**
 * Read the new text that follows an instruction: a quotation when the next block opens with a quote, else plain blocks.
 * @param file the filing, for diagnostics
 * @param blocks the filing's blocks
 * @param from the block after the instruction
 * @param boundary what ends the text
 * @returns the text and the blocks taken
 */
export function readNewText(file: VFile, blocks: Block[], from: number, boundary: Boundary): NewText {
  let first = from;
  while (blocks[first] && isFurniture(blocks[first] as Block)) first++;
  const block = blocks[first];
  if (!block || boundary(block)) return { text: null, consumed: 0 };
  const read = openers.test(blockText(block).trim()) ? readQuotation(file, blocks, first, boundary) : readUnquoted(blocks, first, boundary);
  return { text: read.text, consumed: read.consumed + (first - from) };
}
