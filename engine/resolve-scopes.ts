import type { BlockContext } from './context.js';
import type { Block, Paragraph, Root } from './types.js';

/** A heading a locator names, found in the document, with the blocks under it. */
export interface HeadingMatch {
  /** Block index of the heading, or of the paragraph its run-in heading (or bold first sentence) opens. */
  index: number;
  /** `heading` for a heading block; `runIn` for a run-in heading or a caption standing as a paragraph. */
  kind: 'heading' | 'runIn';
  /** Block indices under it, in order: for a heading the blocks after it, for a run-in its paragraph and those after. */
  scope: number[];
}

/** A list of blocks within which a locator's ordinal can be counted, with a name for messages. */
export interface CountScope {
  label: string;
  blocks: number[];
}

/**
 * Words of a heading for matching: lower case, punctuation and spacing ignored.
 * @param text a heading as written or quoted
 * @returns its words
 */
export function headingWords(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

// "Q23.", "5.", "Section 5.", "(b)", "IV." before a heading's words.
const labelPattern = /^\s*(?:section\s+)?(?:q\d+[a-z]?|\d+[a-z]?|[ivx]+|\([a-z0-9]+\))[.):]?\s+/i;

/**
 * Whether a quoted heading names a heading: the same words, or the first words of it (a long heading
 * quoted by its start), with or without its leading number.
 * @param quoted the heading as the instruction quotes it
 * @param actual the heading as the document has it
 * @returns true when it matches
 */
export function headingMatches(quoted: string, actual: string): boolean {
  const want = headingWords(quoted);
  if (want.length === 0) return false;
  const startsWith = (words: string[]): boolean => want.length <= words.length && want.every((w, i) => words[i] === w);
  return startsWith(headingWords(actual)) || startsWith(headingWords(actual.replace(labelPattern, '')));
}

function paragraphCaption(node: Paragraph): string | null {
  if (node.runIn) return node.runIn;
  return node.children[0]?.value ?? null;
}

/**
 * Find every heading a locator's quoted heading names: heading blocks, run-in headings, and a paragraph
 * whose first sentence is the caption (a bold risk factor title set as the paragraph's opening).
 * @param tree the document
 * @param quoted the quoted heading
 * @returns the matches in document order
 */
export function findHeadings(tree: Root, quoted: string): HeadingMatch[] {
  const matches: HeadingMatch[] = [];
  tree.children.forEach((node, index) => {
    if (node.type === 'heading' && headingMatches(quoted, node.value)) {
      matches.push({ index, kind: 'heading', scope: headingScope(tree, index) });
    } else if (node.type === 'paragraph' && captionMatches(quoted, node)) {
      matches.push({ index, kind: 'runIn', scope: runInScope(tree, index) });
    }
  });
  return matches;
}

function captionMatches(quoted: string, node: Paragraph): boolean {
  const caption = paragraphCaption(node);
  if (caption === null) return false;
  if (node.runIn) return headingMatches(quoted, caption);
  // A first sentence counts as a caption only when it is the whole quoted heading, not a prefix of prose.
  return headingWords(quoted).join(' ') === headingWords(caption).join(' ');
}

/**
 * The blocks after a heading up to the next heading of equal or lower depth.
 * @param tree the document
 * @param index the heading's block index
 * @returns the block indices under it
 */
export function headingScope(tree: Root, index: number): number[] {
  const head = tree.children[index];
  const depth = head?.type === 'heading' ? head.depth : 0;
  const out: number[] = [];
  for (let i = index + 1; i < tree.children.length; i++) {
    const node = tree.children[i] as Block;
    if (node.type === 'heading' && node.depth <= depth) break;
    out.push(i);
  }
  return out;
}

// A run-in heading governs its paragraph and the paragraphs after it, up to the next heading of any kind.
function runInScope(tree: Root, index: number): number[] {
  const out = [index];
  for (let i = index + 1; i < tree.children.length; i++) {
    const node = tree.children[i] as Block;
    if (node.type === 'heading' || (node.type === 'paragraph' && node.runIn)) break;
    out.push(i);
  }
  return out;
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
 * @param page the printed page number
 * @returns their block indices
 */
export function pageParagraphs(tree: Root, page: number): number[] {
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
