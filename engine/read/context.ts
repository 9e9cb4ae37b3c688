import type { Heading, Root } from '../types.js';

/** Where a block stands: the section it is in and the headings that enclose it. */
export interface BlockContext {
  /** Number of the enclosing numbered section (`"5"`), or null. */
  section: string | null;
  /** Indices of the enclosing heading blocks, outermost first (a heading's own context excludes itself). */
  headings: number[];
}

/**
 * Compute every block's context in one pass: a heading closes the headings of equal or lower rank before it.
 * @param tree the document
 * @returns one context per block, in block order
 */
export function blockContexts(tree: Root): BlockContext[] {
  const stack: number[] = [];
  const depthOf = (index: number): number => (tree.children[index] as Heading).depth;
  return tree.children.map((node, index) => {
    if (node.type === 'heading') {
      while (stack.length > 0 && depthOf(stack[stack.length - 1] as number) >= node.depth) stack.pop();
    }
    const headings = [...stack];
    if (node.type === 'heading') stack.push(index);
    return { section: sectionOf(tree, node.type === 'heading' ? [...headings, index] : headings), headings };
  });
}

function sectionOf(tree: Root, headings: number[]): string | null {
  for (let i = headings.length - 1; i >= 0; i--) {
    const node = tree.children[headings[i] as number];
    if (node?.type === 'heading' && node.kind === 'section') return node.number;
  }
  return null;
}
