import type { Element, ElementContent } from 'hast';

// A list item's mark: "1.", "2)", "(a)", "(iv)", "A.", or a bullet.
const enumerator = /^(?:\(?(?:\d{1,3}|[A-Za-z]|[ivxlc]{1,6})[.)]|[•·▪◦\-–—*])$/;

/** The text under a node, nested elements included, read with an explicit stack. */
export function textOf(node: ElementContent): string {
  let text = '';
  const stack: ElementContent[] = [node];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (next.type === 'text') text += next.value;
    else if (next.type === 'element') for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i] as ElementContent);
  }
  return text.replace(/[\u200b-\u200d\u2060\u00ad\ufeff]/g, '').replace(/\s+/g, ' ').trim();
}

/** A table's own rows (through `thead`, `tbody`, `tfoot`), not those of tables inside its cells. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const stack: ElementContent[] = [...table.children];
  for (let next = stack.shift(); next; next = stack.shift()) {
    if (next.type !== 'element') continue;
    if (next.tagName === 'tr') rows.push(next);
    else if (['thead', 'tbody', 'tfoot'].includes(next.tagName)) stack.unshift(...next.children);
  }
  return rows;
}

/**
 * Whether a table only sets out a numbered or bulleted list with hanging indents, as EDGAR HTML often does: every row
 * that holds text has two cells of text, a list mark ("1.", "(a)", "•") and the item's words. Such a table is read as
 * one paragraph per row, the mark opening it ("1. Item 4 of the Schedule TO is hereby amended ..."), not as data.
 * @param table the `<table>` element
 * @returns true for such a table
 */
export function isListTable(table: Element): boolean {
  const filled = filledRows(table);
  return filled.length > 0 && filled.every((cells) => cells.length === 2 && enumerator.test(cells[0] as string) && /\s/.test(cells[1] as string));
}

/**
 * The text of each of a table's own rows that holds any, cell by cell, empty cells left out.
 * @param table the `<table>` element
 * @returns the rows' filled cells
 */
export function filledRows(table: Element): string[][] {
  const rows = rowsOf(table).map((row) =>
    row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')).map(textOf).filter((t) => t !== ''),
  );
  return rows.filter((cells) => cells.length > 0);
}

/**
 * Whether a table lays out prose beside a side caption: every row holding text has a cell of prose (a sentence of
 * eight words or more) last, and at most one short cell (twelve words or fewer) before it. Its cells are read as
 * blocks of text, the caption before its paragraphs, not as data.
 * @param table the `<table>` element
 * @returns true for such a table
 */
export function isProseTable(table: Element): boolean {
  const filled = filledRows(table);
  const prose = (text: string): boolean => text.split(' ').length >= 8 && /[.;:!?]["')\u201d]*(?:\s|$)/.test(text);
  const short = (text: string): boolean => text.split(' ').length <= 12;
  return filled.length > 0 && filled.every((cells) => cells.length <= 2 && prose(cells[cells.length - 1] as string) && (cells.length === 1 || short(cells[0] as string)));
}
