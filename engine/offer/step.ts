import type { VFile } from 'vfile';
import { applyEdits, type Conflict, type PlannedEdit } from '../apply/edits.js';
import { messageSource, warn, error } from '../core/diagnostics.js';
import { findExpiration, planExtension } from '../apply/extend.js';
import type { LifecycleEvent } from './lifecycle.js';
import { renderText } from '../core/document-text.js';
import { resolveTarget, type ResolvedTarget } from '../resolve/target.js';
import { describeCandidate } from '../resolve/describe.js';
import { planStatementEdit } from '../apply/statement.js';
import { planExhibitRows } from '../apply/exhibit-index.js';
import { statementNamed } from '../lexicon/statements.js';
import type { AffectedSentence, Edit, ExhibitChange, Instruction, InstructionOp, OfferEvent, Origin, OwnParagraph, Root, SourcePoint } from '../types.js';
import { statedEvents } from './stated.js';
import { affectedSentences, planAliases } from '../apply/withdraw.js';
import { candidateOpenings, decide, decisionHint, type DecisionBook } from './decisions.js';
import { dependsOn, heldBackReason, type Unapplied } from './held-back.js';
import { wordsAt } from './problems.js';

/** One filing's instructions to apply to the documents as they stood before it. */
export interface StepInput {
  documents: Record<string, Root>;
  instructions: Instruction[];
  /** The exhibits the filing restates or adds, for the statement's exhibit index, and where it lists each. */
  exhibits: ExhibitChange[];
  exhibitSources: SourcePoint[];
  /** The filing, for messages and for reading an instruction's own words. */
  file: VFile;
  /** The filing's name as `offer.json` gives it. */
  name: string;
  /** The version this filing makes. */
  amendment: number;
  /** The current expiration date (ISO), as the lifecycle holds it. */
  expiration: string | null;
  /** The document an instruction that names none acts on. */
  main: string;
  /** The changes to the offer the filing states in its own words (extensions, terms, termination). */
  stated: OfferEvent[];
  /** The paragraph each withdrawal stands in, as the filing's reader gave it. */
  paragraphs: OwnParagraph[];
  /** Instructions of earlier filings that were not applied: a locator counting among them is held back. */
  unapplied?: Unapplied[];
  /** The decisions of `offer.json`, for an ambiguous instruction a person settled. */
  decisions?: DecisionBook;
}

/** The documents after the filing, what changed, and what it tells the lifecycle. */
export interface StepResult {
  documents: Record<string, Root>;
  edits: Edit[];
  affected: AffectedSentence[];
  events: LifecycleEvent[];
  /** This filing's instructions that were not applied (parsed ones, with a document). */
  unapplied: Unapplied[];
}

interface Pass {
  input: StepInput;
  planned: Record<string, PlannedEdit[]>;
  withdrawals: Array<{ instruction: Instruction; document: string }>;
  events: LifecycleEvent[];
  expiration: string | null;
  unapplied: Unapplied[];
}

const handlers: Record<InstructionOp, (pass: Pass, instruction: Instruction, document: string) => void> = {
  replace: planSpecific,
  delete: planSpecific,
  insert: planSpecific,
  extend: planExtend,
  withdraw: (pass, instruction, document) => {
    pass.withdrawals.push({ instruction, document });
    pass.events.push({ type: 'filing.withdraw', plan: instruction.plan ?? 'the offer' });
  },
};

/**
 * Apply one filing: resolve each instruction against the documents as they stood before it, apply each
 * document's edits together, and gather extensions, withdrawals and the sentences a withdrawal affects.
 * @param input the documents, the filing and its instructions
 * @returns the new documents and what changed
 */
export function stepFiling(input: StepInput): StepResult {
  const pass: Pass = { input, planned: {}, withdrawals: [], events: [], expiration: input.expiration, unapplied: [] };
  for (const instruction of input.instructions) {
    const document = documentOf(input, instruction);
    if (document) handlers[instruction.op](pass, instruction, document);
  }
  planExhibitIndexes(pass);
  for (const stated of statedEvents(input.stated, pass.expiration, input.instructions)) {
    if (stated.extension) planExtend(pass, stated.extension, input.main);
    else pass.events.push(stated.event);
  }
  const documents = { ...input.documents };
  const edits: Edit[] = [];
  for (const [name, planned] of Object.entries(pass.planned)) {
    const applied = applyEdits(input.documents[name] as Root, planned, name);
    documents[name] = applied.tree;
    edits.push(...applied.edits);
    for (const conflict of applied.conflicts) reportConflict(pass, name, conflict);
  }
  const siblingsOf = (instruction: Instruction): string[] =>
    pass.withdrawals.filter((w) => w.instruction.source.line === instruction.source.line && w.instruction.source.column === instruction.source.column).map((w) => w.instruction.plan ?? 'the offer');
  const affected = pass.withdrawals.flatMap(({ instruction, document }) => affectedBy(input, documents[document] as Root, instruction, document, siblingsOf(instruction)));
  return { documents, edits, affected, events: pass.events, unapplied: pass.unapplied };
}

