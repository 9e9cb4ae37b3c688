import type { VFile } from 'vfile';
import { heading, root, table } from '../../core/nodes.js';
import { buildParagraph } from '../paragraph.js';
import { type PageEvent, buildPages, isPageLabel, pageIndexAt, pageLookup } from './pages.js';
import { type Token, tokenPieces, tokensText } from './tokens.js';
import { pointLookup } from '../../core/points.js';
import type { Block, DocumentFormat, HeadingKind, PageInfo, Point, Root } from '../../types.js';

/** A block found in a markdown or HTML file, before it becomes a node. */
export type RawBlock =
  | {
      type: 'paragraph';
      tokens: Token[];
      /** Tokens of a bold run-in heading opening it; 0 to look for an all-caps one instead. */
      runIn: number;
    }
  | { type: 'heading'; tokens: Token[]; kind: HeadingKind; number: string | null }
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
export function classifyTokens(tokens: Token[], hints: BlockHints): RawBlock | PageEvent {
  const text = tokensText(tokens);
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  if (hints.depth === null && isPageLabel(text)) return { type: 'foot', offset: first.start, end: last.end, label: text };
  const bold = tokens.findIndex((token) => !token.bold);
  const title = titleClass(text, hints, bold === -1 && tokens.length <= 30);
  // "<b>Item 9. Exhibits.</b> The exhibits are ...": an Item whose bold title is run in at a paragraph's start,
  // not a heading ("<b>Item 4.</b> Terms of the Transaction." stays one).
  const runInItem = bold > 0 && hints.depth === null && title?.number?.startsWith('Item ') === true && /^item\s+\d+[a-z]?\.\s+\S/i.test(tokensText(tokens.slice(0, bold)));
  if (title && !runInItem) return { type: 'heading', tokens, ...title };
  return { type: 'paragraph', tokens, runIn: bold > 0 ? bold : 0 };
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
  const caps = !/[a-z]/.test(text) && (text.match(/[A-Z]/g)?.length ?? 0) >= 3;
  const numbered = numberedTitle(text, caps || hints.depth !== null || bold);
  if (hints.depth !== null) return numbered ?? { kind: hints.depth <= 2 ? 'part' : 'caption', number: null };
  if (bold) return numbered ?? { kind: caps && hints.centred !== false ? 'part' : 'caption', number: null };
  if (numbered) return numbered;
  const words = text.split(' ').length;
  if (!caps || words > 24 || (words > 12 && text.endsWith('.'))) return null;
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
export function assembleBlocks(raws: RawBlock[], context: AssemblyContext): Block[] {
  return joinAcrossPages(raws, context.pages)
    .map((raw) => toNode(raw, context))
    .filter((node): node is Block => node !== null);
}

const terminal = /[.:;!?]["'\u201d\u2019)\]]*$/;

function joinAcrossPages(raws: RawBlock[], pages: PageInfo[]): RawBlock[] {
  const starts = pages.map((page) => page.position.start.offset);
  const out: RawBlock[] = [];
  for (const raw of raws) {
    const last = out[out.length - 1];
    const after = raw.type === 'heading' && isSentenceTail(raw.tokens) ? { ...raw, type: 'paragraph' as const, runIn: 0 } : raw;
    if (last?.type === 'paragraph' && after.type === 'paragraph' && continues(last, after, starts)) {
      out[out.length - 1] = { ...last, tokens: [...last.tokens, ...after.tokens] };
    } else out.push(raw);
  }
  return out;
}

// A short line in capitals that ends a sentence ("IRS.") at the top of a page: the tail of the sentence the page
// before broke off, as the text reader reads it, should that sentence be open.
function isSentenceTail(tokens: Token[]): boolean {
  const text = tokensText(tokens).trim();
  return /[.?!]["')\]]*$/.test(text) && text.split(/\s+/).length <= 4 && text === text.toUpperCase();
}

// One paragraph when a page break falls between them, the second opens without a run-in heading, and the second
// starts in lower case, or the first stops mid-sentence (unless it is a caption and the second is prose).
function continues(before: RawBlock & { type: 'paragraph' }, after: RawBlock & { type: 'paragraph' }, starts: number[]): boolean {
  const end = before.tokens[before.tokens.length - 1];
  const start = after.tokens[0];
  if (!end || !start || after.runIn > 0) return false;
  if (pageIndexAt(starts, end.start) === pageIndexAt(starts, start.start)) return false;
  if (/^[a-z]/.test(start.text)) return true;
  if (terminal.test(end.text)) return false;
  // A caption broken by the page goes on in title case; prose after a whole caption is a paragraph of its own.
  return !isCaptionLine(before.tokens) || isCaptionLine(after.tokens);
}

// Words a caption keeps in lower case ("Consequences for Employees who are Tax Residents in Germany").
const captionSmallWords = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'by', 'for', 'from', 'in', 'is', 'of', 'on', 'or', 'the', 'to', 'under', 'who', 'with']);

// A short line in title case (a caption in quoted new text, "Germany: Material Tax Consequences ..."): what follows
// it on the next page in capitals is a paragraph of its own, as the text reader tells by its deeper indent.
function isCaptionLine(tokens: Token[]): boolean {
  const words = tokensText(tokens).replace(/["“”]/g, '').split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  if (words.length === 0 || words.length > 16) return false;
  return words.every((w) => /^[A-Z0-9(]/.test(w) || captionSmallWords.has(w.toLowerCase()));
}

const builders: { [K in RawBlock['type']]: (raw: RawBlock & { type: K }, context: AssemblyContext) => Block | null } = {
  paragraph: (raw, context) => {
    const runIn = raw.runIn > 0 ? { length: tokensText(raw.tokens.slice(0, raw.runIn)).length } : 'caps';
    return buildParagraph(tokenPieces(raw.tokens, context.pointAt), { pageOf: context.pageOf, runIn });
  },
  heading: (raw, context) => {
    const start = (raw.tokens[0] as Token).start;
    const position = { start: context.pointAt(start), end: context.pointAt((raw.tokens[raw.tokens.length - 1] as Token).end) };
    return heading(tokensText(raw.tokens), raw.kind, { number: raw.number, page: context.pageOf(start), position });
  },
  table: (raw, context) => {
    const position = { start: context.pointAt(raw.start), end: context.pointAt(raw.end) };
    return table(raw.value, { page: context.pageOf(raw.start), position });
  },
};

function toNode(raw: RawBlock, context: AssemblyContext): Block | null {
  const build = builders[raw.type] as (raw: RawBlock, context: AssemblyContext) => Block | null;
  return build(raw, context);
}

/**
 * The source offset where a raw block starts.
 * @param raw the raw block
 * @returns its start offset
 */
export function rawStart(raw: RawBlock): number {
  return raw.type === 'table' ? raw.start : (raw.tokens[0]?.start ?? 0);
}

/** Raw blocks and page events found in a file, in source order. */
export interface Found {
  raws: RawBlock[];
  events: PageEvent[];
}

/**
 * Add a classified block to what was found: a page number goes to the events, anything else to the blocks.
 * @param found the blocks and events so far
 * @param block the raw block or page event
 */
export function addFound(found: Found, block: RawBlock | PageEvent): void {
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
