import type { VFile } from 'vfile';
import { diagnosticsOf, error, warn } from '../core/diagnostics.js';
import { scanLocator } from './locator/scan.js';
import { markedRestatement } from './marked.js';
import { readMarks, type MarkedParagraph } from '../read/html/marks.js';
import { statedExtension } from '../filing/extension.js';
import { indexExhibits, isExhibitSentence, readExhibitChanges } from './exhibits.js';
import { readFiling } from '../filing/read.js';
import { draftInstructions, namedItem, type Draft } from './build.js';
import { filingContext, isSubInstruction, itemHeadingOf, newTextBoundary, startsInstruction, type FilingContext } from './context.js';
import { tokenize } from './tokens.js';
import { instructionSentences, sentencePoint, type InstructionSentence } from './sentences.js';
import { isInstructionSentence, mustYieldInstruction } from './verbs.js';
import { blockText } from '../core/nodes.js';
import { readNewText, type NewText } from './quote.js';
import { clip } from '../core/clip.js';
import { buildTree } from '../read/tree.js';
import { ownParagraphs } from './own-paragraph.js';
import { reportSilentLeadIns, type LeadIn } from './lead-ins.js';
import { opensQuoted, withStatedExtensions, withoutStatedExtensions } from './stated-extensions.js';
import type { Scan } from './locator/scan.js';
import type { Block, ExhibitChange, Instruction, ParsedFiling, Root, SourcePoint } from '../types.js';

/** The state of one pass over a filing's blocks. */
interface Pass {
  file: VFile;
  blocks: Block[];
  context: FilingContext;
  /** The Item heading the current block sits under. */
  item: string | null;
  instructions: Instruction[];
  exhibits: ExhibitChange[];
  /** Where the filing lists each exhibit change, in the same order. */
  exhibitSources: SourcePoint[];
  /** The heading named last (by a heading block or an instruction's target), for "this section". */
  heading: string | null;
  /** The subject of the last lead-in ("Items 1 through 9 and Item 11 of the Schedule TO"), for "By adding ...". */
  leadIn: string | null;
  /** The lead-ins passed over, each of which must be followed by something read. */
  leadIns: LeadIn[];
  /** The paragraphs an HTML supplement shows with its changes marked. */
  marks: MarkedParagraph[];
}

const connective = /^(?:accordingly|therefore|in addition|additionally|further|furthermore|also|in connection therewith),\s+/i;

function sourceOf(pass: Pass, block: Block, sentence: InstructionSentence): SourcePoint {
  const start = block.position?.start;
  if (sentence.start === 0 || (start && /^\s*(?:\d+\.|\([a-z0-9]+\)|[•●▪◦·*–—-])\s*$/i.test(blockText(block).slice(0, sentence.start)))) {
    return start ? { line: start.line, column: start.column } : { line: 1, column: 1 };
  }
  // "Accordingly, all references to ..." starts where the instruction does, after its connective.
  return sentencePoint(pass.file, block, sentence.text.replace(connective, ''));
}

// Exhibit lists of Item 12: "amend and restate the following exhibits", "add the following new exhibit".
function readExhibitSentence(pass: Pass, sentence: InstructionSentence, scan: Scan, source: SourcePoint, index: number): number | null {
  const item = namedItem(sentence.tokens, scan) ?? pass.item;
  if (item !== '12' || !isExhibitSentence(sentence.tokens)) return null;
  const read = readExhibitChanges(sentence.text, sentence.tokens, pass.blocks, index + 1);
  if (read.changes.length === 0) {
    warn(pass.file, `Expected exhibits after \`${clip(sentence.text, 60)}\`, found none`, source, 'unparsed-instruction');
  }
  pass.exhibits.push(...read.changes);
  pass.exhibitSources.push(...read.changes.map(() => source));
  return read.consumed;
}

// New text from later blocks, or from the rest of the paragraph after "as follows:".
function newTextOf(pass: Pass, rest: string, index: number): NewText {
  if (rest !== '') return { text: rest.replace(/^["“]|["”]$/g, ''), consumed: 0 };
  return readNewText(pass.file, pass.blocks, index + 1, newTextBoundary);
}

// A lead-in ("Item 4 ... is hereby amended and supplemented as follows:") announces the numbered instructions or
// Item headings after it: it is passed over, with or without an operation of its own.
function isLeadIn(pass: Pass, sentence: InstructionSentence, index: number): boolean {
  const next = pass.blocks[index + 1];
  return sentence.text.endsWith(':') && next !== undefined && (startsInstruction(next) || itemHeadingOf(next) !== null);
}

