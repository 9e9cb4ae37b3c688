import type { VFile } from 'vfile';
import { blockText } from '../core/nodes.js';
import { statedExtension } from '../filing/extension.js';
import { namedItem } from './build.js';
import { scanLocator } from './locator/scan.js';
import { filingContext, itemHeadingOf } from './context.js';
import { instructionSentences } from './sentences.js';
import { isInstructionSentence } from './verbs.js';
import type { Block, Filing, Instruction, OfferEvent, Root, SourcePoint } from '../types.js';

type Extension = Extract<OfferEvent, { kind: 'extend' }>;

const before = (a: SourcePoint, b: SourcePoint): boolean => a.line < b.line || (a.line === b.line && a.column < b.column);
const startOf = (block: Block): SourcePoint => ({ line: block.position?.start.line ?? 1, column: block.position?.start.column ?? 1 });

// The Item a statement sits under: the lead-in above it ("Items 1 through 9 and Item 11 ... are hereby amended and
// supplemented as follows:") where there is one since the last Item heading, else that heading.
function itemAt(blocks: Block[], at: SourcePoint): string | null {
  let item: string | null = null;
  for (const block of blocks) {
    if (!before(startOf(block), at)) break;
    const heading = itemHeadingOf(block);
    if (heading !== null) item = heading;
    const lead = instructionSentences(blockText(block)).find((s) => s.text.endsWith(':') && isInstructionSentence(s.text));
    if (heading === null && lead) item = namedItem(lead.tokens, scanLocator(lead.tokens)) ?? item;
  }
  return item;
}

function asInstruction(event: Extension, document: string | null, item: string | null): Instruction {
  const target = { document, item, pages: [], section: null, heading: null, paragraph: null, paragraphs: [], sentences: [], scope: 'document' as const, match: null };
  return { op: 'extend', target, position: null, text: null, plan: null, expiration: event.expiration, source: event.source };
}

/**
 * The filing's instructions with the extensions it states in prose ("Purchaser has extended the Expiration Time of the
 * Offer until ...") added as `extend` instructions of the offer document, in filing order. An extension an instruction
 * already gives (the same date) is not added again.
 * @param instructions the instructions read from the filing's amending sentences
 * @param filing the filing's metadata, with the events it states
 * @param tree the filing's tree
 * @param file the filing: a warning that a stated extension's sentence yields no instruction is taken back, as it does
 * @returns the instructions, stated extensions among them
 */
export function withStatedExtensions(instructions: Instruction[], filing: Filing | null, tree: Root, file?: VFile): Instruction[] {
  const given = new Set(instructions.filter((i) => i.op === 'extend').map((i) => i.expiration));
  const stated = (filing?.events ?? []).filter((e): e is Extension => e.kind === 'extend' && !given.has(e.expiration) && given.add(e.expiration) !== null);
  if (stated.length === 0) return instructions;
  const document = filingContext(tree).offerDocument;
  const added = stated.map((event) => asInstruction(event, document, itemAt(tree.children, event.source)));
  if (file) withdrawWarnings(file, added.map((i) => i.source));
  return [...instructions, ...added].sort((a, b) => a.source.line - b.source.line || a.source.column - b.source.column);
}

// The sentence reads as an amending one ("has extended") but names no place: it yields the extension, not nothing.
function withdrawWarnings(file: VFile, sources: SourcePoint[]): void {
  const at = (m: VFile['messages'][number]): boolean => sources.some((s) => s.line === m.line && s.column === m.column);
  file.messages = file.messages.filter((m) => !(m.ruleId === 'unparsed-instruction' && at(m)));
}

/**
 * Unquoted new text without the paragraphs that state an extension: such a paragraph under an Item lead-in ("... are
 * hereby amended and supplemented as follows:") reports the extension, which is applied as one, and is not text to
 * append to the document. Quoted new text is the document's words and is kept whole.
 * @param text the new text, paragraphs joined by a blank line
 * @param quoted whether it was quoted
 * @returns the text left, or null when nothing is
 */
export function withoutStatedExtensions(text: string, quoted: boolean): string | null {
  if (quoted) return text;
  const kept = text.split('\n\n').filter((paragraph) => !instructionSentences(paragraph).some((s) => statedExtension(s.text) !== null));
  return kept.length > 0 ? kept.join('\n\n') : null;
}

/**
 * Whether new text is quoted: the rest of the instruction's paragraph, else the block after it, opens with a quote.
 * @param rest the words after the instruction's colon in its own paragraph ('' when none)
 * @param next the block after the instruction
 * @returns true when the new text is a quotation
 */
export function opensQuoted(rest: string, next: Block | undefined): boolean {
  return /^["“]/.test(rest !== '' ? rest.trim() : next ? blockText(next).trim() : '');
}
