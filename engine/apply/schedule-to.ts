import type { PlannedEdit } from './plan.js';
import { fullOrdinal } from '../core/full-paragraphs.js';
import { heading, root, unknown } from '../core/nodes.js';
import { resolveTarget, type Resolution } from '../resolve/target.js';
import { headingScope } from '../resolve/headings.js';
import { hasLabel } from '../resolve/scopes.js';
import type { Instruction, Origin, Root } from '../types.js';

/** The name instructions use for the tender offer statement itself. */
export const scheduleToName = 'Schedule TO';

/** The Items of Schedule TO, as Regulation M-A titles them. */
export const scheduleToItems: readonly string[] = [
  'Summary Term Sheet',
  'Subject Company Information',
  'Identity and Background of Filing Person',
  'Terms of the Transaction',
  'Past Contacts, Transactions, Negotiations and Agreements',
  'Purposes of the Transaction and Plans or Proposals',
  'Source and Amount of Funds or Other Consideration',
  'Interest in Securities of the Subject Company',
  'Persons/Assets, Retained, Employed, Compensated or Used',
  'Financial Statements',
  'Additional Information',
  'Exhibits',
  'Information Required by Schedule 13E-3',
];

/**
 * The marker standing for an Item's text as originally filed, which the corpus does not hold.
 * @param item the Item number
 * @returns e.g. `[Item 4 as filed before Amendment No. 1 is not in the corpus]`
 */
export function absentItemMarker(item: number): string {
  return `[Item ${item} as filed before Amendment No. 1 is not in the corpus]`;
}

/**
 * The Schedule TO statement as the corpus knows it before any amendment: each Item's heading, then a marker
 * for its absent text. Amendments then replace Items in their entirety or add to them after the marker.
 * @returns the document
 */
export function scheduleToBase(): Root {
  const children = scheduleToItems.flatMap((title, index) => [
    heading(`Item ${index + 1}. ${title}.`, 'section', { number: String(index + 1) }),
    unknown(absentItemMarker(index + 1)),
  ]);
  return root(children, 'text');
}

/** A Schedule TO instruction resolved to an edit, with a note when it acts on absent base text. */
export type ScheduleToPlan = { ok: true; edit: PlannedEdit | null; note: string | null } | Extract<Resolution, { ok: false }>;

// "2(b)" names Item 2 and its paragraph (b).
function splitItem(item: string | null): { number: string | null; paragraph: string | null } {
  const match = /^(\d+)\s*(\([a-z0-9]+\))?/i.exec(item ?? '');
  return { number: match?.[1] ?? null, paragraph: match?.[2] ?? null };
}

/**
 * Resolve an instruction that changes the Schedule TO statement itself: a whole Item ("amended in its entirety",
 * "supplemented to add"), an Item's lettered paragraph, or a place inside an Item's known text.
 * @param tree the statement as it stands
 * @param instruction the instruction
 * @param origin who asks for it
 * @returns the edit, or why it cannot be resolved
 */
export function planScheduleToEdit(tree: Root, instruction: Instruction, origin: Origin): ScheduleToPlan {
  const { target } = instruction;
  const split = splitItem(target.item ?? target.section);
  const index = tree.children.findIndex((n) => n.type === 'heading' && n.number === split.number);
  if (split.number === null || index < 0) {
    return { ok: false, ruleId: 'unresolved-target', reason: `Cannot find Item \`${target.item ?? target.section ?? '?'}\` of the Schedule TO` };
  }
  const scope = headingScope(tree, index);
  const label = typeof target.paragraph === 'string' && fullOrdinal(target.paragraph) === null ? target.paragraph : split.paragraph;
  const base = { op: instruction.op as PlannedEdit['op'], scope: target.scope, text: instruction.text, origin };
  if (label && target.sentences.length === 0) return planLabelled(tree, scope, label, split.number, base);
  if (target.paragraph === null && target.sentences.length === 0 && target.heading === null) return planWholeItem(index, scope, instruction.position, base);
  const resolved = resolveTarget({ ...target, section: split.number, item: null }, tree);
  return resolved.ok ? { ok: true, edit: { ...base, target: resolved.target, position: instruction.position }, note: null } : resolved;
}

type Base = Omit<PlannedEdit, 'target' | 'position'>;

// A whole Item: its text (not its heading) is replaced; added text goes after everything it holds.
function planWholeItem(index: number, scope: number[], position: Instruction['position'], base: Base): ScheduleToPlan {
  const first = scope[0] ?? index;
  const last = scope[scope.length - 1] ?? index;
  if (base.op !== 'insert') return { ok: true, edit: { ...base, target: { blocks: [first, last], sentences: null }, position }, note: null };
  const before = position === 'start' || position === 'before';
  const at = before ? first : last;
  return { ok: true, edit: { ...base, target: { blocks: [at, at], sentences: null }, position: before ? 'before' : 'after' }, note: null };
}

// "(b)": the Item's paragraph with that label; when the Item's filed text is absent, the new paragraph
// follows the marker and a note says the old one is not in the corpus.
function planLabelled(tree: Root, scope: number[], label: string, item: string, base: Base): ScheduleToPlan {
  const found = scope.find((i) => hasLabel(tree.children[i], label));
  if (found !== undefined) return { ok: true, edit: { ...base, target: { blocks: [found, found], sentences: null }, position: null }, note: null };
  const marker = scope.find((i) => tree.children[i]?.type === 'unknown');
  if (marker === undefined) {
    return { ok: false, ruleId: 'unresolved-target', reason: `Cannot find paragraph \`${label}\` of Item \`${item}\` of the Schedule TO` };
  }
  const last = scope[scope.length - 1] ?? marker;
  const absent = `Item \`${item}\` paragraph \`${label}\` as filed is not in the corpus`;
  if (base.op === 'delete') return { ok: true, edit: null, note: `${absent}; its deletion changes no known text` };
  const edit: PlannedEdit = { ...base, op: 'insert', target: { blocks: [last, last], sentences: null }, position: 'after' };
  return { ok: true, edit, note: `${absent}; its new text follows the marker` };
}
