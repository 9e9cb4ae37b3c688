import type { VFile } from 'vfile';
import { heading, root, table } from '../../core/nodes.js';
import { buildParagraph } from '../paragraph.js';
import { type PageEvent, buildPages, isPageLabel, pageIndexAt, pageLookup } from './pages.js';
import { type Word, wordPieces, wordsText } from './words.js';
import { pointLookup } from '../../core/points.js';
import { isCaption, isCapitals } from '../../lexicon/captions.js';
import { type PageSide, continuesAcrossPage } from '../../lexicon/page-join.js';
import type { Block, DocumentFormat, HeadingKind, PageInfo, Point, Root } from '../../types.js';

/** A block found in a markdown or HTML file, before it becomes a node. */
export type MarkupBlock =
  | {
      type: 'paragraph';
      tokens: Word[];
      /** Tokens of a bold run-in heading opening it; 0 to look for an all-caps one instead. */
      runIn: number;
    }
  | { type: 'heading'; tokens: Word[]; kind: HeadingKind; number: string | null }
  | { type: 'table'; value: string; start: number; end: number };

/** What the markup says about a block of text. */
export interface BlockHints {
  /** Depth of a markup heading (`#`, `<h2>`), or null for other blocks. */
  depth: number | null;
  /** Whether the block is centred; null where the format cannot say (markdown). */
  centred: boolean | null;
}

/** A heading's kind and number. */
export interface TitleClass {
  kind: HeadingKind;
  number: string | null;
}

// A plain block is an Item heading only with punctuation after the number: `Item 4 of the Schedule TO is ...` is not.
const item = /^item\s+(\d+[A-Z]?)(?:[.:\u2014\u2013-]|\s*$)/i;
const markedItem = /^item\s+(\d+[A-Z]?)\b/i;
const question = /^Q(\d+)\.?\s/;
const section = /^(?:section\s+)?(\d{1,2})\.\s+\S/i;

/**
 * Classify a block of text as a page number, heading or paragraph from its text and markup.
 * @param tokens the block's tokens (non-empty)
 * @param hints markup depth and centring
 * @returns a raw block, or a page event for a printed page number
 */
export function classifyWords(tokens: Word[], hints: BlockHints): MarkupBlock | PageEvent {
  const text = wordsText(tokens);
  const first = tokens[0] as Word;
  const last = tokens[tokens.length - 1] as Word;
  if (hints.depth === null && isPageLabel(text)) return { type: 'foot', offset: first.start, end: last.end, label: text };
  const bold = tokens.findIndex((token) => !token.bold);
  const plain = tokens.findIndex((token) => !token.bold && token.emphasis !== true);
  const title = titleClass(text, hints, bold === -1 && tokens.length <= 30) ?? (plain === -1 ? styledTitle(text, hints) : null);
  // "<b>Item 9. Exhibits.</b> The exhibits are ...": an Item whose bold title is run in at a paragraph's start,
  // not a heading ("<b>Item 4.</b> Terms of the Transaction." stays one).
  const runInItem = bold > 0 && hints.depth === null && title?.number?.startsWith('Item ') === true && /^item\s+\d+[a-z]?\.\s+\S/i.test(wordsText(tokens.slice(0, bold)));
  if (title && !runInItem) return { type: 'heading', tokens, ...title };
  return { type: 'paragraph', tokens, runIn: bold > 0 ? bold : styledRunIn(tokens, plain) };
}

// A block set apart by italics, underline, small capitals or larger type alone is a caption when it reads as one.
function styledTitle(text: string, hints: BlockHints): TitleClass | null {
  if (!isCaption(text, 'block')) return null;
  return { kind: isCapitals(text) && hints.centred === true ? 'part' : 'caption', number: null };
}

// Words set apart in italics (or underline) that open a paragraph and end with a period, a colon or a dash: a run-in
// heading, as a bold one is ("Withdrawal Rights. You may ...").
function styledRunIn(tokens: Word[], plain: number): number {
  const last = tokens[plain - 1];
  return plain > 0 && last !== undefined && /[.:\u2013\u2014]$/.test(last.text) ? plain : 0;
}

/**
 * Classify a block's text as a heading, if it is one: markup headings always are, bold blocks of
 * up to 30 words are, and plain blocks are when short and numbered (`Item 4.`, `Q23. ...?`, `5. TITLE`) or all caps.
 * @param text the block's text
 * @param hints markup depth and centring
 * @param bold whether the whole block is a short bold run
 * @returns the heading's kind and number, or null for a paragraph
 */
export function titleClass(text: string, hints: BlockHints, bold: boolean): TitleClass | null {
  const caps = isCapitals(text);
  const numbered = numberedTitle(text, caps || hints.depth !== null || bold);
  if (hints.depth !== null) return numbered ?? { kind: hints.depth <= 2 ? 'part' : 'caption', number: null };
  if (bold) return numbered ?? { kind: caps && hints.centred !== false ? 'part' : 'caption', number: null };
  if (numbered) return numbered;
  if (!caps || !isCaption(text, 'block')) return null;
  return { kind: hints.centred === false ? 'caption' : 'part', number: null };
}

