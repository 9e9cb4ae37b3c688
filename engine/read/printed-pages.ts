import type { Root } from '../types.js';

/**
 * Whether a document prints page numbers that a reader found (a number or a roman label at the foot of a page, a
 * page marker), or its blocks carry printed pages. Without them a page a locator cites cannot be checked, and pages
 * must not be counted instead.
 * @param tree the document
 * @returns true when a page carries a printed label or a block a printed page
 */
export function hasPrintedPages(tree: Root): boolean {
  if (tree.data.pages.some((page) => page.label !== null)) return true;
  return tree.children.some((block) => (block.type === 'paragraph' ? block.pages.length > 0 : block.page !== null));
}
