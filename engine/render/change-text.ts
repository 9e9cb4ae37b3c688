import { clip, clipStart } from '../core/clip.js';
import type { Change, Origin, Redline, RedlineSide } from '../types.js';
import { amendmentName } from '../lexicon/amendment-number.js';

/**
 * Name an amendment the way a reviewer does.
 * @param amendment its number, 0 for the original document
 * @returns `original` or `Amendment No. N`
 */
export function amendmentLabel(amendment: number): string {
  return amendment === 0 ? 'original' : amendmentName(amendment);
}

/**
 * Say who made a piece of text: the amendment, then each instruction that asked for it (Item and place in the filing),
 * and whether a global instruction made it or a person chose its place (decided in offer.json).
 * @param origin the provenance
 * @returns one line, e.g. `Amendment No. 2 · Item 4 at amendment-2.txt:120:1 · global edit, review`
 */
export function describeOrigin(origin: Origin): string {
  const places = origin.sources.map((s) => `${s.item ? `Item ${s.item} at ` : ''}${s.file}:${s.line}:${s.column}`);
  const notes = [...(origin.global ? ['global edit, review'] : []), ...(origin.decided ? ['decided in offer.json'] : [])];
  return [amendmentLabel(origin.amendment), ...places, ...notes].join(' · ');
}

/**
 * Say what a change did in a few words, quoting (and if long, shortening) its texts.
 * @param change the change
 * @returns e.g. `replaced “15” with “22”`
 */
export function describeChange(change: Change): string {
  const old = quote(change.from.text);
  const added = quote(change.to.text);
  const pair = change.pair ? ` (${change.kind === 'moveFrom' ? 'to' : 'from'} ${change.pair})` : '';
  switch (change.kind) {
    case 'insert':
      return `inserted ${added}`;
    case 'delete':
      return `deleted ${old}`;
    case 'replace':
      return `replaced ${old} with ${added}`;
    case 'moveFrom':
      return `moved ${old}${pair}`;
    case 'moveTo':
      return `moved ${added} here${pair}`;
  }
}

const maxQuote = 60;

// Cut only between words: a reviewer reads "... stock option.", never "... tutory stock option.".
function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const short = flat.length > maxQuote ? `${clip(flat, maxQuote - 24)} ${clipStart(flat, 20).slice(3)}` : flat;
  return `“${short}”`;
}

/**
 * Name one side of a redline with its date.
 * @param side the side
 * @returns e.g. `Amendment No. 2 (2002-11-12)`
 */
export function sideLabel(side: RedlineSide): string {
  return side.date ? `${side.label} (${side.date})` : side.label;
}

/**
 * The title line of a redline.
 * @param redline the redline
 * @returns e.g. `Offer to Exchange: original (2002-10-16) → Amendment No. 3 (2002-11-26), 12 changes`
 */
export function redlineHeadline(redline: Redline): string {
  const count = redline.changes.length;
  const what = redline.document ? `${redline.document}: ` : '';
  return `${what}${sideLabel(redline.from)} → ${sideLabel(redline.to)}, ${count} change${count === 1 ? '' : 's'}`;
}

/** The Unicode controls that reorder the text around them, by code point: embeddings, overrides, isolates and marks. */
const bidiNames: Record<string, string> = {
  '061C': 'ARABIC LETTER MARK',
  '200E': 'LEFT-TO-RIGHT MARK',
  '200F': 'RIGHT-TO-LEFT MARK',
  '202A': 'LEFT-TO-RIGHT EMBEDDING',
  '202B': 'RIGHT-TO-LEFT EMBEDDING',
  '202C': 'POP DIRECTIONAL FORMATTING',
  '202D': 'LEFT-TO-RIGHT OVERRIDE',
  '202E': 'RIGHT-TO-LEFT OVERRIDE',
  '2066': 'LEFT-TO-RIGHT ISOLATE',
  '2067': 'RIGHT-TO-LEFT ISOLATE',
  '2068': 'FIRST STRONG ISOLATE',
  '2069': 'POP DIRECTIONAL ISOLATE',
};
const bidiControl = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** A Unicode bidirectional control found in document text: its code point as written (`U+202E`) and its name. */
export interface BidiControl {
  code: string;
  name: string;
}

/**
 * Cut a text at each Unicode bidirectional control, which would make a reader see its characters in another order
 * than the document has them ("cod.exe" shown as "exe.doc"), so a renderer can show each one instead.
 * @param text the text
 * @returns runs of plain text as strings and each control as a `BidiControl`, in order, no empty strings
 */
export function splitBidiControls(text: string): Array<string | BidiControl> {
  const pieces: Array<string | BidiControl> = [];
  for (const piece of text.split(new RegExp(`(${bidiControl.source})`, 'u'))) {
    if (!bidiControl.test(piece)) {
      if (piece.length > 0) pieces.push(piece);
      continue;
    }
    const hex = (piece.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0');
    pieces.push({ code: `U+${hex}`, name: bidiNames[hex] ?? 'BIDIRECTIONAL CONTROL' });
  }
  return pieces;
}

/**
 * Write each Unicode bidirectional control of a text as its code point in brackets (`[U+202E]`), for plain-text
 * output (a terminal reorders text around them as a browser does).
 * @param text the text
 * @returns the text with no control left raw
 */
export function showBidiControls(text: string): string {
  if (!bidiControl.test(text)) return text;
  return splitBidiControls(text)
    .map((piece) => (typeof piece === 'string' ? piece : `[${piece.code}]`))
    .join('');
}

// C0 controls but tab and line feed, DEL, and C1 controls: ESC among them starts a terminal escape sequence.
const terminalControl = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu;

/**
 * Make document text safe to print on a terminal: each control character a terminal would act on (ESC and the other
 * C0 and C1 controls, but tab and line feed) and each bidirectional control is shown as its code point (`[U+001B]`),
 * so a filing cannot move the cursor, clear the screen or reorder what a reviewer reads.
 * @param text document text
 * @returns the text with those characters made visible
 */
export function showTerminalControls(text: string): string {
  const shown = text.replace(terminalControl, (char) => `[U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`);
  return showBidiControls(shown);
}