// `Item 4.` and `Q23. ...?` are headings by their number; `5. TITLE` only in caps or markup.
function numberedTitle(text: string, marked: boolean): TitleClass | null {
  const itemMatch = (marked ? markedItem : item).exec(text);
  if (itemMatch && (marked || text.length <= 120)) return { kind: 'section', number: `Item ${itemMatch[1]}` };
  const questionMatch = question.exec(text);
  if (questionMatch && (marked || (text.length <= 300 && /\?["'\u201d]?$/.test(text)))) {
    return { kind: 'question', number: `Q${questionMatch[1]}` };
  }
  const sectionMatch = section.exec(text);
  if (sectionMatch && marked && text.length <= 240) return { kind: 'section', number: sectionMatch[1] ?? null };
  return null;
}

/** Where `assembleBlocks` looks up pages and points. */
export interface AssemblyContext {
  pages: PageInfo[];
  pageOf: (offset: number) => number | null;
  pointAt: (offset: number) => Point;
}

/**
 * Turn raw blocks into tree blocks, joining a paragraph that a page break cut in two.
 * @param raws the raw blocks in order
 * @param context the pages and lookups
 * @returns the blocks
 */
export function assembleBlocks(raws: MarkupBlock[], context: AssemblyContext): Block[] {
  return joinAcrossPages(raws, context.pages)
    .map((raw) => toNode(raw, context))
    .filter((node): node is Block => node !== null);
}

// One paragraph when a page break falls between them and the one page-join rule says the first goes on; markup
// cannot tell a caption set as a plain paragraph from prose, so the words decide that.
function joinAcrossPages(raws: MarkupBlock[], pages: PageInfo[]): MarkupBlock[] {
  const starts = pages.map((page) => page.position.start.offset);
  const out: MarkupBlock[] = [];
  for (const raw of raws) {
    const last = out[out.length - 1];
    if (last?.type === 'paragraph' && raw.type !== 'table' && onNextPage(last, raw, starts) && continuesAcrossPage(pageSide(last), pageSide(raw))) {
      out[out.length - 1] = { ...last, tokens: [...last.tokens, ...raw.tokens] };
    } else out.push(raw);
  }
  return out;
}

function onNextPage(before: MarkupBlock & { type: 'paragraph' }, after: MarkupBlock & { type: 'paragraph' | 'heading' }, starts: number[]): boolean {
  const end = before.tokens[before.tokens.length - 1];
  const start = after.tokens[0];
  return end !== undefined && start !== undefined && pageIndexAt(starts, end.start) !== pageIndexAt(starts, start.start);
}

function pageSide(raw: MarkupBlock & { type: 'paragraph' | 'heading' }): PageSide {
  const text = wordsText(raw.tokens);
  if (raw.type === 'heading') return { text, heading: raw.kind };
  return { text, heading: 'unknown', opensAnew: raw.runIn > 0 };
}

const builders: { [K in MarkupBlock['type']]: (raw: MarkupBlock & { type: K }, context: AssemblyContext) => Block | null } = {
  paragraph: (raw, context) => {
    const runIn = raw.runIn > 0 ? { length: wordsText(raw.tokens.slice(0, raw.runIn)).length } : 'caps';
    return buildParagraph(wordPieces(raw.tokens, context.pointAt), { pageOf: context.pageOf, runIn });
  },
  heading: (raw, context) => {
    const start = (raw.tokens[0] as Word).start;
    const position = { start: context.pointAt(start), end: context.pointAt((raw.tokens[raw.tokens.length - 1] as Word).end) };
    return heading(wordsText(raw.tokens), raw.kind, { number: raw.number, page: context.pageOf(start), position });
  },
  table: (raw, context) => {
    const position = { start: context.pointAt(raw.start), end: context.pointAt(raw.end) };
    return table(raw.value, { page: context.pageOf(raw.start), position });
  },
};

function toNode(raw: MarkupBlock, context: AssemblyContext): Block | null {
  const build = builders[raw.type] as (raw: MarkupBlock, context: AssemblyContext) => Block | null;
  return build(raw, context);
}

/**
 * The source offset where a raw block starts.
 * @param raw the raw block
 * @returns its start offset
 */
export function rawStart(raw: MarkupBlock): number {
  return raw.type === 'table' ? raw.start : (raw.tokens[0]?.start ?? 0);
}

/** Raw blocks and page events found in a file, in source order. */
export interface Found {
  raws: MarkupBlock[];
  events: PageEvent[];
}

/**
 * Add a classified block to what was found: a page number goes to the events, anything else to the blocks.
 * @param found the blocks and events so far
 * @param block the raw block or page event
 */
export function addFound(found: Found, block: MarkupBlock | PageEvent): void {
  if (block.type === 'paragraph' || block.type === 'heading' || block.type === 'table') found.raws.push(block);
  else found.events.push(block);
}

/**
 * Finish a document: cut pages, join paragraphs across page breaks, build the nodes.
 * @param found the raw blocks and page events in source order
 * @param file the file they came from (page messages are reported on it)
 * @param format the source format
 * @returns the document root
 */
export function finishTree(found: Found, file: VFile, format: DocumentFormat): Root {
  const source = String(file.value);
  const pointAt = pointLookup(source);
  const contents = found.raws.map(rawStart);
  const pages = buildPages(found.events, { file, length: source.length, contents, pointAt });
  const children = assembleBlocks(found.raws, { pages, pageOf: pageLookup(pages), pointAt });
  return root(children, format, pages);
}
