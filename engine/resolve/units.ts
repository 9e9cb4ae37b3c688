import type { ResolvedTarget } from './describe.js';
import type { Root } from '../types.js';

/** One sentence in a run of paragraphs, as sentence ordinals count it. */
export interface Unit {
  block: number;
  sentence: number;
  ambiguous: boolean;
  value: string;
}

/** Sentences picked by ordinals, or why they cannot be. */
export type Picked = { found: ResolvedTarget; unsure: string | null } | { problem: string };

/**
 * The sentences of some paragraphs in order, for counting across them.
 * @param tree the document
 * @param blocks paragraph block indices
 * @returns their sentences
 */
export function unitsOf(tree: Root, blocks: number[]): Unit[] {
  return blocks.flatMap((block) => {
    const node = tree.children[block];
    if (node?.type !== 'paragraph') return [];
    return node.children.map((s, sentence) => ({ block, sentence, ambiguous: s.ambiguous, value: s.value }));
  });
}

/**
 * Pick sentences by 1-based ordinals (negative from the end) from a run of sentences: they must exist,
 * be consecutive and lie in one paragraph. With no ordinals, the one paragraph itself is picked.
 * @param tree the document
 * @param blocks the paragraphs counted across
 * @param ordinals the sentence ordinals
 * @returns the place with any uncertain boundary the count crosses, or a problem
 */
export function pickUnits(tree: Root, blocks: number[], ordinals: number[]): Picked {
  const first = blocks[0];
  if (first === undefined) return { problem: 'has no paragraphs' };
  if (ordinals.length === 0) {
    return blocks.length === 1 ? { found: { blocks: [first, first], sentences: null }, unsure: null } : { problem: 'is more than one paragraph' };
  }
  const units = unitsOf(tree, blocks);
  const indices = ordinals.map((o) => (o > 0 ? o - 1 : units.length + o)).sort((a, b) => a - b);
  const count = `${units.length} ${units.length === 1 ? 'sentence' : 'sentences'}`;
  if (indices.some((i) => i < 0 || i >= units.length)) return { problem: `has ${count}` };
  const low = indices[0] as number;
  const high = indices[indices.length - 1] as number;
  const picked = units.slice(low, high + 1);
  if (high - low + 1 !== new Set(indices).size) return { problem: 'has the named sentences apart, not in a run' };
  const block = picked[0]?.block ?? first;
  if (picked.some((u) => u.block !== block)) return { problem: 'has the named sentences across two paragraphs' };
  const range: [number, number] = [picked[0]?.sentence ?? 0, picked[picked.length - 1]?.sentence ?? 0];
  return { found: { blocks: [block, block], sentences: range }, unsure: unsureBoundary(units, ordinals, low, high) };
}

// A forward count depends on every boundary up to the picked run's end; a backward one on every boundary after its start.
function unsureBoundary(units: Unit[], ordinals: number[], low: number, high: number): string | null {
  const forward = ordinals.every((o) => o > 0);
  const window = forward ? units.slice(0, high + 1) : units.slice(Math.max(low - 1, 0), units.length - 1);
  const unsure = window.find((u) => u.ambiguous);
  return unsure ? clipEnd(unsure.value) : null;
}

function clipEnd(text: string): string {
  return text.length > 40 ? `…${text.slice(-39)}` : text;
}
