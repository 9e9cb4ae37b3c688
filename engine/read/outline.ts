import { blockContexts } from './context.js';
import { hasPrintedPages } from './printed-pages.js';
import type { Block, Filing, Root } from '../types.js';

/** One block as `outline` shows it: where it is and how its sentences are counted. */
export interface OutlineBlock {
  type: Block['type'];
  /** Printed page it starts on. */
  page: number | null;
  /** Printed pages it lies on. */
  pages: number[];
  /** Number of the enclosing numbered section, if any. */
  section: string | null;
  /** The nearest enclosing heading (for a heading, the heading itself). */
  heading: string | null;
  /** Paragraph ordinal under its nearest heading, or null for other blocks. */
  paragraph: number | null;
  /** Paragraph ordinal among the paragraphs that start on its page (one continued from the page before counts on that page), or null. */
  pageParagraph: number | null;
  /** The run-in heading that opens the paragraph, not a sentence. */
  runIn: string | null;
  sentences: string[];
  /** 1-based numbers of sentences whose ending boundary is uncertain. */
  ambiguous: number[];
}

/** What `outline` returns for one file. */
export interface Outline {
  filing: Filing | null;
  /** Whether the document prints page numbers; when false, blocks have no page and a cited page cannot be checked. */
  printedPages: boolean;
  blocks: OutlineBlock[];
}

/**
 * Describe a document as the engine counts it: page, heading, paragraph and sentence numbers.
 * @param tree the document
 * @param filing its filing metadata, or null
 * @returns the outline
 */
export function outlineOf(tree: Root, filing: Filing | null): Outline {
  const contexts = blockContexts(tree);
  const underHeading = new Map<number, number>();
  const onPage = new Map<number | null, number>();
  const blocks = tree.children.map((node, index): OutlineBlock => {
    const context = contexts[index] ?? { section: null, headings: [] };
    const nearest = node.type === 'heading' ? index : context.headings[context.headings.length - 1];
    const nearestNode = nearest === undefined ? undefined : tree.children[nearest];
    const base = { type: node.type, section: context.section, heading: nearestNode?.type === 'heading' ? nearestNode.value : null };
    if (node.type !== 'paragraph') {
      return { ...base, page: node.page, pages: node.page === null ? [] : [node.page], paragraph: null, pageParagraph: null, runIn: null, sentences: node.type === 'heading' ? [] : [node.value], ambiguous: [] };
    }
    const key = nearest ?? -1;
    underHeading.set(key, (underHeading.get(key) ?? 0) + 1);
    const page = node.pages[0] ?? null;
    onPage.set(page, (onPage.get(page) ?? 0) + 1);
    return {
      ...base,
      page,
      pages: node.pages,
      paragraph: underHeading.get(key) ?? null,
      pageParagraph: onPage.get(page) ?? null,
      runIn: node.runIn,
      sentences: node.children.map((s) => s.value),
      ambiguous: node.children.flatMap((s, i) => (s.ambiguous ? [i + 1] : [])),
    };
  });
  return { filing, printedPages: hasPrintedPages(tree), blocks };
}
