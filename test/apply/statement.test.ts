import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../engine/apply/edits.js';
import { renderText } from '../../engine/core/document-text.js';
import { planStatementEdit, statementBase } from '../../engine/apply/statement.js';
import { statementNamed, type Statement } from '../../engine/lexicon/statements.js';

const scheduleTo = statementNamed('Schedule TO') as Statement;
const scheduleToBase = () => statementBase(scheduleTo);
import type { Instruction, Origin, Root } from '../../engine/types.js';

const origin: Origin = { amendment: 1, sources: [{ file: 'amendment-1.md', item: '4', line: 50, column: 1 }], global: false };

const instruction = (fields: Partial<Instruction> & { item: string; paragraph?: string | null; scope?: Instruction['target']['scope'] }): Instruction => ({
  op: fields.op ?? 'insert',
  target: { document: 'Schedule TO', item: fields.item, pages: [], section: null, heading: null, paragraph: fields.paragraph ?? null, paragraphs: [], sentences: [], scope: fields.scope ?? 'item', match: null },
  position: fields.position ?? 'end',
  text: fields.text ?? null,
  plan: null,
  expiration: null,
  source: { line: 50, column: 1 },
});

function run(tree: Root, given: Instruction): { tree: Root; note: string | null } {
  const plan = planStatementEdit(tree, given, origin, 'Schedule TO');
  if (!plan.ok) throw new Error(plan.reason);
  return { tree: plan.edit ? applyEdits(tree, [plan.edit], 'Schedule TO').tree : tree, note: plan.note };
}

const itemText = (tree: Root, item: number): string => renderText(tree).split('\n\n').filter((b, _, all) => {
  const start = all.findIndex((x) => x.startsWith(`Item ${item}.`));
  const end = all.findIndex((x) => x.startsWith(`Item ${item + 1}.`));
  const at = all.indexOf(b);
  return at >= start && (end < 0 || at < end);
}).join('\n\n');

describe('the Schedule TO statement', () => {
  it('starts as Items 1-13, each with a marker for its absent text', () => {
    const tree = scheduleToBase();
    expect(tree.children).toHaveLength(26);
    expect(itemText(tree, 4)).toBe('Item 4. Terms of the Transaction.\n\n[Item 4 as filed before Amendment No. 1 is not in the corpus]');
  });

  it('shows text added to an Item after the marker', () => {
    const { tree } = run(scheduleToBase(), instruction({ item: '4', text: 'The Offer expired at 5:00 p.m. on September 10, 2007. We accepted options.' }));
    expect(itemText(tree, 4)).toBe(
      'Item 4. Terms of the Transaction.\n\n[Item 4 as filed before Amendment No. 1 is not in the corpus]\n\nThe Offer expired at 5:00 p.m. on September 10, 2007. We accepted options.',
    );
  });

  it('puts text added to several Items ("Items 1 through 9 and Item 11") once, after the last of them, and replaces none of them as one', () => {
    const { tree } = run(scheduleToBase(), instruction({ item: '1-9, 11', text: 'The Offer expired on July 30, 2021.' }));
    expect(itemText(tree, 11)).toBe('Item 11. Additional Information.\n\n[Item 11 as filed before Amendment No. 1 is not in the corpus]\n\nThe Offer expired on July 30, 2021.');
    expect(itemText(tree, 1)).toBe('Item 1. Summary Term Sheet.\n\n[Item 1 as filed before Amendment No. 1 is not in the corpus]');
    expect(planStatementEdit(scheduleToBase(), instruction({ op: 'replace', item: '1-9', text: 'New.' }), origin, 'Schedule TO')).toMatchObject({ ok: false, ruleId: 'unresolved-target' });
  });

  it('knows an Item amended in its entirety', () => {
    const { tree } = run(scheduleToBase(), instruction({ op: 'replace', item: '12', position: null, text: '(a)(1)(A) Offer to Amend.' }));
    expect(itemText(tree, 12)).toBe('Item 12. Exhibits.\n\n(a)(1)(A) Offer to Amend.');
  });

  it('keeps an exhibit index of tab-separated rows as a table, line for line, not one run-on paragraph', () => {
    const index = 'Exhibit Number\tDescription\n(a)(1)(A)*\tOffer to Amend, dated August 10, 2007\n(a)(1)(B)*\tDraft e-mail\n(a)(1)(N)(i)\tPlan (incorporated by reference to the\n\tCompany\'s Form S-1)';
    const { tree } = run(scheduleToBase(), instruction({ op: 'replace', item: '12', position: null, text: `${index}\n\nThe exhibits marked * were filed before.` }));
    const added = tree.children.filter((n) => n.origin.amendment === 1);
    expect(added.map((n) => n.type)).toEqual(['table', 'paragraph']);
    expect(itemText(tree, 12)).toBe(`Item 12. Exhibits.\n\n${index}\n\nThe exhibits marked * were filed before.`);
  });

  it('puts a replaced lettered paragraph after the marker, with a note, and replaces it once known', () => {
    const first = run(scheduleToBase(), instruction({ op: 'replace', item: '2(b)', paragraph: '(b)', scope: 'paragraph', position: null, text: '(b) This statement relates to options.' }));
    expect(first.note).toBe('Item `2` paragraph `(b)` as filed is not in the corpus; its new text follows the marker');
    expect(itemText(first.tree, 2)).toBe(
      'Item 2. Subject Company Information.\n\n[Item 2 as filed before Amendment No. 1 is not in the corpus]\n\n(b) This statement relates to options.',
    );
    const second = run(first.tree, instruction({ op: 'replace', item: '2(b)', scope: 'paragraph', position: null, text: '(b) Now it relates to shares.' }));
    expect(second.note).toBeNull();
    expect(itemText(second.tree, 2)).toContain('[Item 2 as filed before Amendment No. 1 is not in the corpus]\n\n(b) Now it relates to shares.');
  });

  it('reports an Item the statement does not have', () => {
    expect(planStatementEdit(scheduleToBase(), instruction({ item: '14' }), origin, 'Schedule TO')).toEqual({
      ok: false,
      ruleId: 'unresolved-target',
      reason: 'Cannot find Item `14` of the Schedule TO',
    });
  });
});
