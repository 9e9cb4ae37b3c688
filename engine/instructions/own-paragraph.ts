import type { VFile } from 'vfile';
import { blockText } from '../core/nodes.js';
import type { Block, Instruction, OwnParagraph, Root, SourcePoint } from '../types.js';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function offsetOf(value: string, source: SourcePoint): number {
  let offset = 0;
  for (let line = 1; line < source.line && offset >= 0; line++) offset = value.indexOf('\n', offset) + 1;
  return Math.max(0, offset) + source.column - 1;
}

const holds = (block: Block, source: SourcePoint): boolean => {
  const position = block.position;
  return position !== undefined && position.start.line <= source.line && source.line <= position.end.line;
};

// The block's text from the instruction's first words on: an instruction may start inside its paragraph.
function fromInstruction(block: Block, value: string, source: SourcePoint): string {
  const text = blockText(block);
  const start = block.position?.start;
  if (start?.line === source.line && start.column === source.column) return text;
  const words = value.slice(offsetOf(value, source), offsetOf(value, source) + 200).match(/[A-Za-z0-9]+/g)?.slice(0, 4) ?? [];
  const at = words.length > 0 ? text.search(new RegExp(words.map(escape).join('\\W+'))) : -1;
  return at < 0 ? text : text.slice(at);
}

/**
 * The paragraph each instruction stands in, as the reader gave it (markup gone, lines joined), from the instruction
 * on: the terms a withdrawal defines name the plan withdrawn, and a reviewer reads an instruction's own words beside
 * what it changed; later stages read them from here, not from the filing again.
 * @param file the filing
 * @param tree its tree
 * @param instructions its instructions
 * @returns one paragraph per instruction source, in order
 */
export function ownParagraphs(file: VFile, tree: Root, instructions: Instruction[]): OwnParagraph[] {
  const value = String(file.value);
  const sources = instructions.map((i) => i.source);
  const unique = sources.filter((s, k) => sources.findIndex((o) => o.line === s.line && o.column === s.column) === k);
  return unique.map((source) => {
    const block = tree.children.find((b) => holds(b, source));
    return { source, text: block ? fromInstruction(block, value, source) : '' };
  });
}
