import { blockText } from './nodes.js';
import type { Root } from '../types.js';

/**
 * Render a document as plain text: one block per line (tables keep their lines), a blank line between blocks,
 * no page furniture. This is the text redlines and JSON change offsets refer to.
 * @param tree the document
 * @returns the text, ending with a newline when not empty
 */
export function renderText(tree: Root): string {
  if (tree.children.length === 0) return '';
  return `${tree.children.map(blockText).join('\n\n')}\n`;
}
