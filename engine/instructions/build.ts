import type { FilingContext } from './context.js';
import { expirationOf, plansOf } from './globals.js';
import type { Token } from './tokens.js';
import { readOperation } from './verbs.js';
import { readLocator, type Locator } from './locator/read.js';
import { scanLocator } from './locator/scan.js';
import { unitScope } from './locator/units.js';
import type { Instruction, InstructionOp, SourcePoint, Target, TargetScope } from '../types.js';

/** An instruction sentence to build from. */
export interface SentenceInput {
  text: string;
  tokens: Token[];
  source: SourcePoint;
  /** The Item heading the sentence sits under, if any. */
  item: string | null;
}

/**
 * Instructions read from one sentence; `needsText` when their new text follows in later blocks; `problem` (with
 * no instructions) when the sentence asks for something the contract cannot say, such as words changed inside
 * a sentence.
 */
export interface Draft {
  instructions: Instruction[];
  needsText: boolean;
  problem: string | null;
}

type Builder = (input: SentenceInput, locator: Locator, verbAt: number, context: FilingContext) => Instruction[];

function instruction(op: InstructionOp, target: Target, input: SentenceInput, extra: Partial<Instruction> = {}): Instruction {
  return {
    op,
    target: { ...target, item: target.item ?? input.item },
    position: null,
    text: null,
    plan: null,
    expiration: null,
    source: input.source,
    ...extra,
  };
}

// Global instructions act on a whole document: only the document and Item named matter.
function wholeDocument(locator: Locator): Target {
  const first = locator.targets[0];
  return { document: first?.document ?? null, item: first?.item ?? null, pages: [], section: null, heading: null, paragraph: null, paragraphs: [], sentences: [], scope: 'document', match: null };
}

// One withdrawal per plan named ("the TTI Plan and the 1995 Plan"); a withdrawal naming none is of the whole offer.
const withdraw: Builder = (input, locator, verbAt) => {
  const plans = plansOf(input.tokens, verbAt);
  return (plans.length > 0 ? plans : [null]).map((plan) => instruction('withdraw', wholeDocument(locator), input, { plan }));
};

const extend: Builder = (input, locator, verbAt, context) => {
  const expiration = expirationOf(input.text, input.tokens, verbAt, context.year);
  return expiration ? [instruction('extend', wholeDocument(locator), input, { expiration })] : [];
};

// An insertion anchored on a unit ("immediately after the first sentence") is scoped by that unit; a clause added
// to the end of a sentence is scoped "clause", so that it joins the sentence rather than following it.
function insertScope(locator: Locator, scope: TargetScope): TargetScope {
  const anchor = locator.anchor;
  const anchored = anchor?.kind === 'unit' ? (unitScope[anchor.unit] ?? scope) : anchor?.kind === 'caption' ? 'section' : scope;
  return anchored === 'sentence' && locator.newText?.unit === 'clause' ? 'clause' : anchored;
}

// A target must say where: a document or an Item at least.
const located = (target: Target): boolean => target.document !== null || target.item !== null;

function edit(op: 'replace' | 'delete' | 'insert'): Builder {
  return (input, locator) =>
    locator.targets.filter(located).map((target) =>
      instruction(op, op === 'insert' ? { ...target, scope: insertScope(locator, target.scope) } : target, input, {
        position: op === 'insert' ? (locator.position ?? 'end') : null,
        text: op === 'delete' ? null : (locator.newText?.text ?? null),
      }),
    );
}

const builders: Record<InstructionOp, Builder> = {
  withdraw,
  extend,
  replace: edit('replace'),
  delete: edit('delete'),
  insert: edit('insert'),
};

const removals = new Set(['deleting', 'replacing', 'striking', 'removing', 'substituting']);

// "by deleting in its entirety the" with nothing after it: a deletion whose object is cut off must not fall back
// on the Item named as the subject and delete all of it.
// "The penultimate sentence ... is hereby amended by replacing it with the following": the object is the subject.
const pronouns = new Set(['it', 'them', 'same']);

function objectCutOff(tokens: Token[], op: InstructionOp): boolean {
  if (op !== 'replace' && op !== 'delete') return false;
  const verb = tokens.findIndex((t) => removals.has(t.lower));
  if (verb < 0) return false;
  const object = tokens.slice(verb + 1, verb + 4).findIndex((t) => pronouns.has(t.lower) && t.kind !== 'quoted');
  if (object >= 0 && tokens.slice(verb + 1, verb + 1 + object).every((t) => ['in', 'its', 'their', 'entirety', 'the'].includes(t.lower))) return false;
  return !scanLocator(tokens.slice(verb + 1)).found.some((c) => c.kind === 'unit' || c.kind === 'caption' || c.kind === 'document');
}

/**
 * Build the instructions one sentence asks for: find its operation, read its locator, and expand it to one
 * instruction per target. Text given inline (`amended to read "..."`) is filled in; otherwise `needsText` says
 * the new text follows the sentence.
 * @param input the sentence, its tokens, source point and enclosing Item
 * @param context the filing's offer document and year
 * @returns the draft, or null when the sentence names no operation or no target
 */
export function draftInstructions(input: SentenceInput, context: FilingContext): Draft | null {
  const operation = readOperation(input.tokens);
  if (!operation || objectCutOff(input.tokens, operation.op)) return null;
  const locator = readLocator(input.tokens, context.offerDocument);
  const edits = operation.op === 'replace' || operation.op === 'delete' || operation.op === 'insert';
  // A heading that cannot be read would leave a target wider than the words: reported, never applied without it.
  const unreadable = locator.unreadable[0];
  if (edits && unreadable) return { instructions: [], needsText: false, problem: unreadable };
  if (edits && locator.loose.length > 0) {
    const words = locator.loose.map((w) => `\`${w}\``).join(', ');
    return { instructions: [], needsText: false, problem: `Expected whole sentences, paragraphs or sections to ${operation.op}, found the words ${words} changed inside them` };
  }
  const instructions = builders[operation.op](input, locator, operation.at, context);
  if (instructions.length === 0) return null;
  const needsText = (operation.op === 'replace' || operation.op === 'insert') && instructions.every((i) => i.text === null);
  return { instructions, needsText, problem: null };
}

/**
 * The Item a sentence names ("Item 12 of the Schedule TO is hereby amended ..."), if any.
 * @param tokens the sentence's tokens
 * @returns the Item, or null
 */
export function namedItem(tokens: Token[]): string | null {
  return readLocator(tokens, null).targets[0]?.item ?? null;
}
