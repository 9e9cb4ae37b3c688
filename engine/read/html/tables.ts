import type { Element, ElementContent } from 'hast';
import type { MarkupBlock } from '../markup/blocks.js';
import { type WordSink, createSink, finishWords, wordsText } from '../markup/words.js';

/** A data table being read: its rows of cells, and how deep inside it nested tables are open. */
export interface HtmlTable {
  start: number;
  end: number;
  rows: WordSink[][];
  nested: number;
}

function lastRow(table: HtmlTable): WordSink[] {
  if (table.rows.length === 0) table.rows.push([]);
  return table.rows[table.rows.length - 1] as WordSink[];
}

/**
 * Start a row (`<tr>`).
 * @param table the table
 */
export function startRow(table: HtmlTable): void {
  table.rows.push([]);
}

/**
 * Start a cell (`<td>`, `<th>`) in the last row.
 * @param table the table
 */
export function startCell(table: HtmlTable): void {
  lastRow(table).push(createSink());
}

/**
 * The cell text goes into, started if the markup left it out.
 * @param table the table
 * @returns the cell's sink
 */
export function currentCell(table: HtmlTable): WordSink {
  const row = lastRow(table);
  if (row.length === 0) row.push(createSink());
  return row[row.length - 1] as WordSink;
}

/**
 * The cell being filled, if any (a boundary must not start one).
 * @param table the table
 * @returns the last cell of the last row, or null
 */
export function openCell(table: HtmlTable): WordSink | null {
  const row = table.rows[table.rows.length - 1];
  return row?.[row.length - 1] ?? null;
}

/**
 * Make a table block: one line per row, cells tab-separated, trailing empty cells and empty rows dropped.
 * @param table the table read
 * @returns the block, or null when the table holds no text
 */
export function finishTable(table: HtmlTable): MarkupBlock | null {
  const lines = table.rows
    .map((row) => row.map((cell) => wordsText(finishWords(cell))))
    .map((cells) => cells.slice(0, cells.findLastIndex((cell) => cell !== '') + 1))
    .filter((cells) => cells.length > 0)
    .map((cells) => cells.join('\t'));
  return lines.length === 0 ? null : { type: 'table', value: lines.join('\n'), start: table.start, end: table.end };
}

/**
 * Whether a table only lays out text: at most one of its own cells holds text (nested tables aside).
 * @param table the `<table>` element
 * @returns true for a layout table
 */
export function isLayoutTable(table: Element): boolean {
  const filled = new Set<Element>();
  const stack: Array<{ node: ElementContent; cell: Element | null }> = table.children.map((node) => ({ node, cell: null }));
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { node, cell } = entry;
    if (node.type === 'text' && cell && /\S/.test(node.value)) filled.add(cell);
    if (filled.size > 1) return false;
    if (node.type !== 'element' || node.tagName === 'table') continue;
    const inner = node.tagName === 'td' || node.tagName === 'th' ? node : cell;
    for (const child of node.children) stack.push({ node: child, cell: inner });
  }
  return true;
}
