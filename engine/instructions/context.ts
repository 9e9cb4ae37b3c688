import { findDates } from '../lexicon/dates.js';
import { definedTerms } from '../lexicon/defined-terms.js';
import { instructionSentences } from './sentences.js';
import { isInstructionSentence } from './verbs.js';
import { blockText } from '../core/nodes.js';
import { readLocator } from './locator/read.js';
import { tokenize } from './tokens.js';
import type { Boundary } from './quote.js';
import type { Block, Root } from '../types.js';

/** What every instruction of a filing shares: the offer document it names and the year it writes in. */
export interface FilingContext {
  /** The offer document ("Offer to Exchange"), for "the Offer" and for locators that name no document. */
  offerDocument: string | null;
  /** The latest year of a full date in the filing, for dates written without a year ("March 28"). */
  year: number | null;
}

const itemHeading = /^(?:item|items)\s+(\d{1,2}[A-Z]?(?:\([a-z]\))?)\s*[.:]?(?:\s|$)/i;
const documentTitle = /\bOffer to (?:Exchange|Purchase|Amend)\b/;

/**
 * The Schedule TO Item a block heads ("ITEM 4.  TERMS OF THE TRANSACTION." -> "4"), or null.
 * A sentence that amends an Item ("Item 4 of the Schedule TO is hereby amended ...") is not a heading, even where
 * the tree builder took a short one for a heading.
 * @param block any block
 * @returns the Item number, or null
 */
export function itemHeadingOf(block: Block): string | null {
  const text = blockText(block).trim();
  const match = itemHeading.exec(text);
  if (!match || text.length > 120 || isInstructionSentence(text)) return null;
  // "Items 1 through 9 and Item 11." heads all of them: "1-9, 11".
  const several = /^items\b/i.test(text) ? readLocator(tokenize(text), null).targets[0]?.item : null;
  return several ?? match[1] ?? null;
}

/**
 * Read the filing-wide context: the offer document the introduction defines (`(the "Offer to Exchange")`), else
 * the first offer document it mentions; and the latest year it dates anything in.
 * @param tree the filing
 * @returns the context
 */
export function filingContext(tree: Root): FilingContext {
  const text = tree.children.map(blockText).join('\n\n');
  const defined = definedTerms(text).find((d) => /^Offer to [A-Z]/.test(d.term))?.term;
  const mentioned = documentTitle.exec(text)?.[0];
  const years = findDates(text).map((d) => Number(d.iso.slice(0, 4)));
  return { offerDocument: defined ?? mentioned ?? null, year: years.length > 0 ? Math.max(...years) : null };
}

const signature = /^(?:signatures?|index to exhibits|exhibit index)\.?$/i;

/**
 * Whether a block opens with an instruction: its first sentence says it is "hereby" amended, or opens with the
 * Item, Section or unit it amends ("1. The first sentence of ... is amended to read ...").
 * @param block any block
 * @returns true when the block starts the next instruction
 */
export function startsInstruction(block: Block): boolean {
  const opening = instructionSentences(blockText(block).trim().slice(0, 1200))[0]?.text ?? '';
  if (isSubInstruction(opening)) return true;
  return isInstructionSentence(opening) && (/\bhereby\b/i.test(opening) || /^(?:items?|sections?|the)\b/i.test(opening));
}

const gerunds = /^by\s+(?:adding|inserting|deleting|replacing|amending|restating|striking|removing|substituting|supplementing|revising)\b/i;

/**
 * Whether a sentence is an instruction whose subject is the lead-in before it ("Item 4 is hereby amended and
 * supplemented as follows:" then "By adding the following paragraph after ...").
 * @param text the sentence
 * @returns true for "By adding ...", "By replacing ...", and the like
 */
export function isSubInstruction(text: string): boolean {
  return gerunds.test(text);
}

/**
 * The boundary of new text: an Item heading, the signature, or the next instruction.
 * @param block any block
 * @returns true when new text cannot run into it
 */
export const newTextBoundary: Boundary = (block) =>
  itemHeadingOf(block) !== null || signature.test(blockText(block).trim()) || startsInstruction(block);
