import type { DocumentFormat } from '../types.js';
import { decodeReferences } from '../core/character-references.js';

/** The offer documents a Schedule's exhibits hold, by the words their titles open with. */
const offerTitle = /^offer\s+to\s+(purchase|exchange|amend)\b/i;

/** Other documents a title line may name first; an exhibit opening with one of these is not the offer itself. */
const otherTitle = /^(?:letter|election|notice|form\s+of|press\s+release|summary\s+advertisement|withdrawal|supplement|instructions|memorandum|e-?mail)\b/i;

// Lines that stand above a title without being one: exhibit labels, page furniture, rules, dates, tables of contents.
const furniture = /^(?:exhibit\b.*|ex-\S+|<\/?\w+>|page\b.*|\(?[ivx\d]+\)?|table of contents|[-=_*\s.]*|[a-z]+ \d{1,2}, \d{4})$/i;

/**
 * The lines a reader sees at the top of a document, markup dropped, blank and furniture lines skipped.
 * @param text the document
 * @param format its format
 * @param count how many lines to give
 * @returns the lines, trimmed, whitespace collapsed
 */
export function topLines(text: string, format: DocumentFormat, count: number): string[] {
  const plain = format === 'html' ? htmlLines(text.slice(0, 60_000)) : text.slice(0, 20_000);
  const lines: string[] = [];
  for (const raw of plain.split('\n')) {
    const line = raw.replace(/[*_#>|\\]/g, ' ').replace(/\s+/g, ' ').trim();
    if (line === '' || furniture.test(line)) continue;
    lines.push(line);
    if (lines.length === count) break;
  }
  return lines;
}

// Source line ends are spaces in HTML; lines are what block elements and breaks make.
function htmlLines(html: string): string {
  return html
    .replace(/<(head|style|script|title)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/\s+/g, ' ')
    .replace(/<\/?(?:p|div|br|tr|h\d|li|table|center)\b[^>]*>/gi, '\n')
    .replace(/<[^<>]*>/g, '')
    .replace(/&nbsp;|&#160;/gi, ' ')
    .replace(/&[^\s;&]{1,32};/g, decodeReferences);
}

/** How many lines at the top of a document may stand above its title (a company's name, a legend in capitals). */
const titleLines = 8;

/**
 * The offer a document is, read from its title: a line at its top opens with "Offer to Purchase", "Offer to
 * Exchange" or "Offer to Amend" ("OFFER TO EXCHANGE OUTSTANDING STOCK OPTIONS"), with no line above it naming
 * another kind of document (a letter of transmittal "pursuant to the Offer to Purchase", an election form, a notice).
 * @param text the document
 * @param format its format
 * @returns the title line, or null when the document is not an Offer to Purchase, Exchange or Amend
 */
export function offerTitleOf(text: string, format: DocumentFormat): string | null {
  for (const line of topLines(text, format, titleLines)) {
    if (offerTitle.test(line)) return line;
    if (otherTitle.test(line)) return null;
  }
  return null;
}

/**
 * Whether a document's title opens with a name ("Letter of Transmittal"), matched ignoring case and spacing.
 * @param text the document
 * @param format its format
 * @param name the name
 * @returns true when one of its first three top lines opens with the name
 */
export function titledAs(text: string, format: DocumentFormat, name: string): boolean {
  const wanted = fold(name);
  return topLines(text, format, 3).some((line) => fold(line).startsWith(wanted));
}

/**
 * The name instructions would use for an offer titled so: the longest of their names the title opens with, else
 * the title's own opening words ("Offer to Purchase").
 * @param title the title line
 * @param names the document names the offer's instructions use
 * @returns the name
 */
export function offerName(title: string, names: string[]): string {
  const folded = fold(title);
  const used = names.filter((name) => folded.startsWith(fold(name))).sort((a, b) => b.length - a.length)[0];
  if (used) return used;
  const verb = (offerTitle.exec(title)?.[1] ?? 'purchase').toLowerCase();
  return `Offer to ${verb.charAt(0).toUpperCase()}${verb.slice(1)}`;
}

function fold(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}
