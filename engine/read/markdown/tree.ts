import type { VFile } from 'vfile';
import { warn } from '../../core/diagnostics.js';
import { type Found, addFound, classifyWords, finishTree, rawStart } from '../markup/blocks.js';
import { type MdNode, type MdParse, inlineTokens, parseMarkdown, restoreMarkup } from './inline.js';
import { pageMarkers } from '../markup/pages.js';
import { type TabRun, inTabRun, splitByRuns, tabRuns, tabTable } from './tables.js';
import { type Word, addText, createSink, finishWords } from '../markup/words.js';
import { pointLookup } from '../../core/points.js';
import type { Root } from '../../types.js';

interface MarkdownState extends Found {
  source: string;
  /** The text remark parsed: `source` with markup stand-ins, at the same offsets. */
  parsed: string;
  /** Tables found from their lines (tab-separated or pipes): read as tables whatever markdown made of them. */
  runs: TabRun[];
}

/** A block waiting to be read, with the ordered-list number that opens it (`5.`), if any. */
interface Entry {
  node: MdNode;
  marker: Word | null;
}

/**
 * Build the document tree of a markdown file (typically a PDF conversion): headings of each kind,
 * paragraphs with bold run-in headings, list items as paragraphs, tables (tab-separated lines and pipe tables),
 * pages from `<!-- page: N -->` markers and stand-alone page numbers, converter debris cleaned.
 * @param file the file (its value is the markdown)
 * @returns the document
 */
export function buildMarkdownTree(file: VFile): Root {
  const source = String(file.value);
  const runs = tabRuns(source);
  const parse = parseOrWarn(file, source);
  const state: MarkdownState = { source, parsed: parse?.source ?? source, runs, raws: runs.map((run) => tabTable(source, run)), events: [] };
  if (parse) readBlocks(parse.tree.children, state);
  else readPlain(state);
  state.raws.sort((a, b) => rawStart(a) - rawStart(b));
  return finishTree(state, file, 'markdown');
}

// remark takes time quadratic in container depth (a 5,000-deep blockquote takes seconds, deeper ones
// overflow the stack), so a line opening 32 nested quotes or indented 256 columns is not parsed as markdown.
const tooDeep = /^(?:[ \t]{0,3}>){32}|^[ \t]{256}/m;

function parseOrWarn(file: VFile, source: string): MdParse | null {
  const deep = tooDeep.exec(source);
  try {
    if (!deep) return parseMarkdown(source);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  const reason = 'Expected markdown nested less than 32 levels deep, found deeper nesting; read as plain paragraphs';
  warn(file, reason, deep ? pointLookup(source)(deep.index) : { line: 1, column: 1 }, 'markdown-too-deep');
  return null;
}

// Blank-line-separated paragraphs without markup: the reading of last resort.
function readPlain(state: MarkdownState): void {
  for (const chunk of blankLineChunks(state.source)) {
    const sink = createSink();
    addText(sink, { value: state.source.slice(chunk.from, chunk.to), offset: chunk.from, bold: false, markdown: false }, state.source);
    addGroups(state, finishWords(sink), null);
  }
}

function blankLineChunks(source: string): Array<{ from: number; to: number }> {
  const chunks: Array<{ from: number; to: number }> = [];
  let chunk: { from: number; to: number } | null = null;
  for (let from = 0; from <= source.length; ) {
    const end = source.indexOf('\n', from) === -1 ? source.length : source.indexOf('\n', from);
    const blank = /^[ \t]*$/.test(source.slice(from, end));
    if (blank) chunk = null;
    else if (chunk) chunk.to = end;
    else chunks.push((chunk = { from, to: end }));
    from = end + 1;
  }
  return chunks;
}

// Classify a block's tokens outside the tab tables, each stretch between tables a block of its own.
function addGroups(state: MarkdownState, tokens: Word[], depth: number | null): void {
  for (const group of splitByRuns(tokens, state.runs)) addFound(state, classifyWords(group, { depth, centred: null }));
}

function readBlocks(nodes: MdNode[], state: MarkdownState): void {
  const stack: Entry[] = [...nodes].reverse().map((node) => ({ node, marker: null }));
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const children = blockHandlers[entry.node.type]?.(entry, state) ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Entry);
  }
}

/** Reads one block; returns the child blocks still to read, in order. */
type BlockHandler = (entry: Entry, state: MarkdownState) => Entry[] | void;

const offsetOf = (node: MdNode): number => node.position?.start.offset ?? 0;
const endOf = (node: MdNode): number => node.position?.end.offset ?? offsetOf(node);
const childEntries = (node: MdNode): Entry[] =>
  'children' in node ? node.children.map((child) => ({ node: child as MdNode, marker: null })) : [];

const blockHandlers: Partial<Record<MdNode['type'], BlockHandler>> = {
  paragraph: readParagraph,
  heading: ({ node }, state) => {
    if (node.type !== 'heading') return;
    addGroups(state, inlineTokens(node.children, state.parsed, state.events), node.depth);
  },
  list: ({ node }, state) => (node.type === 'list' ? node.children.map((item) => listEntry(item, node, state)) : []),
  listItem: ({ node, marker }) => childEntries(node).map((child, i) => (i === 0 ? { ...child, marker } : child)),
  blockquote: ({ node }) => childEntries(node),
  footnoteDefinition: ({ node }) => childEntries(node),
  code: ({ node }, state) => {
    if (node.type === 'code' && node.value.trim() !== '' && !inTabRun(state.runs, offsetOf(node), endOf(node))) {
      state.raws.push({ type: 'table', value: restoreMarkup(node.value), start: offsetOf(node), end: endOf(node) });
    }
  },
  html: ({ node }, state) => {
    if (node.type === 'html') state.events.push(...pageMarkers(node.value, offsetOf(node)));
  },
};

// An ordered item's number ("5.", as the source writes it) opens its first paragraph.
function listEntry(item: MdNode, list: MdNode & { type: 'list' }, state: MarkdownState): Entry {
  const first = 'children' in item ? (item.children[0] as MdNode | undefined) : undefined;
  if (!list.ordered || first?.type !== 'paragraph') return { node: item, marker: null };
  const start = offsetOf(item);
  const text = state.source.slice(start, offsetOf(first)).trim();
  return { node: item, marker: text === '' ? null : { text, start, end: start + text.length, bold: false } };
}

function readParagraph({ node, marker }: Entry, state: MarkdownState): void {
  if (node.type !== 'paragraph') return;
  const words = inlineTokens(node.children, state.parsed, state.events);
  addGroups(state, marker ? [marker, ...words] : words, null);
}
