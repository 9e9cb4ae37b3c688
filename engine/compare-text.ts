import { alignBlocks, changesFromBlocks, comparison } from './compare.js';
import type { Span } from './refine.js';
import { splitSentences } from './sentences.js';
import type { Redline } from './types.js';
import type { DocumentUnits, Unit } from './units.js';

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

/** Units of a text: each block whole, except the blocks to compare sentence by sentence; then each block's boundary. */
function textUnits(text: string, blocks: Span[], split: Set<number>): DocumentUnits {
  const units: Unit[] = [];
  const blockUnits: number[] = [];
  blocks.forEach((span, block) => {
    blockUnits.push(units.length);
    const pieces = split.has(block) ? splitSentences(text.slice(span.start, span.end)) : [{ start: 0, end: span.end - span.start }];
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
  const changed = (count: number, kept: number[]): Set<number> => {
    const set = new Set(Array.from({ length: count }, (_, i) => i));
    for (const i of kept) set.delete(i);
    return set;
  };
  const a = textUnits(fromText, blocksA, changed(blocksA.length, alignment.blocks.map(([i]) => i)));
  const b = textUnits(toText, blocksB, changed(blocksB.length, alignment.blocks.map(([, j]) => j)));
  return comparison(fromText, toText, changesFromBlocks(a, b, alignment), labels);
}
