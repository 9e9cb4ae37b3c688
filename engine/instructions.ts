import type { VFile } from 'vfile';
import { diagnosticsOf, warn } from './diagnostics.js';
import { indexExhibits, isExhibitSentence, readExhibitChanges } from './exhibits.js';
import { readFiling } from './filing.js';
import { draftInstructions, namedItem, type Draft } from './instruction-build.js';
import { filingContext, itemHeadingOf, newTextBoundary, type FilingContext } from './instruction-context.js';
import { instructionSentences, sentencePoint, type InstructionSentence } from './instruction-sentences.js';
import { isInstructionSentence, mustYieldInstruction } from './instruction-verbs.js';
import { blockText } from './nodes.js';
import { readNewText } from './quote.js';
import { buildTree } from './tree.js';
import type { Block, ExhibitChange, Instruction, ParsedFiling, Root, SourcePoint } from './types.js';

/** The state of one pass over a filing's blocks. */
interface Pass {
  file: VFile;
  blocks: Block[];
  context: FilingContext;
  /** The Item heading the current block sits under. */
  item: string | null;
  instructions: Instruction[];
  exhibits: ExhibitChange[];
}

function sourceOf(pass: Pass, block: Block, sentence: InstructionSentence): SourcePoint {
  const start = block.position?.start;
  if (sentence.start === 0 || (start && /^\s*(?:\d+\.|\([a-z0-9]+\))\s*$/i.test(blockText(block).slice(0, sentence.start)))) {
    return start ? { line: start.line, column: start.column } : { line: 1, column: 1 };
  }
  return sentencePoint(pass.file, block, sentence.text);
}

// Exhibit lists of Item 12: "amend and restate the following exhibits", "add the following new exhibit".
function readExhibitSentence(pass: Pass, sentence: InstructionSentence, index: number): number | null {
  const item = namedItem(sentence.tokens) ?? pass.item;
  if (item !== '12' || !isExhibitSentence(sentence.tokens)) return null;
  const read = readExhibitChanges(sentence.tokens, pass.blocks, index + 1);
  pass.exhibits.push(...read.changes);
  return read.consumed;
}

// Fill in new text from later blocks (or the rest of the paragraph after "as follows:"); returns blocks taken.
function fillText(pass: Pass, draft: Draft, rest: string, index: number): number {
  const read = rest !== '' ? { text: rest.replace(/^["“]|["”]$/g, ''), consumed: 0 } : readNewText(pass.file, pass.blocks, index + 1, newTextBoundary);
  for (const instruction of draft.instructions) instruction.text = read.text;
  const first = draft.instructions[0];
  if (first?.op === 'replace' && first.target.item === '12' && first.target.scope === 'item' && read.text) {
    pass.exhibits.push(...indexExhibits(read.text));
  }
  return read.consumed;
}

function readSentence(pass: Pass, block: Block, sentences: InstructionSentence[], k: number, index: number): number {
  const sentence = sentences[k] as InstructionSentence;
  const exhibitBlocks = readExhibitSentence(pass, sentence, index);
  if (exhibitBlocks !== null) return exhibitBlocks;
  const source = sourceOf(pass, block, sentence);
  const draft = draftInstructions({ text: sentence.text, tokens: sentence.tokens, source, item: pass.item }, pass.context);
  if (!draft) {
    if (mustYieldInstruction(sentence.text)) {
      warn(pass.file, `Expected an operation and a target in the amending sentence \`${sentence.text.slice(0, 60)}...\`, found none`, source, 'unparsed-instruction');
    }
    return 0;
  }
  pass.instructions.push(...draft.instructions);
  if (!draft.needsText) return 0;
  const rest = sentence.text.endsWith(':') ? sentences.slice(k + 1).map((s) => s.text).join(' ') : '';
  sentences.splice(k + 1);
  return fillText(pass, draft, rest, index);
}

// Read one block; returns how many blocks it took (itself and any new text or exhibit list after it).
function readBlock(pass: Pass, index: number): number {
  const block = pass.blocks[index] as Block;
  const item = itemHeadingOf(block);
  if (item !== null) pass.item = item;
  // A short instruction may stand as a heading ("Item 1 ... is amended in its entirety to read as follows:").
  if (item !== null || block.type === 'table' || block.type === 'unknown') return 1;
  const sentences = instructionSentences(blockText(block));
  let taken = 0;
  for (let k = 0; k < sentences.length; k++) {
    if (!isInstructionSentence(sentences[k]?.text ?? '')) continue;
    taken += readSentence(pass, block, sentences, k, index + taken);
  }
  return 1 + taken;
}

/**
 * Parse every amendment instruction of a filing into structured operations, and its exhibit changes.
 * New text is taken from the quotation (or plain blocks) after each instruction; blocks of new text are
 * joined by a blank line ("\n\n"). Problems are reported on `file`: `unparsed-instruction` (warning) for a
 * sentence that says it amends but yields nothing, `unclosed-quote` (error) for a quotation that never closes.
 * @param file the filing (messages are added to it)
 * @param tree the filing's document tree
 * @returns its instructions in filing order and its exhibit changes
 */
export function parseInstructions(file: VFile, tree: Root): { instructions: Instruction[]; exhibits: ExhibitChange[] } {
  const pass: Pass = { file, blocks: tree.children, context: filingContext(tree), item: null, instructions: [], exhibits: [] };
  for (let index = 0; index < pass.blocks.length; ) index += readBlock(pass, index);
  return { instructions: pass.instructions, exhibits: pass.exhibits };
}

/**
 * Read a whole filing: its metadata, tree, instructions, exhibit changes and every diagnostic raised on the way.
 * @param file the ingested filing
 * @returns what `amendiff parse` prints
 */
export function parseFiling(file: VFile): ParsedFiling {
  const filing = readFiling(file);
  const tree = buildTree(file);
  const { instructions, exhibits } = parseInstructions(file, tree);
  return { filing, instructions, exhibits, diagnostics: diagnosticsOf([file]) };
}
