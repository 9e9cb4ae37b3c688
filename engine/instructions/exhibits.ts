import type { Token } from './tokens.js';
import { blockText } from '../core/nodes.js';
import type { Block, ExhibitChange } from '../types.js';

/** A row of an exhibit index: its id, whether it is marked `*`, and its description. */
interface ExhibitRow {
  id: string;
  starred: boolean;
  description: string | null;
}

const labelId = String.raw`(?:\([A-Za-z0-9]{1,5}\))+`;
const numberId = String.raw`\d{1,3}(?:\.\d{1,3})?(?:\([A-Za-z0-9]{1,5}\))*`;
// A row starts with its id: a label such as "(a)(1)(A)" after any space (rows whose lines were joined), or a
// number such as "99.1" only at the start of a line, since descriptions cite "Exhibit 10.2" of other filings. A label a
// description cites ("incorporated by reference to Exhibit (a)(5)(B) to the Schedule 14D-9/A", "Exhibits (a)(1)(A)
// and (a)(1)(B)") starts no row.
const cited = String.raw`(?<!\bExhibits?\s{1,4})(?<!\bExhibits?\s{1,4}(?:\([A-Za-z0-9]{1,5}\))+(?:\s*,\s*(?:\([A-Za-z0-9]{1,5}\))+)*\s*(?:,|,?\s+(?:and|or))\s{1,4})`;
const rowStart = new RegExp(String.raw`(?:^|\s)${cited}(${labelId})(\*?)(?=\s|$)|(?:^|\n)[ \t]*(${numberId})(\*?)(?=\s)`, 'g');
const rowBlock = new RegExp(String.raw`^(?:${labelId}|${numberId})\*?\s`);
// A column head ("Exhibit No.", "Description"), a rule under it, or both on one line as a converter joins them.
// Each piece is set off by spaces, so a long rule cannot be cut into pieces in many ways.
const headerPiece = String.raw`(?:exhibits?\s+(?:no\.?|number)|description|[-=_]+)`;
const headerRow = new RegExp(String.raw`^${headerPiece}(?:\s+${headerPiece})*$`, 'i');
const pageNumber = /^(?:-\s*)?\d{1,3}(?:\s*-)?$/;

function cleanDescription(text: string): string | null {
  // A row ends at a blank line: what follows is a footnote or the next paragraph.
  const row = text.split(/\n[ \t]*\n/)[0] ?? '';
  const cleaned = row.replace(/\\([$*_])/g, '$1').replace(/\s\*\s.*$/, '').replace(/\s+/g, ' ').trim();
  return cleaned === '' ? null : cleaned;
}

/**
 * Read the rows of an exhibit index ("(a)(1)   Offer to Exchange ...", "(a)(1)(A)*  Offer to Amend ...").
 * Works on a table kept line for line and on rows whose lines were joined; a footnote "* Previously filed ..." ends the last row.
 * @param text the index text
 * @returns the rows in order
 */
export function exhibitRows(text: string): ExhibitRow[] {
  const body = text.replace(/^\s*exhibits?\s+(?:no\.?|number)\s*(?:description)?/i, ' ');
  const starts = [...body.matchAll(rowStart)];
  return starts.map((match, k) => {
    const from = (match.index ?? 0) + match[0].length;
    const to = starts[k + 1]?.index ?? body.length;
    return { id: match[1] ?? match[3] ?? '', starred: (match[2] ?? match[4]) === '*', description: cleanDescription(body.slice(from, to)) };
  });
}

const words = (tokens: Token[]): string[] => tokens.map((t) => t.lower);

/**
 * Whether an instruction sentence changes exhibits ("amend and restate Exhibit (a)(5)", "add the following new exhibits").
 * @param tokens the sentence's tokens
 * @returns true when it names exhibits as what it restates or adds
 */
export function isExhibitSentence(tokens: Token[]): boolean {
  const list = words(tokens);
  return list.some((w) => w === 'exhibit' || w === 'exhibits') && list.some((w) => /^(?:restate|restated|add|adding|added|new|file|filing)$/.test(w));
}

function actionOf(tokens: Token[]): ExhibitChange['action'] {
  return words(tokens).some((w) => w.startsWith('restat')) ? 'restated' : 'added';
}

// Ids named in the sentence itself: labels after "Exhibit" or "Exhibits".
function inlineIds(tokens: Token[]): string[] {
  const at = tokens.findIndex((t) => t.lower === 'exhibit' || t.lower === 'exhibits');
  if (at < 0) return [];
  const ids: string[] = [];
  for (let k = at + 1; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.kind === 'label' || /^\d{1,3}\.\d{1,3}$/.test(token.text)) ids.push(token.text);
    else if (![',', 'and'].includes(token.lower)) break;
  }
  return ids;
}

function isRowBlock(block: Block): boolean {
  const text = blockText(block).trim();
  if (block.type === 'table') return exhibitRows(text).length > 0;
  return headerRow.test(text) || pageNumber.test(text) || rowBlock.test(text);
}

// Rows written in the sentence itself, after a colon: "adding the following exhibit: (a)(5)(E) Summary advertisement".
function rowsAfterColon(text: string): ExhibitRow[] {
  const colon = text.indexOf(':');
  const rest = colon < 0 ? '' : text.slice(colon + 1).trim();
  return rowBlock.test(rest) ? exhibitRows(rest) : [];
}

/**
 * Read the exhibit changes of an Item 12 sentence: ids it names, rows written after its colon, or the rows of the
 * list (paragraphs or a table) that follows it.
 * @param text the sentence
 * @param tokens the sentence's tokens
 * @param blocks the filing's blocks
 * @param from the block after the sentence's paragraph
 * @returns the changes and how many blocks the list took
 */
export function readExhibitChanges(text: string, tokens: Token[], blocks: Block[], from: number): { changes: ExhibitChange[]; consumed: number } {
  const action = actionOf(tokens);
  const ids = inlineIds(tokens);
  if (ids.length > 0) return { changes: ids.map((id) => ({ id, action, description: null })), consumed: 0 };
  const inline = rowsAfterColon(text);
  if (inline.length > 0) return { changes: inline.map((row) => ({ id: row.id, action, description: row.description })), consumed: 0 };
  let end = from;
  while (blocks[end] && isRowBlock(blocks[end] as Block)) end++;
  const rows = blocks.slice(from, end).flatMap((block) => exhibitRows(blockText(block)));
  return { changes: rows.map((row) => ({ id: row.id, action, description: row.description })), consumed: end - from };
}

/**
 * The exhibit changes of an exhibit index restated as a whole (Item 12 "amended in its entirety as follows").
 * A restated index relists every exhibit, so only rows filed with this amendment count, as `added`: rows marked `*`
 * (previously filed), rows incorporated by reference to other filings, and "Not applicable" rows are not changes.
 * @param text the new Item 12 text
 * @returns the exhibits filed with this amendment
 */
export function indexExhibits(text: string): ExhibitChange[] {
  return exhibitRows(text)
    .filter((row) => !row.starred && row.description !== null)
    .filter((row) => !/^not applicable$/i.test(row.description ?? '') && !/incorporated\s+(?:herein\s+)?by\s+reference/i.test(row.description ?? ''))
    .map((row) => ({ id: row.id, action: 'added' as const, description: row.description }));
}
