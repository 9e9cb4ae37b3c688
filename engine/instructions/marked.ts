import type { MarkedParagraph } from '../read/html/marks.js';
import type { Block, Instruction } from '../types.js';

/**
 * A paragraph or sentence restated by a marked supplement ("new text is underlined and deleted text is struck
 * through"): its new text is the one marked paragraph after the instruction. The target is then located by the words
 * as they stood (`match` exact) and the text is the clean operative text; a place that no longer reads so is
 * `unresolved-target`, never a guess.
 * @param instructions the instructions one sentence gave, their text not yet set
 * @param blocks the blocks taken as their new text
 * @param marks the filing's marked paragraphs
 * @returns the instructions located by the marked words, or null when the new text is not one marked paragraph
 */
export function markedRestatement(instructions: Instruction[], blocks: Block[], marks: MarkedParagraph[]): Instruction[] | null {
  const lines = new Set(blocks.map((block) => block.position?.start.line));
  const found = marks.filter((mark) => lines.has(mark.place.line));
  const mark = found[0];
  const restates = instructions.every((i) => i.op === 'replace' && (i.target.scope === 'paragraph' || i.target.scope === 'sentence') && i.target.match === null);
  if (found.length !== 1 || blocks.length !== 1 || !mark || !restates) return null;
  return instructions.map((i) => ({ ...i, target: { ...i.target, match: { text: mark.before, mode: 'exact', occurrence: 1 } }, text: mark.after }));
}
