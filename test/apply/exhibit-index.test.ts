import { describe, expect, it } from 'vitest';
import { heading, paragraph, root, sentence } from '../../engine/core/nodes.js';
import { planExhibitRows } from '../../engine/apply/exhibit-index.js';
import { applyEdits } from '../../engine/apply/edits.js';
import { renderText } from '../../engine/core/document-text.js';
import { statementNamed, type Statement } from '../../engine/lexicon/statements.js';
import type { ExhibitChange, Origin, Root } from '../../engine/types.js';

const scheduleTo = statementNamed('Schedule TO') as Statement;
const row = (text: string) => paragraph([sentence(text, 3)], { pages: [3] });
const index = (): Root =>
  root(
    [
      heading('Item 12. Exhibits.', 'section', { number: 'Item 12' }),
      row('(a)(1)(A) Offer to Purchase, dated March 2, 2020.'),
      row('(a)(1)(B) Letter of Transmittal.'),
      row('(d)(1) Agreement and Plan of Merger, dated February 20, 2020.'),
      heading('Item 13. Information Required by Schedule 13E-3.', 'section', { number: 'Item 13' }),
      row('Not applicable.'),
    ],
    'text',
  );
const origin: Origin = { amendment: 2, sources: [{ file: 'amendment-2.txt', item: '12', line: 40, column: 1 }], global: false };

function amend(changes: ExhibitChange[]): string {
  const tree = index();
  return renderText(applyEdits(tree, planExhibitRows(tree, scheduleTo, changes, () => origin), 'Schedule TO').tree);
}

describe('the exhibit index of a statement whose text is present', () => {
  it('rewrites a restated exhibit given a new description, and adds new rows after the last row of their letter', () => {
    const text = amend([
      { id: '(a)(1)(A)', action: 'restated', description: 'Amended and Restated Offer to Purchase, dated March 16, 2020.' },
      { id: '(a)(1)(C)', action: 'added', description: 'Press release issued March 16, 2020.' },
      { id: '(a)(1)(D)', action: 'added', description: 'Summary advertisement.' },
      { id: '(d)(2)', action: 'added', description: 'Tender and Support Agreement.' },
    ]);
    expect(text).toBe(
      [
        'Item 12. Exhibits.',
        '(a)(1)(A) Amended and Restated Offer to Purchase, dated March 16, 2020.',
        '(a)(1)(B) Letter of Transmittal.',
        '(a)(1)(C) Press release issued March 16, 2020.',
        '(a)(1)(D) Summary advertisement.',
        '(d)(1) Agreement and Plan of Merger, dated February 20, 2020.',
        '(d)(2) Tender and Support Agreement.',
        'Item 13. Information Required by Schedule 13E-3.',
        'Not applicable.',
      ].join('\n\n') + '\n',
    );
  });

  it('leaves a restated exhibit whose row reads as before, or that the filing describes not at all', () => {
    const before = renderText(index());
    expect(amend([{ id: '(a)(1)(B)', action: 'restated', description: 'Letter of Transmittal.' }])).toBe(before);
    expect(amend([{ id: '(d)(1)', action: 'restated', description: null }])).toBe(before);
  });

  it('plans nothing where the index is absent (an explicit marker stands there)', () => {
    const tree = root([heading('Item 12. Exhibits.', 'section', { number: 'Item 12' })], 'text');
    expect(planExhibitRows(tree, scheduleTo, [{ id: '(a)(9)', action: 'added', description: 'Notice.' }], () => origin)).toEqual([]);
  });
});
