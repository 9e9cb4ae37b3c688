import { parseDate } from '../lexicon/dates.js';
import type { FeeTable } from '../types.js';

type FeeField = keyof FeeTable;

// Labelled fields of the fee-offset box, which may share a line: "Amount Previously Paid: $68.19   Filing Party: ...".
const offsetLabels: Array<[FeeField, RegExp]> = [
  ['amountPreviouslyPaid', /Amount\s+Previously\s+Paid/i],
  ['filingParty', /Filing\s+Party/i],
  ['formOrRegistrationNo', /Form\s+or\s+Registration\s+(?:No\.?|Number)/i],
  ['dateFiled', /Date\s+Filed/i],
];
const anyOffsetLabel = new RegExp(offsetLabels.map(([, re]) => re.source).join('|'), 'i');

const valuationLabel = /Transaction\s+Valuation/i;
const feeLabel = /Amount\s+of\s+(?:the\s+)?Filing\s+Fee/i;
const notStated = /^(?:N\/?A|Not\s+Applicable|None|Not\s+Required|[-–—]+)$/i;

/**
 * A line without markup: SGML tags (each a space), markdown escapes, emphasis and `$...^*$` footnote marks.
 * @param line the line (or any text)
 * @returns the text without markup, its whitespace as written
 */
export function cleanLine(line: string): string {
  return stripTags(line)
    .replace(/\\([$%&*_#[\]()|])/g, '$1')
    .replace(/\$([^$]*)\^\{?\*\}?\$/g, '$1')
    .replace(/\*\*|__/g, '');
}

// Each `<...>` as a space, as `/<[^>]*>/g` would, but looking for the `>` once: that regular expression rescans the
// rest of the line from every `<` when none is closed, quadratic in a long run of them.
function stripTags(text: string): string {
  let out = '';
  let at = 0;
  for (let open = text.indexOf('<'); open >= 0; open = text.indexOf('<', at)) {
    const close = text.indexOf('>', open);
    if (close < 0) break;
    out += `${text.slice(at, open)} `;
    at = close + 1;
  }
  return out + text.slice(at);
}

// A cell value as the filing writes it, less footnote marks; null for "N/A" and the like.
function cellValue(raw: string): string | null {
  // The trailing run is matched only from its start (the look-behind), not again from each of its characters.
  const value = raw.replace(/\s+/g, ' ').replace(/^[\s|:*]+|(?<![\s|*])[\s|*]+$/g, '').replace(/\s*\(\d\)$/, '');
  return value === '' || notStated.test(value) ? null : value;
}

function looksLikeValue(text: string): boolean {
  return /\d|N\/?A\b|Not\s+Applicable|None/i.test(text);
}

function isFiller(line: string): boolean {
  return /^[\s|:=\-–—_+]*$/.test(line);
}

// The cells of a row: markdown pipes, tabs or runs of spaces; failing those, the amounts it holds.
function cells(line: string): string[] {
  const split = line.includes('|') ? line.split('|') : line.split(/\t| {2,}/);
  const found = split.map((cell) => cell.trim()).filter((cell) => cell !== '');
  if (found.length !== 1) return found;
  return line.match(/\$?\s?\d[\d,]*(?:\.\d+)?/g) ?? found;
}

// The value after a label on its line ("Transaction Valuation: $741,188"), or on the next filled line.
function valueAfterLabel(lines: string[], index: number, label: RegExp): string | null {
  const line = lines[index] ?? '';
  const inline = line.slice((label.exec(line)?.index ?? 0)).replace(label, '');
  const rest = afterLead(inline);
  const first = rest.split(/\t| {2,}|\|/).find((cell) => cell.trim() !== '') ?? '';
  if (looksLikeValue(first)) return cellValue(first);
  const next = lines.slice(index + 1, index + 4).find((candidate) => !isFiller(candidate));
  return next !== undefined && looksLikeValue(next) && !anyOffsetLabel.test(next) ? cellValue(next) : null;
}

// What follows a label's footnote marks and colon: `/^[\s*]*(?:\(\d\))?[\s*]*:?(.*)$/` read it, nothing when a line
// break other than `\n` follows (`.` stops there), but backtracked through every split of the blanks first.
function afterLead(inline: string): string {
  const rest = inline.slice(/^[\s*]*(?:\(\d\))?[\s*]*:?/.exec(inline)?.[0].length ?? 0);
  return /[\n\r\u2028\u2029]/.test(rest) ? '' : rest;
}

// The first row of figures under a header that names both columns.
function rowUnderHeader(lines: string[], index: number): string[] {
  for (const line of lines.slice(index + 1, index + 10)) {
    if (isFiller(line)) continue;
    return /\d/.test(line) ? cells(line) : [];
  }
  return [];
}

function readValuationAndFee(lines: string[]): Pick<FeeTable, 'transactionValuation' | 'amountOfFilingFee'> {
  const header = lines.findIndex((line) => valuationLabel.test(line));
  const feeLine = lines.findIndex((line) => feeLabel.test(line));
  if (header >= 0 && header === feeLine && !/:\s*\S/.test(lines[header] ?? '')) {
    const row = rowUnderHeader(lines, header);
    if (row.length >= 2) return { transactionValuation: cellValue(row[0] ?? ''), amountOfFilingFee: cellValue(row[row.length - 1] ?? '') };
  }
  return {
    transactionValuation: header >= 0 ? valueAfterLabel(lines, header, valuationLabel) : null,
    amountOfFilingFee: feeLine >= 0 ? valueAfterLabel(lines, feeLine, feeLabel) : null,
  };
}

// A labelled value runs to the end of its line, a pipe, or the next label on the line.
function readOffsetField(lines: string[], label: RegExp): string | null {
  for (const line of lines) {
    const match = label.exec(line);
    if (!match) continue;
    const after = line.slice(match.index + match[0].length).replace(/^[\s*]*:?/, '');
    const next = anyOffsetLabel.exec(after);
    return cellValue(after.slice(0, next ? next.index : undefined).split('|')[0] ?? '');
  }
  return null;
}

/**
 * Read the fee table of a Schedule cover: the valuation and fee row and the fee-offset fields.
 * Values are the filing's own text less markup and footnote marks ("$741,188" and "741,188" stay as
 * written); "N/A", "None" and "Not applicable" read as null; `dateFiled` is ISO where it parses.
 * @param text the filing's raw text (plain text, SGML-tagged or markdown)
 * @returns the fee table, or null when the filing has none
 */
export function readFeeTable(text: string): FeeTable | null {
  const lines = text.split('\n').map(cleanLine);
  const fee: FeeTable = { ...readValuationAndFee(lines), amountPreviouslyPaid: null, filingParty: null, formOrRegistrationNo: null, dateFiled: null };
  for (const [field, label] of offsetLabels) fee[field] = readOffsetField(lines, label);
  if (fee.dateFiled) fee.dateFiled = parseDate(fee.dateFiled) ?? fee.dateFiled;
  return Object.values(fee).every((value) => value === null) ? null : fee;
}
