import type { Element, Root, RootContent } from 'hast';
import { type Found, addFound, classifyWords } from '../markup/blocks.js';
import { pageMarkers } from '../markup/pages.js';
import { type WordSink, addBoundary, addText, createSink, finishWords } from '../markup/words.js';
import { isListTable, isProseTable } from './list-tables.js';
import { bodyFontSize, fontSizeOf, isEmphasis } from './styles.js';
import { type HtmlTable, currentCell, finishTable, isLayoutTable, openCell, startCell, startRow } from './tables.js';

/** The walk's state: what was found, the block being filled, and the styles open around it. */
interface WalkState extends Found {
  source: string;
  block: { sink: WordSink; centred: boolean; depth: number | null } | null;
  bold: number;
  /** How many elements setting words apart otherwise (italics, underline, small capitals) are open. */
  emphasis: number;
  /** Type sizes set by the open elements, innermost last, and the body's size. */
  sizes: number[];
  body: number | null;
  centred: number;
  heading: number | null;
  table: HtmlTable | null;
  /** How many list tables (a mark and its item in two cells) are open: their cells join, their rows part. */
  lists: number;
}

/** What to undo when leaving an element. */
interface Exit {
  element: Element;
  bold: boolean;
  emphasis: boolean;
  /** The type size the element set, in points, or null. */
  fontSize: number | null;
  centred: boolean;
  block: boolean;
  heading: boolean;
  table: 'outer' | 'nested' | null;
  list: boolean;
  /** An inline element set apart by its width or left padding: the words on either side do not touch. */
  gap: boolean;
}

type Entry = { node: Root | RootContent } | { exit: Exit };

const blockTags = new Set([
  'p', 'div', 'center', 'blockquote', 'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'address',
  'li', 'ul', 'ol', 'dl', 'dd', 'dt', 'pre', 'form', 'fieldset', 'figure', 'body', 'html', 'tr', 'td', 'th', 'caption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'table',
]);
const skippedTags = new Set(['head', 'script', 'style', 'title', 'template', 'noscript', 'svg', 'math']);
const pageBreakBefore = /(?:page-break-before|break-before)\s*:\s*(?:always|page)/i;
const pageBreakAfter = /(?:page-break-after|break-after)\s*:\s*(?:always|page)/i;
// A span that holds a hanging indent's mark (`<span style="display:inline-block;width:18pt">(a)</span>text`) or
// pads the words after it shows a gap where the source has none.
const gapStyle = /display\s*:\s*inline-block|(?:^|[;\s])(?:min-)?width\s*:\s*[\d.]*[1-9]|(?:padding|margin)-left\s*:\s*[\d.]*[1-9]/i;

/** Reads one node; pushes what is still to read onto the stack (last first). */
type Visitor = (node: Root | RootContent, state: WalkState, stack: Entry[]) => void;

const pushChildren = (node: Root | Element, stack: Entry[]): void => {
  for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as RootContent });
};

const visitors: Partial<Record<(Root | RootContent)['type'], Visitor>> = {
  root: (node, _state, stack) => {
    if (node.type === 'root') pushChildren(node, stack);
  },
  element: (node, state, stack) => {
    const exit = node.type === 'element' ? enter(node, state) : null;
    if (node.type !== 'element' || !exit) return;
    stack.push({ exit });
    pushChildren(node, stack);
  },
  text: (node, state) => {
    if (node.type === 'text') addHtmlText(node.value, node.position?.start.offset, state);
  },
  // The markdown builder's page marker works here too: `<!-- page: 7 -->` starts printed page 7.
  comment: (node, state) => {
    if (node.type !== 'comment') return;
    const offset = node.position?.start.offset;
    const markers = offset === undefined ? [] : pageMarkers(`<!--${node.value}-->`, offset);
    if (markers.length > 0) flush(state);
    state.events.push(...markers);
  },
};

/**
 * Walk a hast tree in document order with an explicit stack (no recursion, so any depth is safe),
 * collecting blocks of text, tables and page events.
 * @param tree the hast root
 * @param source the HTML source the tree's positions point into
 * @returns the raw blocks and page events in source order
 */
export function walkHtml(tree: Root, source: string): Found {
  const styles = { emphasis: 0, sizes: [], body: bodyFontSize(tree) };
  const state: WalkState = { source, raws: [], events: [], block: null, bold: 0, ...styles, centred: 0, heading: null, table: null, lists: 0 };
  const stack: Entry[] = [{ node: tree }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    if ('exit' in entry) leave(entry.exit, state);
    else visitors[entry.node.type]?.(entry.node, state, stack);
  }
  flush(state);
  return { raws: state.raws, events: state.events };
}

const startOf = (element: Element): number => element.position?.start.offset ?? 0;
const endOf = (element: Element): number => element.position?.end.offset ?? startOf(element);

function enter(element: Element, state: WalkState): Exit | null {
  const tag = element.tagName;
  const style = String(element.properties.style ?? '');
  if (skippedTags.has(tag) || /display\s*:\s*none/i.test(style)) return null;
  if (startsPage(element, style)) breakPage(startOf(element), state);
  if (tag === 'br') endWord(state);
  const exit: Exit = { element, ...enterStructure(element, state), ...stylesOf(element, style) };
  if (exit.gap) endWord(state);
  openStyles(exit, state);
  return exit;
}

