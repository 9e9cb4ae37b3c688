import type { BlockContext } from '../read/context.js';
import type { Block, Root } from '../types.js';

/** A list of blocks within which a locator's ordinal can be counted, with a name for messages. */
export interface CountScope {
  label: string;
  blocks: number[];
}

/**
 * The blocks of a numbered section, the section heading included.
 * @param contexts every block's context
 * @param section the section number
 * @returns the block indices in order
 */
export function sectionBlocks(contexts: BlockContext[], section: string): number[] {
  const out: number[] = [];
  contexts.forEach((context, index) => {
    if (context.section === section) out.push(index);
  });
  return out;
}

/**
 * Paragraphs that start on a printed page, in order (a paragraph continued from the page before counts there).
 * @param tree the document
 * @param page the printed page number (a roman one, as a string, is on no page the tree counts)
 * @returns their block indices
 */
export function pageParagraphs(tree: Root, page: number | string): number[] {
  const out: number[] = [];
  tree.children.forEach((node, index) => {
    if (node.type === 'paragraph' && node.pages[0] === page) out.push(index);
  });
  return out;
}

/**
 * The printed pages a block lies on.
 * @param node the block
 * @returns its pages
 */
export function blockPages(node: Block | undefined): number[] {
  if (!node) return [];
  if (node.type === 'paragraph') return node.pages;
  return node.page === null ? [] : [node.page];
}

/**
 * Keep the paragraph blocks of a list.
 * @param tree the document
 * @param blocks block indices
 * @returns the indices of paragraphs among them
 */
export function paragraphsOf(tree: Root, blocks: number[]): number[] {
  return blocks.filter((index) => tree.children[index]?.type === 'paragraph');
}

/**
 * Whether a paragraph opens with a label such as `(b)`.
 * @param node the block
 * @param label the label as the instruction gives it
 * @returns true when its text starts with the label
 */
export function hasLabel(node: Block | undefined, label: string): boolean {
  if (node?.type !== 'paragraph') return false;
  const text = (node.runIn ?? node.children[0]?.value ?? '').trim().toLowerCase();
  return text.startsWith(label.trim().toLowerCase());
}
