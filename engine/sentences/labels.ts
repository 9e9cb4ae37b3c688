import { BULLETS, isDigit, isLetterCode, isSpace } from './chars.js';

// A leading label is part of its sentence: "1.", "2.)", "b)", "Q23.", "IV.", "Item 4.", "• 9.", "(b)".
const labelPattern =
  /(?:[•◦▪▫●○■□⁃‣∙]\s?)?(?:(item|items|section|article|part|question|step|note|rule|schedule|exhibit|annex|appendix|chapter|paragraph|clause)\s)?([0-9]{1,3}(?:\.[0-9]{1,3}){0,3}[a-z]?|[a-z]{1,2}[0-9]{1,3}|[a-z]{1,7})((?:\([a-z0-9]{1,4}\)){0,3})(\.\)|\.|\))(?=\s)|\((?:[a-z]{1,4}|[0-9]{1,3})\)(?=\s)/iy;
const romanPattern = /^(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/i;

/** A label opening a sentence ("1.", "Q23.", "IV.", "Item 4.", "(b)"), which its terminator does not end. */
export interface Label {
  end: number;
  /** The label's number or letter and its punctuation ("2.", "b)"), or '' for a parenthesised one. */
  marker: string;
  /** The number or letter alone, when the label could open an inline list ("1." but not "Item 1." or "1(a)."). */
  listId: string | null;
}

/**
 * Match a leading label at an offset, with an optional bullet before it and a space after it.
 * @param text the text being split
 * @param i the offset where the label would start
 * @returns the label, or null when none starts there
 */
export function matchLabel(text: string, i: number): Label | null {
  if (!mayStartLabel(text, i)) return null;
  const fast = matchNumberLabel(text, i);
  if (fast) return fast;
  labelPattern.lastIndex = i;
  const match = labelPattern.exec(text);
  if (!match) return null;
  const [, keyword, id, parens, style] = match;
  const end = i + match[0].length;
  if (id === undefined || style === undefined) return { end, marker: '', listId: null };
  if (id.length > 1 && !isDigit(id.charCodeAt(0)) && !isDigit(id.charCodeAt(id.length - 1)) && !romanPattern.test(id)) return null;
  return { end, marker: id + style, listId: keyword === undefined && parens === '' ? id : null };
}

// The common "12. " and "3) " without the pattern.
function matchNumberLabel(text: string, i: number): Label | null {
  let k = i;
  while (k < text.length && k - i < 3 && isDigit(text.charCodeAt(k))) k += 1;
  const style = text.charCodeAt(k);
  if (k === i || (style !== 0x2e && style !== 0x29) || !isSpace(text.charCodeAt(k + 1))) return null;
  return { end: k + 1, marker: text.slice(i, k + 1), listId: text.slice(i, k) };
}

/**
 * The marker of the item after a label's in an inline list ("2." after "1.", "c)" after "b)").
 * @param label a label that may open an inline list
 * @returns the next item's marker, or null when the label cannot open a list
 */
export function listNextOf(label: Label): string | null {
  if (label.listId === null) return null;
  const style = label.marker.slice(label.listId.length);
  const code = label.listId.charCodeAt(0);
  if (isDigit(code)) return /^[0-9]+$/.test(label.listId) ? String(Number(label.listId) + 1) + style : null;
  return label.listId.length === 1 && code >= 0x61 && code < 0x7a ? String.fromCharCode(code + 1) + style : null;
}

/**
 * A cheap test before the label pattern, which most sentence openings ("The", "We") cannot match.
 * @param text the text being split
 * @param i the offset where a label would start
 * @returns false when no label can start there; true when one may
 */
export function mayStartLabel(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (isDigit(code) || code === 0x28 || BULLETS.has(code)) return true;
  if (!isLetterCode(code)) return false;
  let j = i + 1;
  while (j < text.length && j - i < 10 && isLetterCode(text.charCodeAt(j))) j += 1;
  const after = text.charCodeAt(j);
  return after === 0x2e || after === 0x29 || isDigit(after) || (isSpace(after) && j - i >= 4);
}