// Some EDGAR HTML keeps the text filing's `<PAGE>` tags; generators break before an element by its style, after a
// rule by its style, or mark the break with a class (`BRPFPageBreak`, `pagebreak`, `page-break`).
function startsPage(element: Element, style: string): boolean {
  const tag = element.tagName;
  const classes = ([] as unknown[]).concat(element.properties.className ?? []).map(String);
  if (classes.some((name) => /^(?:brpf)?page-?break$/i.test(name))) return true;
  return tag === 'page' || pageBreakBefore.test(style) || (tag === 'hr' && pageBreakAfter.test(style));
}

// Tables, list items and blocks: what the element opens, and whether it ends the block being filled.
function enterStructure(element: Element, state: WalkState): Pick<Exit, 'block' | 'table' | 'list'> {
  const tag = element.tagName;
  const list = tag === 'table' && !state.table && isListTable(element);
  const table = list ? null : enterTable(element, state);
  // In a list table the mark's cell and the item's cell are one paragraph: a cell, or a <p> or <div> inside one, only
  // ends a word; a row ends the item.
  const inItem = state.lists > 0 && !state.table && blockTags.has(tag) && tag !== 'tr' && tag !== 'table';
  if (inItem) endWord(state);
  const block = blockTags.has(tag) && table !== 'outer' && !inItem;
  if (block) boundary(state);
  if (list) state.lists++;
  return { block, table, list };
}

function stylesOf(element: Element, style: string): Omit<Exit, 'element' | 'block' | 'table' | 'list'> {
  const tag = element.tagName;
  return {
    bold: isBold(tag, style),
    emphasis: isEmphasis(tag, style),
    fontSize: fontSizeOf(element),
    centred: isCentred(element, style),
    heading: /^h[1-6]$/.test(tag),
    gap: !blockTags.has(tag) && gapStyle.test(style),
  };
}

function openStyles(exit: Exit, state: WalkState): void {
  if (exit.fontSize !== null) state.sizes.push(exit.fontSize);
  if (exit.emphasis) state.emphasis++;
  if (exit.bold) state.bold++;
  if (exit.centred) state.centred++;
  if (exit.heading) state.heading = Number(exit.element.tagName.slice(1));
}

function leave(exit: Exit, state: WalkState): void {
  if (exit.block) boundary(state);
  if (exit.gap) endWord(state);
  if (exit.bold) state.bold--;
  if (exit.emphasis) state.emphasis--;
  if (exit.fontSize !== null) state.sizes.pop();
  if (exit.centred) state.centred--;
  if (exit.heading) state.heading = null;
  if (exit.list) state.lists--;
  if (exit.table === 'nested' && state.table) state.table.nested--;
  if (exit.table === 'outer' && state.table) {
    const raw = finishTable(state.table);
    if (raw) state.raws.push(raw);
    state.table = null;
  }
  const { element } = exit;
  if (element.tagName !== 'hr' && pageBreakAfter.test(String(element.properties.style ?? ''))) breakPage(endOf(element), state);
}

// Tables: an outer data table collects cells; a table inside one is text of its cell; a layout table (one cell of
// text at most, or prose beside a side caption) is read like any other container.
function enterTable(element: Element, state: WalkState): Exit['table'] {
  const tag = element.tagName;
  if (state.table) {
    if (tag === 'table') state.table.nested++;
    else if (state.table.nested === 0 && tag === 'tr') startRow(state.table);
    else if (state.table.nested === 0 && (tag === 'td' || tag === 'th')) startCell(state.table);
    return tag === 'table' ? 'nested' : null;
  }
  if (tag !== 'table' || isLayoutTable(element) || isProseTable(element)) return null;
  flush(state);
  state.table = { start: startOf(element), end: endOf(element), rows: [], nested: 0 };
  return 'outer';
}

function isBold(tag: string, style: string): boolean {
  return tag === 'b' || tag === 'strong' || /font-weight\s*:\s*(?:bold|bolder|[6-9]00)/i.test(style);
}

function isCentred(element: Element, style: string): boolean {
  return element.tagName === 'center' || String(element.properties.align ?? '').toLowerCase() === 'center' || /text-align\s*:\s*center/i.test(style);
}

// Italics, underline, small capitals, or type larger than the body's.
function isSetApart(state: WalkState): boolean {
  const size = state.sizes[state.sizes.length - 1];
  return state.emphasis > 0 || (size !== undefined && state.body !== null && size > state.body + 0.5);
}

function currentSink(state: WalkState): WordSink | null {
  if (state.table) return currentCell(state.table);
  return state.block?.sink ?? null;
}

function addHtmlText(value: string, offset: number | undefined, state: WalkState): void {
  if (offset === undefined) return;
  let sink = currentSink(state);
  if (!sink && /^\s*$/.test(value)) return;
  if (!sink) {
    state.block = { sink: createSink(), centred: state.centred > 0, depth: state.heading };
    sink = state.block.sink;
  }
  addText(sink, { value, offset, bold: state.bold > 0, emphasis: isSetApart(state), markdown: false }, state.source);
}

// A block element ends the block being filled, or, inside a table cell, the word.
function boundary(state: WalkState): void {
  if (state.table) endWord(state);
  else flush(state);
}

function endWord(state: WalkState): void {
  const sink = state.table ? openCell(state.table) : (state.block?.sink ?? null);
  if (sink) addBoundary(sink);
}

function breakPage(offset: number, state: WalkState): void {
  flush(state);
  state.events.push({ type: 'break', offset });
}

function flush(state: WalkState): void {
  const block = state.block;
  state.block = null;
  const tokens = block ? finishWords(block.sink) : [];
  if (block && tokens.length > 0) addFound(state, classifyWords(tokens, { depth: block.depth, centred: block.centred }));
}
