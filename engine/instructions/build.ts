import type { FilingContext } from './context.js';
import { expirationOf, plansOf } from './globals.js';
import type { Token } from './tokens.js';
import { readOperation } from './verbs.js';
import { readLocator, type Locator } from './locator/read.js';
import type { Scan } from './locator/scan.js';
import { unitScope } from './locator/units.js';
import { leftoverReason } from './leftover.js';
import type { Instruction, InstructionOp, SourcePoint, Target, TargetScope } from '../types.js';

/** An instruction sentence to build from. */
export interface SentenceInput {
  text: string;
  tokens: Token[];
  source: SourcePoint;
  /** The Item heading the sentence sits under, if any. */
  item: string | null;
  /** The sentence's tokens scanned once (`scanLocator`), shared by everything that reads its locator. */
  scan: Scan;
  /** The heading the filing named just before, for "this section". */
  previousHeading: string | null;
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
  /** The problem's rule: `partial-instruction` (error) for words left over, else `unparsed-instruction`. */
  ruleId: 'partial-instruction' | 'unparsed-instruction';
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
  if (anchor?.kind === 'words') return 'words';
  const anchored = anchor?.kind === 'unit' ? (unitScope[anchor.unit] ?? scope) : anchor?.kind === 'caption' || anchor?.kind === 'back' ? 'section' : scope;
  return anchored === 'sentence' && locator.newText?.unit === 'clause' ? 'clause' : anchored;
}

// A target must say where: a document or an Item at least.
const located = (target: Target): boolean => target.document !== null || target.item !== null;

// An insertion after words ("inserting "A" after the words "B"") is located by them.
function insertTarget(locator: Locator, target: Target): Target {
  const anchor = locator.anchor;
  // The anchor's words as the locator read them ("wherever they appear" makes every occurrence).
  const words = anchor?.kind === 'words' ? locator.words.find((w) => w.match.text === anchor.text) : undefined;
  const match = words ? words.match : target.match;
  return { ...target, scope: insertScope(locator, target.scope), match };
}

// A replacement or deletion of words inside the target: one instruction per quotation of words.
function wordEdits(op: 'replace' | 'delete', input: SentenceInput, locator: Locator, target: Target): Instruction[] {
  // "deleting the words "A" and inserting "B" in lieu thereof" replaces them.
  return locator.words.map((edit) => instruction(edit.text === null ? op : 'replace', { ...target, scope: 'words', match: edit.match }, input, { text: edit.text }));
}

// A run of paragraphs is one target for a replacement (its text is given once); deleted, or added after, each
// paragraph of the run is its own instruction, as each can be checked and reported alone.
function unrun(target: Target): Target[] {
  if (target.paragraphs.length === 0) return [target];
  return target.paragraphs.map((paragraph) => ({ ...target, paragraph, paragraphs: [] }));
}