function documentOf(input: StepInput, instruction: Instruction): string | null {
  const wanted = instruction.target.document ?? input.main;
  const names = Object.keys(input.documents);
  const found = names.find((name) => name.toLowerCase() === wanted.toLowerCase());
  if (found) return found;
  // An extension is of the offer, whichever document a filing names it in: a target's Schedule 14D-9 reports the
  // bidder's "Offer to Purchase" extended, and its folder holds the statement. Its date edits go to the main document.
  if (instruction.op === 'extend' && names.includes(input.main)) return input.main;
  const have = names.map((n) => `\`${n}\``).join(', ');
  error(input.file, `Cannot find document \`${wanted}\` in the offer, which has ${have}`, instruction.source, 'unknown-document');
  return null;
}

function originOf(input: StepInput, instruction: Instruction): Origin {
  const { line, column } = instruction.source;
  return { amendment: input.amendment, sources: [{ file: input.name, item: instruction.target.item, line, column }], global: false };
}

function planSpecific(pass: Pass, instruction: Instruction, document: string): void {
  const { input } = pass;
  const { target, text, source } = instruction;
  const op = instruction.op as 'replace' | 'delete' | 'insert'; // the handler map sends only these here
  if (target.scope === 'exhibit') return; // restated and added exhibits are recorded from the filing's exhibit list
  if (op !== 'delete' && text === null) {
    warn(input.file, `Expected the new text of a \`${op}\` instruction, found none`, source, 'missing-text');
    return notApplied(pass, instruction, document);
  }
  const tree = input.documents[document] as Root;
  const origin = originOf(input, instruction);
  if (statementNamed(document)) return planStatement(pass, instruction, tree, origin, document);
  const earlier = dependsOn(target, document, tree, input.unapplied ?? []);
  if (earlier) {
    error(input.file, heldBackReason(target, earlier), source, 'depends-on-unapplied');
    return notApplied(pass, instruction, document);
  }
  const place = placeOf(pass, instruction, tree);
  if (!place) return notApplied(pass, instruction, document);
  const edit: PlannedEdit = { op, target: place.target, position: instruction.position, scope: target.scope, text, origin: place.decided ? { ...origin, decided: true } : origin };
  (pass.planned[document] ??= []).push(edit);
}

// Resolve an instruction's target; an ambiguous one a person settled in `offer.json` takes the place chosen.
function placeOf(pass: Pass, instruction: Instruction, tree: Root): { target: ResolvedTarget; decided: boolean } | null {
  const { input } = pass;
  const resolved = resolveTarget(instruction.target, tree);
  if (resolved.ok) return { target: resolved.target, decided: false };
  const candidates = resolved.candidates ?? [];
  const at = { file: input.name, path: String(input.file.path), source: instruction.source };
  const chosen = candidates.length > 0 && input.decisions ? decide(input.decisions, at, tree, candidates) : null;
  if (chosen) return { target: chosen, decided: true };
  const openings = candidateOpenings(tree, candidates);
  const hint = candidates.length > 0 ? `; ${decisionHint(input.name, instruction.source.line, openings)}` : '';
  const message = error(input.file, `${resolved.reason}${hint}`, instruction.source, resolved.ruleId);
  if (candidates.length > 0) message.expected = openings;
  return null;
}

function notApplied(pass: Pass, instruction: Instruction, document: string): void {
  const { input } = pass;
  const { line, column } = instruction.source;
  const ref = { file: input.name, item: instruction.target.item, line, column };
  pass.unapplied.push({ instruction, document, ref, words: wordsAt(input.file, instruction.source) });
}

