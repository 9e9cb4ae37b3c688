import { blockContexts, type BlockContext } from '../read/context.js';
import { describeTarget } from '../resolve/describe.js';
import { findHeadings } from '../resolve/headings.js';
import { blockPages, sectionBlocks } from '../resolve/scopes.js';
import type { Instruction, InstructionRef, Root, Target, TargetScope } from '../types.js';

/** An instruction of an earlier filing that was not applied, as later filings must know it. */
export interface Unapplied {
  instruction: Instruction;
  /** The document it names, as the offer holds it. */
  document: string;
  /** Where it starts, with its filing's name. */
  ref: InstructionRef;
  /** Its opening words, for the message of an instruction held back by it. */
  words: string;
}

// Units whose edit changes no count: a clause, words inside a sentence, an exhibit restated.
const countless: ReadonlySet<TargetScope> = new Set(['clause', 'words', 'exhibit']);

/**
 * The blocks a locator's anchors name in a document: the scope of each heading it names, its section, the blocks
 * on each page it names; the whole document when it names none. A union: every block it may count among or act on.
 * @param target the locator
 * @param tree the document
 * @param contexts the blocks' contexts
 * @returns the block indices
 */
export function anchorRegion(target: Target, tree: Root, contexts: BlockContext[]): Set<number> {
  const region = new Set<number>();
  if (target.heading) for (const match of findHeadings(tree, target.heading)) for (const b of [match.index, ...match.scope]) region.add(b);
  if (target.section) for (const b of sectionBlocks(contexts, target.section)) region.add(b);
  tree.children.forEach((node, index) => {
    if (target.pages.some((page) => blockPages(node).includes(page as number))) region.add(index);
  });
  const named = target.heading !== null || target.section !== null || target.pages.length > 0;
  if (!named) tree.children.forEach((_, index) => region.add(index));
  return region;
}

// Whether an instruction, had it been applied, would have changed how a later locator counts: a paragraph-level edit
// shifts the paragraphs of every scope around it; a sentence-level one only the sentences of its paragraph (a
// deletion may empty the paragraph, so it counts as paragraph-level too).
function shiftsCounts(earlier: Instruction, later: Target): boolean {
  if (earlier.op !== 'replace' && earlier.op !== 'delete' && earlier.op !== 'insert') return false;
  if (countless.has(earlier.target.scope)) return false;
  const sentenceLevel = earlier.target.sentences.length > 0 && earlier.op !== 'delete';
  return !sentenceLevel || later.sentences.length > 0 || later.match !== null;
}

/**
 * The earlier instruction not applied that a locator's counting region holds, or null: counting there, with that
 * instruction missing, could name another place than the filer counted.
 * @param target the later instruction's locator
 * @param document the document it names
 * @param tree the document as it stands
 * @param unapplied the offer's earlier instructions not applied
 * @returns the latest it depends on, or null
 */
export function dependsOn(target: Target, document: string, tree: Root, unapplied: Unapplied[]): Unapplied | null {
  if (countless.has(target.scope) || target.scope === 'document') return null;
  const candidates = unapplied.filter((u) => u.document === document && shiftsCounts(u.instruction, target));
  if (candidates.length === 0) return null;
  const contexts = blockContexts(tree);
  const region = anchorRegion(target, tree, contexts);
  // The latest first: the one it directly depends on (whose own message names what that one depends on).
  return [...candidates].reverse().find((u) => [...anchorRegion(u.instruction.target, tree, contexts)].some((b) => region.has(b))) ?? null;
}

/**
 * The message of an instruction held back.
 * @param target its locator
 * @param earlier the instruction not applied it depends on
 * @returns one sentence
 */
export function heldBackReason(target: Target, earlier: Unapplied): string {
  const { ref } = earlier;
  return `Cannot count ${describeTarget(target)}: its region holds \`${ref.file}:${ref.line}:${ref.column}\` ("${earlier.words}"), an earlier instruction that was not applied, so it is not applied either`;
}