function edit(op: 'replace' | 'delete' | 'insert'): Builder {
  return (input, locator) =>
    locator.targets.filter(located).flatMap((run) => (op === 'replace' && locator.words.length === 0 ? [run] : unrun(run))).flatMap((target) => {
      if (op === 'insert') return [instruction(op, insertTarget(locator, target), input, { position: locator.position ?? 'end', text: locator.newText?.text ?? null })];
      if (locator.words.length > 0) return wordEdits(op, input, locator, target);
      const scoped = locator.body && target.scope === 'section' ? { ...target, scope: 'body' as const } : target;
      return [instruction(op, scoped, input, { text: op === 'delete' ? null : (locator.newText?.text ?? null) })];
    });
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

function objectCutOff(tokens: Token[], scan: Scan, op: InstructionOp): boolean {
  if (op !== 'replace' && op !== 'delete') return false;
  const verb = tokens.findIndex((t) => removals.has(t.lower));
  if (verb < 0) return false;
  const object = tokens.slice(verb + 1, verb + 4).findIndex((t) => pronouns.has(t.lower) && t.kind !== 'quoted');
  if (object >= 0 && tokens.slice(verb + 1, verb + 1 + object).every((t) => ['in', 'its', 'their', 'entirety', 'the'].includes(t.lower))) return false;
  return !scan.spans.some(({ value, start }) => start >= verb && ['unit', 'caption', 'document', 'words', 'back'].includes(value.kind));
}

// "The heading "X" ... is hereby amended to read "Y"": the subject is a heading named by its words alone.
function renamesHeading(scan: Scan): boolean {
  const subject = scan.spans[0]?.value;
  return subject?.kind === 'unit' && subject.unit === 'heading' && subject.headings.length > 0 && subject.ordinals.length === 0 && !scan.spans.some((s) => s.value.kind === 'unit' && s.value.unit !== 'heading' && s.value.unit !== 'page');
}

const supplements = new Set(['adding', 'add', 'added', 'inserting', 'insert', 'inserted', 'include']);

// "The second paragraph ... is hereby amended and supplemented as follows:" followed by the whole revised paragraph:
// a paragraph or sentence supplemented with no word of adding and no place to add at is restated.
function restatedUnit(input: SentenceInput, locator: Locator, op: InstructionOp): InstructionOp {
  if (op !== 'insert' || locator.position !== null || input.tokens.some((t) => supplements.has(t.lower) && t.kind === 'word')) return op;
  const scope = locator.targets[0]?.scope;
  return scope === 'paragraph' || scope === 'sentence' ? 'replace' : op;
}

// Why an edit cannot be made as read, or null: words left over, a heading that cannot be read, two passages named
// by their words, a replacement of words with nothing to put in their place.
function problemOf(input: SentenceInput, locator: Locator, op: InstructionOp): Pick<Draft, 'problem' | 'ruleId'> | null {
  const unreadable = locator.unreadable[0];
  if (unreadable) return { problem: unreadable, ruleId: 'unparsed-instruction' };
  if (locator.leftover.length > 0) return { problem: leftoverReason(input.tokens, locator.leftover), ruleId: 'partial-instruction' };
  const matched = locator.words.length > 0 && locator.targets.some((t) => t.match !== null);
  if (matched) return { problem: 'Expected the words to change inside one passage, found the passage itself also located by its words', ruleId: 'partial-instruction' };
  const unit = locator.newText?.unit;
  if (op === 'insert' && locator.anchor?.kind === 'words' && unit && unit !== 'clause') {
    return { problem: `Expected a ${unit} to place the new ${unit} by, found the words \`${locator.anchor.text}\``, ruleId: 'partial-instruction' };
  }
  const renamed = op === 'replace' && locator.words.length === 0 && locator.newText?.text && renamesHeading(input.scan);
  if (renamed) return { problem: `Expected a passage to replace, found the heading itself renamed to \`${locator.newText?.text}\`, which a target cannot name`, ruleId: 'partial-instruction' };
  const missing = op === 'replace' ? locator.words.find((w) => w.text === null) : undefined;
  if (missing && locator.words.some((w) => w.text !== null)) {
    return { problem: `Expected the words to put in place of \`${missing.match.text}\`, found none`, ruleId: 'partial-instruction' };
  }
  return null;
}

/**
 * Build the instructions one sentence asks for: find its operation, read its locator, and expand it to one
 * instruction per target. Text given inline (`amended to read "..."`) is filled in; otherwise `needsText` says
 * the new text follows the sentence. An edit whose words are not all read is refused (`partial-instruction`).
 * @param input the sentence, its tokens and scan, source point, enclosing Item and the heading named before
 * @param context the filing's offer document and year
 * @returns the draft, or null when the sentence names no operation or no target
 */
export function draftInstructions(input: SentenceInput, context: FilingContext): Draft | null {
  const operation = readOperation(input.tokens);
  if (!operation || objectCutOff(input.tokens, input.scan, operation.op)) return null;
  const locator = readLocator(input.tokens, context.offerDocument, { scan: input.scan, previousHeading: input.previousHeading });
  const op = restatedUnit(input, locator, operation.op);
  const edits = op === 'replace' || op === 'delete' || op === 'insert';
  const problem = edits ? problemOf(input, locator, op) : null;
  if (problem) return { instructions: [], needsText: false, ...problem };
  const instructions = builders[op](input, locator, operation.at, context);
  if (instructions.length === 0) return null;
  const needsText = (op === 'replace' || op === 'insert') && instructions.every((i) => i.text === null);
  return { instructions, needsText, problem: null, ruleId: 'unparsed-instruction' };
}

/**
 * The Item a sentence names ("Item 12 of the Schedule TO is hereby amended ..."), if any.
 * @param tokens the sentence's tokens
 * @param scan their scan
 * @returns the Item, or null
 */
export function namedItem(tokens: Token[], scan: Scan): string | null {
  return readLocator(tokens, null, { scan }).targets[0]?.item ?? null;
}