function planStatement(pass: Pass, instruction: Instruction, tree: Root, origin: Origin, document: string): void {
  const { file } = pass.input;
  const plan = planStatementEdit(tree, instruction, origin, document);
  if (!plan.ok) {
    error(file, plan.reason, instruction.source, plan.ruleId);
    return notApplied(pass, instruction, document);
  }
  if (plan.note) file.info(plan.note, { place: instruction.source, ruleId: 'absent-base-text', source: messageSource });
  if (plan.edit) (pass.planned[document] ??= []).push(plan.edit);
}

// The exhibit index of each statement whose text the offer holds follows the filing's exhibit changes.
function planExhibitIndexes(pass: Pass): void {
  const { input } = pass;
  for (const [name, tree] of Object.entries(input.documents)) {
    const statement = statementNamed(name);
    if (!statement) continue;
    const item = String(statement.exhibitsItem);
    const originOf = (change: ExhibitChange): Origin => {
      const place = input.exhibitSources[input.exhibits.indexOf(change)];
      return { amendment: input.amendment, sources: place ? [{ file: input.name, item, ...place }] : [], global: false };
    };
    (pass.planned[name] ??= []).push(...planExhibitRows(tree, statement, input.exhibits, originOf));
  }
}

function planExtend(pass: Pass, instruction: Instruction, document: string): void {
  const { input } = pass;
  const tree = input.documents[document] as Root;
  const from = pass.expiration ?? findExpiration(tree);
  const to = instruction.expiration;
  if (to === null) return void warn(input.file, 'Expected the new expiration date of an extension, found none', instruction.source, 'missing-date');
  if (from !== null && to < from) return refuseEarlier(pass, instruction, from);
  const time = input.stated.find((event) => event.kind === 'extend' && event.expiration === to);
  pass.events.push({ type: 'filing.extend', expiration: to, time: time?.kind === 'extend' ? time.time : null });
  pass.expiration = to;
  if (from === null) return void error(input.file, `Cannot find the current expiration date in \`${document}\``, instruction.source, 'unresolved-target');
  (pass.planned[document] ??= []).push(...planExtension(tree, from, to, originOf(input, instruction)));
}

// An extension to a date before the one in force: a filing retelling an earlier extension in prose says nothing new;
// an instruction that would move the expiration back is reported and not applied.
function refuseEarlier(pass: Pass, instruction: Instruction, from: string): void {
  const { line, column } = instruction.source;
  const retold = pass.input.stated.some((event) => event.kind === 'extend' && event.source.line === line && event.source.column === column);
  if (retold) return;
  warn(pass.input.file, `Expected an extension to a date after the expiration in force, \`${from}\`, found \`${instruction.expiration}\``, instruction.source, 'earlier-extension');
}

function affectedBy(input: StepInput, tree: Root, instruction: Instruction, document: string, siblings: string[]): AffectedSentence[] {
  const plan = instruction.plan ?? 'the offer';
  const own = input.paragraphs.find((p) => p.source.line === instruction.source.line && p.source.column === instruction.source.column)?.text ?? '';
  return affectedSentences(tree, document, plan, planAliases(plan, own, renderText(tree), siblings));
}

function reportConflict(pass: Pass, document: string, conflict: Conflict): void {
  const { input } = pass;
  const tree = input.documents[document] as Root;
  const at = (change: Conflict['first']) => change.origin.sources[0];
  const first = at(conflict.first);
  const second = at(conflict.second);
  const span = conflict.first.level === 'sentence'
    ? { blocks: [conflict.first.block, conflict.first.block] as [number, number], sentences: [conflict.first.range[0], Math.max(conflict.first.range[0], conflict.first.range[1] - 1)] as [number, number] }
    : { blocks: [conflict.first.range[0], Math.max(conflict.first.range[0], conflict.first.range[1] - 1)] as [number, number], sentences: null };
  const name = (ref: typeof first) => (ref ? `\`${ref.file}:${ref.line}:${ref.column}\`` : 'an instruction');
  const reason = `Conflicting edits of \`${document}\` at ${describeCandidate(tree, span)}: ${name(first)} and ${name(second)} change it differently`;
  // Neither is applied: each instruction that asked for either (an instruction repeated under several Items too) is
  // reported at its own place.
  for (const ref of [...conflict.first.origin.sources, ...conflict.second.origin.sources]) {
    error(input.file, reason, { line: ref.line, column: ref.column }, 'conflicting-edits');
    const instruction = input.instructions.find((i) => i.source.line === ref.line && i.source.column === ref.column);
    if (instruction) notApplied(pass, instruction, document);
  }
}
