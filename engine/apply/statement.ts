// The Schedule statement itself (Schedule TO, Schedule 14D-9) as a document: its Items, their lettered paragraphs
// and the exhibit index, whether its text is in the offer folder, partly there, or absent (explicit markers).
import type { PlannedEdit } from './plan.js';
import { fullOrdinal } from '../core/full-paragraphs.js';
import { heading, root, unknown } from '../core/nodes.js';
import { itemHeadingNumber, runInItem, type Statement } from '../lexicon/statements.js';
import { resolveTarget, type Resolution } from '../resolve/target.js';
import { headingScope } from '../resolve/headings.js';
import { hasLabel } from '../resolve/scopes.js';
import type { Block, Instruction, Origin, Paragraph, Root } from '../types.js';

/**
 * The marker standing for an Item's text as originally filed, which the offer folder does not hold.
 * @param item the Item number
 * @returns e.g. `[Item 4 as filed before Amendment No. 1 is not in the corpus]`
 */
export function absentItemMarker(item: number): string {
  return `[Item ${item} as filed before Amendment No. 1 is not in the corpus]`;
}

const itemHeading = (statement: Statement, index: number): Block =>
  heading(`Item ${index + 1}. ${statement.items[index] ?? ''}.`, 'section', { number: itemHeadingNumber(index + 1) });

/**
 * A statement whose text the offer folder does not hold: each Item's heading, then a marker for its absent text.
 * Amendments then replace Items in their entirety or add to them after the marker.
 * @param statement the statement
 * @returns the document
 */
export function statementBase(statement: Statement): Root {
  return root(statement.items.flatMap((_, index) => [itemHeading(statement, index), unknown(absentItemMarker(index + 1))]), 'text');
}

/**
 * A statement's text as read, made ready for its Items to be found: an Item run in at a paragraph's start
 * ("Item 4. Terms of the Transaction. The information ...") becomes a heading of its own, and each Item the text
 * lacks gets its heading and an absent-text marker, in Item order.
 * @param tree the statement as read
 * @param statement which statement it is
 * @returns the statement's tree
 */
export function statementTree(tree: Root, statement: Statement): Root {
  const children = tree.children.flatMap(splitRunInItem);
  const present = new Set(children.flatMap((node) => (node.type === 'heading' && node.number ? [node.number] : [])));
  if (![...present].some((number) => /^Item /.test(number))) return { ...tree, children };
  const out: Block[] = [];
  let next = 0;
  const fillTo = (item: number): void => {
    for (; next < Math.min(item - 1, statement.items.length); next++) {
      if (!present.has(itemHeadingNumber(next + 1))) out.push(itemHeading(statement, next), unknown(absentItemMarker(next + 1)));
    }
  };
  for (const node of children) {
    const item = node.type === 'heading' ? /^Item (\d+)$/.exec(node.number ?? '') : null;
    if (item) fillTo(Number(item[1]));
    if (item) next = Math.max(next, Number(item[1]));
    out.push(node);
  }
  fillTo(statement.items.length + 1);
  return { ...tree, children: out };
}

function splitRunInItem(node: Block): Block[] {
  if (node.type !== 'paragraph' || !node.runIn) return [node];
  const match = runInItem.exec(node.runIn);
  if (!match) return [node];
  const title = heading(node.runIn, 'section', { number: itemHeadingNumber(match[1] as string), page: node.pages[0] ?? null, origin: node.origin });
  if (node.children.length === 0) return [title];
  const body: Paragraph = { ...node, runIn: null };
  return [title, body];
}

/** A statement instruction resolved to an edit, with a note when it acts on absent base text. */
export type StatementPlan = { ok: true; edit: PlannedEdit | null; note: string | null } | Extract<Resolution, { ok: false }>;

// "2(b)" names Item 2 and its paragraph (b); "1-9, 11" (Items 1 through 9 and Item 11) names several Items, whose
// added text stands once, after the last of them.
function splitItem(item: string | null): { number: string | null; paragraph: string | null; several: boolean } {
  const several = /^\d+[A-Z]?\s*(?:-|,)/i.test(item ?? '');
  if (several) return { number: /(\d+)[A-Z]?\s*$/i.exec(item ?? '')?.[1] ?? null, paragraph: null, several };
  const match = /^(\d+)\s*(\([a-z0-9]+\))?/i.exec(item ?? '');
  return { number: match?.[1] ?? null, paragraph: match?.[2] ?? null, several };
}