// "Items 1 through 9 and Item 11 ... are hereby amended and supplemented as follows:" then a caption ("Extension of
// the Offer") and its prose: the statement's Items are supplemented by what the filing reports under the caption.
function opensCaption(pass: Pass, draft: Draft, sentence: InstructionSentence, index: number): boolean {
  const next = pass.blocks[index + 1];
  const statement = draft.instructions.every((i) => i.target.scope === 'item' || i.target.scope === 'document');
  // The caption opens something only with prose after it: a caption the filing ends on (or cut short) opens nothing.
  const prose = pass.blocks[index + 2]?.type === 'paragraph';
  return statement && prose && sentence.text.endsWith(':') && next?.type === 'heading' && !/^["“]/.test(next.value) && !newTextBoundary(next);
}

const amendingPhrase = /\s*,?\s+(?:is|are)\s+(?:hereby\s+)?(?:further\s+)?amended\b[\s\S]*$/i;

// "Items 1 through 9 and Item 11 of the Schedule TO are hereby amended and supplemented as follows:" -> its subject.
function leadInSubject(text: string): string | null {
  const subject = text.replace(amendingPhrase, '');
  return subject !== text && subject.trim() !== '' ? subject.trim() : null;
}

// "By adding the following paragraph ..." under a lead-in: the lead-in's subject is its own.
function withSubject(pass: Pass, sentence: InstructionSentence): InstructionSentence {
  if (!pass.leadIn || !isSubInstruction(sentence.text)) return sentence;
  const text = `${pass.leadIn} is hereby amended ${sentence.text.charAt(0).toLowerCase()}${sentence.text.slice(1)}`;
  return { ...sentence, text, tokens: tokenize(text) };
}

// No new text: reported, since applying a replacement or insertion without text would delete.
// A lead-in amends a whole statement, document or section; one naming a paragraph or a sentence is not one.
function reportMissingText(pass: Pass, draft: Draft, sentence: InstructionSentence, source: SourcePoint, index: number): void {
  const broad = draft.instructions.every((i) => ['item', 'document', 'section', 'body'].includes(i.target.scope));
  if ((broad && isLeadIn(pass, sentence, index)) || opensCaption(pass, draft, sentence, index)) {
    pass.leadIns.push({ source, text: sentence.text });
    return;
  }
  warn(pass.file, `Expected the new text after \`${clip(sentence.text, 60)}\`, found none`, source, 'missing-text');
}

function addText(pass: Pass, draft: Draft, text: string | null): void {
  if (text === null) return;
  for (const instruction of draft.instructions) instruction.text = text;
  pass.instructions.push(...draft.instructions);
  const first = draft.instructions[0];
  if (first?.op === 'replace' && first.target.item === '12' && first.target.scope === 'item') {
    const index = indexExhibits(text);
    pass.exhibits.push(...index);
    pass.exhibitSources.push(...index.map(() => first.source));
  }
}

// Read sentence `k` of `block`; `index` is the last block taken so far, so new text or an exhibit list starts after it.
function readSentence(pass: Pass, block: Block, sentences: InstructionSentence[], k: number, index: number): number {
  const source = sourceOf(pass, block, sentences[k] as InstructionSentence);
  const sentence = withSubject(pass, sentences[k] as InstructionSentence);
  if (isLeadIn(pass, sentence, index)) pass.leadIn = leadInSubject(sentence.text) ?? pass.leadIn;
  const scan = scanLocator(sentence.tokens);
  const exhibitBlocks = readExhibitSentence(pass, sentence, scan, source, index);
  if (exhibitBlocks !== null) return exhibitBlocks;
  const input = { text: sentence.text, tokens: sentence.tokens, source, item: pass.item, scan, previousHeading: pass.heading };
  const draft = draftInstructions(input, pass.context);
  // A lead-in yields nothing of its own: words it leaves over matter only in the items that take it as subject.
  if (draft?.problem && isLeadIn(pass, sentence, index)) {
    pass.leadIns.push({ source, text: sentence.text });
    return 0;
  }
  if (draft?.problem) {
    // A sentence that only tells ("the Offer was extended and 1,000 Shares were added") is not refused.
    if (draft.ruleId === 'partial-instruction' && mustYieldInstruction(sentence.text)) error(pass.file, draft.problem, source, draft.ruleId);
    else if (draft.ruleId !== 'partial-instruction') warn(pass.file, draft.problem, source, draft.ruleId);
    return 0;
  }
  pass.heading = draft?.instructions.find((i) => i.target.heading !== null)?.target.heading ?? pass.heading;
  if (!draft) {
    // An extension stated in prose ("Purchaser has extended ... unless the Offer is further extended") is read as one.
    if (mustYieldInstruction(sentence.text) && !isLeadIn(pass, sentence, index) && statedExtension(sentence.text) === null) {
      warn(pass.file, `Expected an operation and a target in the amending sentence \`${clip(sentence.text, 60)}\`, found none`, source, 'unparsed-instruction');
    }
    return 0;
  }
  if (!draft.needsText) {
    pass.instructions.push(...draft.instructions);
    return 0;
  }
  const rest = sentence.text.endsWith(':') ? sentences.slice(k + 1).map((s) => s.text).join(' ') : '';
  sentences.splice(k + 1);
  const read = newTextOf(pass, rest, index);
  const marked = rest === '' ? markedRestatement(draft.instructions, pass.blocks.slice(index + 1, index + 1 + read.consumed), pass.marks) : null;
  if (marked) {
    pass.instructions.push(...marked);
    return read.consumed;
  }
  if (read.text === null) reportMissingText(pass, draft, sentence, source, index);
  else addText(pass, draft, withoutStatedExtensions(read.text, opensQuoted(rest, pass.blocks[index + 1])));
  return read.consumed;
}

// Read one block; returns how many blocks it took (itself and any new text or exhibit list after it).
function readBlock(pass: Pass, index: number): number {
  const block = pass.blocks[index] as Block;
  const item = itemHeadingOf(block);
  if (item !== null) [pass.item, pass.leadIn] = [item, null];
  if (item === null && block.type === 'heading') pass.heading = block.value;
  // A short instruction may stand as a heading ("Item 1 ... is amended in its entirety to read as follows:").
  if (item !== null || block.type === 'table' || block.type === 'unknown') return 1;
  const sentences = instructionSentences(blockText(block));
  let taken = 0;
  for (let k = 0; k < sentences.length; k++) {
    const text = sentences[k]?.text ?? '';
    if (!isInstructionSentence(text) && !(pass.leadIn && isSubInstruction(text))) continue;
    taken += readSentence(pass, block, sentences, k, index + taken);
  }
  return 1 + taken;
}

/**
 * Parse every amendment instruction of a filing into structured operations, and its exhibit changes.
 * New text is taken from the quotation (or plain blocks) after each instruction; blocks of new text are
 * joined by a blank line ("\n\n"). Problems are reported on `file`: `unparsed-instruction` (warning) for a
 * sentence that says it amends but yields nothing, `missing-text` (warning) for a replacement or insertion with
 * no new text after it (it is dropped), `unclosed-quote` (error) for a quotation that never closes.
 * @param file the filing (messages are added to it)
 * @param tree the filing's document tree
 * @returns its instructions in filing order and its exhibit changes
 */
export function parseInstructions(file: VFile, tree: Root): { instructions: Instruction[]; exhibits: ExhibitChange[] } {
  const { instructions, exhibits } = readInstructions(file, tree);
  return { instructions, exhibits };
}

function readInstructions(file: VFile, tree: Root): Pass {
  const pass: Pass = { file, blocks: tree.children, context: filingContext(tree), item: null, instructions: [], exhibits: [], exhibitSources: [], heading: null, leadIn: null, leadIns: [], marks: tree.data.format === 'html' ? readMarks(file) : [] };
  for (let index = 0; index < pass.blocks.length; ) index += readBlock(pass, index);
  return pass;
}

/**
 * Read a whole filing: its metadata, tree, instructions, exhibit changes and every diagnostic raised on the way.
 * @param file the ingested filing
 * @returns what `amendiff parse` prints
 */
export function parseFiling(file: VFile): ParsedFiling {
  const filing = readFiling(file);
  const tree = buildTree(file);
  const { instructions, exhibits, exhibitSources, leadIns } = readInstructions(file, tree);
  const paragraphs = ownParagraphs(file, tree, instructions);
  const all = withStatedExtensions(instructions, filing, tree, file);
  reportSilentLeadIns(file, leadIns, [...all.map((i) => i.source), ...exhibitSources]);
  return { filing, instructions: all, exhibits, exhibitSources, paragraphs, diagnostics: diagnosticsOf([file]) };
}
