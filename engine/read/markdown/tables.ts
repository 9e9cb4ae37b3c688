import { firstIndex } from '../../core/floor-index.js';
import type { MarkupBlock } from '../markup/blocks.js';
import type { Word } from '../markup/words.js';

/** Consecutive source lines that form a table, whatever markdown made of them. */
export interface TabRun {
  /** Offset of its first line's start. */
  from: number;
  /** Offset of its last line's end. */
  to: number;
  /** `tab` for tab-separated lines (a PDF converter's table), `pipe` for a GFM pipe table. */
  kind: 'tab' | 'pipe';
}

interface Line {
  text: string;
  from: number;
  to: number;
}

// Each pipe takes the blanks after it: `\s*\|?\s*` would try every split of a long run of blanks.
const delimiterRow = /^\s*(?:\|\s*)?:?-+:?\s*(?:\|\s*:?-+:?\s*)*(?:\|\s*)?$/;

/**
 * Find the tables of a markdown source by their lines: two or more consecutive lines holding a tab (at least
 * one between words: a line that only starts with one continues the row above), or a GFM pipe table (a row
 * of cells, a `|---|` delimiter row, more rows). Read this way, no markdown construct can break them up.
 * @param source the whole source text
 * @returns the runs in order, none overlapping
 */
export function tabRuns(source: string): TabRun[] {
  const lines = sourceLines(source);
  const runs: TabRun[] = [];
  for (let i = 0; i < lines.length; ) {
    const tab = tabRunAt(lines, i);
    const size = tab || pipeRunAt(lines, i);
    const first = lines[i] as Line;
    const last = lines[i + size - 1];
    if (size > 0 && last) runs.push({ from: first.from, to: last.to, kind: tab > 0 ? 'tab' : 'pipe' });
    i += Math.max(size, 1);
  }
  return runs;
}

function sourceLines(source: string): Line[] {
  let from = 0;
  return source.split('\n').map((text) => {
    const line = { text, from, to: from + text.length };
    from = line.to + 1;
    return line;
  });
}

function tabRunAt(lines: Line[], start: number): number {
  let end = start;
  while (lines[end]?.text.includes('\t')) end++;
  const inner = lines.slice(start, end).some((line) => /\S\t/.test(line.text));
  return end - start >= 2 && inner ? end - start : 0;
}

function pipeRunAt(lines: Line[], start: number): number {
  const header = lines[start]?.text ?? '';
  if (!header.includes('|') || !delimiterRow.test(lines[start + 1]?.text ?? '') || !lines[start + 1]?.text.includes('|')) return 0;
  let end = start + 2;
  while (lines[end]?.text.includes('|') && lines[end]?.text.trim() !== '') end++;
  return end - start;
}

/**
 * Drop the tokens that lie in tab tables and cut the rest where a table stood between them.
 * @param tokens a block's tokens in order
 * @param runs the tab runs in order
 * @returns the groups of tokens outside the tables, none empty
 */
export function splitByRuns(tokens: Word[], runs: TabRun[]): Word[][] {
  const groups: Word[][] = [];
  let key = -1;
  for (const token of tokens) {
    const before = runsBefore(runs, token.start);
    const run = runs[before - 1];
    if (run && token.start < run.to) continue;
    if (before !== key || groups.length === 0) groups.push([]);
    key = before;
    groups[groups.length - 1]?.push(token);
  }
  return groups;
}

function runsBefore(runs: TabRun[], offset: number): number {
  return firstIndex(runs.length, (index) => (runs[index]?.from ?? 0) > offset);
}

/**
 * Whether a source span lies wholly in a tab table.
 * @param runs the tab runs in order
 * @param start the span's start offset
 * @param end the span's end offset
 * @returns true when one run holds it
 */
export function inTabRun(runs: TabRun[], start: number, end: number): boolean {
  const run = runs[runsBefore(runs, start) - 1];
  return run !== undefined && end <= run.to;
}

/**
 * Make a table block kept line for line, cells tab-separated and cleaned of escapes and math wrappers
 * (a pipe table loses its outer pipes and its delimiter row).
 * @param source the whole source text
 * @param run a table run
 * @returns the table block
 */
export function tabTable(source: string, run: TabRun): MarkupBlock {
  const lines = source.slice(run.from, run.to).split('\n');
  const rows = run.kind === 'pipe' ? lines.filter((_, i) => i !== 1).map(pipeCells) : lines.map((line) => line.split('\t'));
  const value = rows.map((cells) => trimCells(cells.map(cleanCell)).join('\t')).join('\n');
  return { type: 'table', value, start: run.from, end: run.to };
}

function pipeCells(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/).map((cell) => cell.replace(/\\\|/g, '|'));
}

function trimCells(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}

/**
 * Clean one cell of converter debris: `$(a)(1)(C)^*$` to `(a)(1)(C)*`, `\$` to `$`, whitespace collapsed.
 * @param cell the cell's source text
 * @returns the cleaned text
 */
export function cleanCell(cell: string): string {
  return cell
    .replace(/(?<!\\)\$([^$]*?)(?<!\\)\$/g, (_, inner: string) => inner.replace(/[\^{}]/g, ''))
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