/**
 * Resolve an instruction that changes the statement itself: a whole Item ("amended in its entirety",
 * "supplemented to add"), an Item's lettered paragraph, or a place inside an Item's known text.
 * @param tree the statement as it stands
 * @param instruction the instruction
 * @param origin who asks for it
 * @param name the statement's name, for messages
 * @returns the edit, or why it cannot be resolved
 */
export function planStatementEdit(tree: Root, instruction: Instruction, origin: Origin, name: string): StatementPlan {
  const { target } = instruction;
  const split = splitItem(target.item ?? target.section);
  const number = split.number === null ? null : itemHeadingNumber(split.number);
  const index = tree.children.findIndex((n) => n.type === 'heading' && n.number === number);
  if (number === null || index < 0) {
    return { ok: false, ruleId: 'unresolved-target', reason: `Cannot find Item \`${target.item ?? target.section ?? '?'}\` of the ${name}` };
  }
  // Text added to several Items stands once, after the last; a replacement of several Items at once is not guessed at.
  if (split.several && instruction.op !== 'insert') {
    return { ok: false, ruleId: 'unresolved-target', reason: `Cannot ${instruction.op} Items \`${target.item ?? ''}\` of the ${name} as one place` };
  }
  const scope = headingScope(tree, index);
  const label = typeof target.paragraph === 'string' && fullOrdinal(target.paragraph) === null ? target.paragraph : split.paragraph;
  const base = { op: instruction.op as PlannedEdit['op'], scope: target.scope, text: instruction.text, origin };
  if (label && target.sentences.length === 0) return planLabelled(tree, scope, label, { item: split.number as string, name }, base);
  if (target.paragraph === null && target.sentences.length === 0 && target.heading === null) return planWholeItem(index, scope, instruction.position, base);
  const resolved = resolveTarget({ ...target, section: number, item: null }, tree);
  return resolved.ok ? { ok: true, edit: { ...base, target: resolved.target, position: instruction.position }, note: null } : resolved;
}

type Base = Omit<PlannedEdit, 'target' | 'position'>;

// A whole Item: its text (not its heading) is replaced; added text goes after everything it holds.
function planWholeItem(index: number, scope: number[], position: Instruction['position'], base: Base): StatementPlan {
  const first = scope[0] ?? index;
  const last = scope[scope.length - 1] ?? index;
  if (scope.length === 0 && base.op !== 'insert') return { ok: true, edit: { ...base, op: 'insert', target: { blocks: [index, index], sentences: null }, position: 'after' }, note: null };
  if (base.op !== 'insert') return { ok: true, edit: { ...base, target: { blocks: [first, last], sentences: null }, position }, note: null };
  const before = position === 'start' || position === 'before';
  const at = before ? first : last;
  return { ok: true, edit: { ...base, target: { blocks: [at, at], sentences: null }, position: before ? 'before' : 'after' }, note: null };
}

// "(b)": the Item's paragraph with that label; when the Item's filed text is absent, the new paragraph
// follows the marker and a note says the old one is not in the corpus.
function planLabelled(tree: Root, scope: number[], label: string, where: { item: string; name: string }, base: Base): StatementPlan {
  const found = scope.find((i) => hasLabel(tree.children[i], label));
  if (found !== undefined) return { ok: true, edit: { ...base, target: { blocks: [found, found], sentences: null }, position: null }, note: null };
  const marker = scope.find((i) => tree.children[i]?.type === 'unknown');
  if (marker === undefined) {
    return { ok: false, ruleId: 'unresolved-target', reason: `Cannot find paragraph \`${label}\` of Item \`${where.item}\` of the ${where.name}` };
  }
  const last = scope[scope.length - 1] ?? marker;
  const absent = `Item \`${where.item}\` paragraph \`${label}\` as filed is not in the corpus`;
  if (base.op === 'delete') return { ok: true, edit: null, note: `${absent}; its deletion changes no known text` };
  const edit: PlannedEdit = { ...base, op: 'insert', target: { blocks: [last, last], sentences: null }, position: 'after' };
  return { ok: true, edit, note: `${absent}; its new text follows the marker` };
}
