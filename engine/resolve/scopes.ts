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
 * @param page the printed page: a number, or a label as printed ("i" for a roman page)
 * @returns their block indices
 */
export function pageParagraphs(tree: Root, page: number | string): number[] {
  const out: number[] = [];
  tree.children.forEach((node, index) => {
    if (node.type === 'paragraph' && pagesOf(tree, index)[0] === pageKey(page)) out.push(index);
  });
  return out;
}

/**
 * Whether a block lies (at least in part) on a printed page.
 * @param tree the document
 * @param index the block's index
 * @param page the printed page: a number, or a label as printed ("i")
 * @returns true when it does
 */
export function onPage(tree: Root, index: number, page: number | string): boolean {
  return pagesOf(tree, index).includes(pageKey(page));
}

// A page as a locator names it and as a block lies on it: its number, or its printed label in lower case.
function pageKey(page: number | string): string {
  return typeof page === 'number' || /^\d+$/.test(page) ? String(Number(page)) : page.trim().toLowerCase();
}

// The pages a block lies on: its printed numbers, or where none is printed (roman pages) the labels of the pages its
// place in the source spans.
function pagesOf(tree: Root, index: number): string[] {
  const node = tree.children[index];
  const numbers = blockPages(node);
  if (numbers.length > 0 || !node?.position) return numbers.map(String);
  const { start, end } = node.position;
  return tree.data.pages
    .filter((p) => p.number === null && p.label !== null && p.position.start.offset <= end.offset && start.offset < p.position.end.offset)
    .map((p) => pageKey(p.label as string));
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
