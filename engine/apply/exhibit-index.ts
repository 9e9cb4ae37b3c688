// The statement's exhibit index (Item 12 of a Schedule TO, Item 9 of a 14D-9), one paragraph per exhibit: the
// exhibits a filing restates or adds update it, each row then carrying the amendment that put it there.
import type { PlannedEdit } from './plan.js';
import { headingScope } from '../resolve/headings.js';
import { itemHeadingNumber, type Statement } from '../lexicon/statements.js';
import type { Block, ExhibitChange, Origin, Root } from '../types.js';

// "(a)(1)", "(a)(5)(B)", "(d)": an exhibit id opening a row, followed by its description.
const rowId = /^(\([a-z]\)(?:\(\d+\))?(?:\([A-Za-z]+\))?)(?:\s+|$)/;

function rowText(node: Block | undefined): string | null {
  return node?.type === 'paragraph' ? node.children.map((s) => s.value).join(' ') : null;
}

function idOf(node: Block | undefined): string | null {
  return rowId.exec(rowText(node) ?? '')?.[1] ?? null;
}

const sameId = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * The edits that bring the exhibit index up to a filing's exhibit changes: a restated exhibit's row is rewritten
 * when the filing gives it a new description, an added exhibit's row follows the last row (or replaces
 * the row of the same id). Nothing is planned when the index's text is absent (a marker stands there).
 * @param tree the statement as it stands
 * @param statement which statement it is
 * @param changes the filing's exhibit changes
 * @param originOf the provenance of the row a change writes
 * @returns the edits, in order
 */
export function planExhibitRows(tree: Root, statement: Statement, changes: ExhibitChange[], originOf: (change: ExhibitChange) => Origin): PlannedEdit[] {
  const index = tree.children.findIndex((n) => n.type === 'heading' && n.number === itemHeadingNumber(statement.exhibitsItem));
  if (index < 0) return [];
  const rows = headingScope(tree, index).filter((i) => idOf(tree.children[i]) !== null);
  const last = rows[rows.length - 1];
  if (last === undefined) return [];
  const edits: PlannedEdit[] = [];
  const added = new Map<number, { texts: string[]; origin: Origin }>();
  for (const change of changes) {
    const row = rows.find((i) => sameId(idOf(tree.children[i]) as string, change.id));
    const own = row === undefined ? null : (rowText(tree.children[row]) as string).replace(rowId, '');
    const text = `${change.id} ${change.description ?? own ?? ''}`.trim();
    // A restated exhibit whose row reads as before leaves the row, and its provenance, as they are: the index row is
    // text like any other, credited to whoever last changed its words.
    if (row !== undefined && text.replace(/\s+/g, ' ') === (rowText(tree.children[row]) as string).replace(/\s+/g, ' ')) continue;
    if (row !== undefined) {
      edits.push({ op: 'replace', target: { blocks: [row, row], sentences: null }, position: null, scope: 'paragraph', text, origin: originOf(change) });
      continue;
    }
    // A new row follows the last row of its letter ("(a)(7)" after "(a)(6)"), else the index's last row; rows
    // following one row go in together, in the filing's order (two insertions at one place would conflict).
    const letter = change.id.slice(0, 3).toLowerCase();
    const anchor = rows.filter((i) => (idOf(tree.children[i]) as string).slice(0, 3).toLowerCase() === letter).pop() ?? last;
    const group = added.get(anchor) ?? { texts: [], origin: originOf(change) };
    group.texts.push(text);
    added.set(anchor, group);
  }
  for (const [anchor, group] of added) {
    edits.push({ op: 'insert', target: { blocks: [anchor, anchor], sentences: null }, position: 'after', scope: 'paragraph', text: group.texts.join('\n\n'), origin: group.origin });
  }
  return edits;
}
