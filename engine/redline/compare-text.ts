import { alignBlocks, changesFromBlocks, comparison } from './compare.js';
import type { Span } from './refine/refine.js';
import { splitSentences } from '../sentences/split.js';
import type { Redline } from '../types.js';
import type { DocumentUnits, Unit } from '../align/units.js';

/** Blank lines between blocks (any run of lines holding only spaces). */
const blankLines = /\n[ \t]*\n(?:[ \t]*\n)*/g;

/**
 * Find the blocks of a text in amendiff's own text form (`renderText`, `amendiff text`): runs of lines between blank lines.
 * @param text the text
 * @returns each block's span, end exclusive, surrounding whitespace left out
 */
export function textBlocks(text: string): Span[] {
  const blocks: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    const body = text.slice(start, end);
    const lead = body.length - body.trimStart().length;
    const trail = body.length - body.trimEnd().length;
    if (lead < body.length) blocks.push({ start: start + lead, end: end - trail });
  };
  for (const match of text.matchAll(blankLines)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(text.length);
  return blocks;
}

/**
 * Whether a text is already in amendiff's text form, one line per paragraph, so it can be compared without building a
 * tree: no page furniture, and few lines that continue the line before (a hard-wrapped filing has many).
 * @param text the text
 * @returns true when it reads as one block per line
 */
export function isBlockPerLine(text: string): boolean {
  if (text.includes('\f') || /^[ \t]*<PAGE>[ \t]*$/im.test(text)) return false;
  let lines = 0;
  let continued = 0;
  let previousBlank = true;
  for (const line of text.split('\n')) {
    const blank = line.trim() === '';
    if (!blank) lines++;
    if (!blank && !previousBlank) continued++;
    previousBlank = blank;
  }
  return continued <= lines * 0.25;
}

/** Units of a text: each block whole, except the blocks to compare sentence by sentence (not kept); then each block's boundary. */
function textUnits(text: string, blocks: Span[], kept: Uint8Array): DocumentUnits {
  const units: Unit[] = [];
  const blockUnits: number[] = [];
  blocks.forEach((span, block) => {
    blockUnits.push(units.length);
    const pieces = kept[block] ? [{ start: 0, end: span.end - span.start }] : splitSentences(text.slice(span.start, span.end));
    for (const piece of pieces) {
      const start = span.start + piece.start;
      const end = span.start + piece.end;
      units.push({ block, text: text.slice(start, end), boundary: false, start, end });
    }
    units.push({ block, text: '', boundary: true, start: span.end, end: span.end });
  });
  blockUnits.push(units.length);
  return { text, units, blockUnits, blocks };
}

/**
 * Compare two texts in amendiff's text form without building trees: blocks hash-aligned as they stand, only the
 * blocks that changed cut into sentences. Offsets refer to the texts as given.
 * @param fromText the old text
 * @param toText the new text
 * @param labels how to name each side
 * @returns the redline
 */
export function compareTexts(fromText: string, toText: string, labels: { from: string; to: string }): Redline {
  const blocksA = textBlocks(fromText);
  const blocksB = textBlocks(toText);
  const alignment = alignBlocks(fromText, blocksA, toText, blocksB);
  const keptA = new Uint8Array(blocksA.length);
  const keptB = new Uint8Array(blocksB.length);
  for (const [i, j] of alignment.blocks) {
    keptA[i] = 1;
    keptB[j] = 1;
  }
  const a = textUnits(fromText, blocksA, keptA);
  const b = textUnits(toText, blocksB, keptB);
  return comparison({ root: undefined, units: a }, { root: undefined, units: b }, changesFromBlocks(a, b, alignment), labels);
}
