import type { ResolvedTarget } from './describe.js';
import type { Root } from '../types.js';

/** Paragraphs picked as one run, or why they cannot be. */
export type PickedRun = { found: ResolvedTarget } | { problem: string };

/**
 * Pick a run of paragraphs by ordinals ("the second and third paragraphs") from the paragraphs counted in a scope:
 * each must exist, and together they must stand next to each other in the document, with nothing between them (a
 * table or heading between would be swept up by an edit of the run).
 * @param tree the document
 * @param paragraphs the paragraph block indices of the scope, in order
 * @param ordinals the paragraph ordinals (1-based, negative from the end)
 * @returns the run as one place, or a problem
 */
export function pickRun(tree: Root, paragraphs: number[], ordinals: number[]): PickedRun {
  const picked = ordinals.map((o) => paragraphs[o > 0 ? o - 1 : paragraphs.length + o]);
  const count = `${paragraphs.length} ${paragraphs.length === 1 ? 'paragraph' : 'paragraphs'}`;
  if (picked.some((b) => b === undefined)) return { problem: `has ${count}` };
  const blocks = [...new Set(picked as number[])].sort((a, b) => a - b);
  const first = blocks[0] as number;
  const last = blocks[blocks.length - 1] as number;
  if (blocks.length !== picked.length) return { problem: 'names one paragraph twice' };
  if (last - first + 1 !== blocks.length) {
    const between = tree.children.slice(first, last + 1).some((node) => node.type !== 'paragraph');
    return { problem: between ? 'has other blocks between the named paragraphs' : 'has the named paragraphs apart, not in a run' };
  }
  return { found: { blocks: [first, last], sentences: null } };
}
