import type { Element, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { parseHtml } from './parse.js';
import type { Point } from '../../types.js';

/**
 * A paragraph a supplement shows with its changes marked: `before` reads as the paragraph stood (struck text kept,
 * new text left out), `after` as it stands now (new text kept, struck text left out). White space is collapsed.
 */
export interface MarkedParagraph {
  before: string;
  after: string;
  place: Point;
}

/** A run of text and how it is marked. */
interface Run {
  text: string;
  inserted: boolean;
  deleted: boolean;
}

const blockTags = new Set(['p', 'div', 'li', 'td', 'th', 'blockquote', 'center', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dd', 'dt']);
const insertTags = new Set(['u', 'ins']);
const deleteTags = new Set(['s', 'strike', 'del']);

/**
 * Whether a filing says its changes are marked: one sentence naming underlining for new text and striking through
 * (or deletion) for old ("new text is underlined and deleted text is struck through", "additions are bold and
 * underlined; deletions are shown by strikethrough"). Without such a sentence, underlining is only emphasis.
 * @param text the filing's text
 * @returns true when it says so
 */
export function marksLegend(text: string): boolean {
  return text.split(/(?<=[.!?])\s+(?=[A-Z(])/).some((s) => /underlin/i.test(s) && /struck|strike|deleted|deletions?\b/i.test(s));
}

/**
 * The paragraphs of an HTML filing whose text is marked as changed (`<u>`, `<ins>`, an underline style for new text;
 * `<s>`, `<strike>`, `<del>`, a line-through style for deleted text), when the filing says it marks them so.
 * @param file the filing (its value is the HTML)
 * @returns the marked paragraphs in order; none when the filing has no legend
 */
export function readMarks(file: VFile): MarkedParagraph[] {
  const tree = parseHtml(file, String(file.value));
  const paragraphs = leafBlocks(tree).map((element) => ({ element, runs: runsOf(element) }));
  if (!marksLegend(paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n'))) return [];
  return paragraphs.flatMap(({ element, runs }): MarkedParagraph[] => {
    if (!runs.some((r) => (r.inserted || r.deleted) && r.text.trim() !== '')) return [];
    const join = (keep: (r: Run) => boolean): string => runs.filter(keep).map((r) => r.text).join('').replace(/\s+/g, ' ').trim();
    const start = element.position?.start;
    const place = { line: start?.line ?? 1, column: start?.column ?? 1, offset: start?.offset ?? 0 };
    return [{ before: join((r) => !r.inserted), after: join((r) => !r.deleted), place }];
  });
}

// Block elements holding no other block: the paragraphs as a reader sees them. An explicit stack: any depth is safe.
function leafBlocks(tree: Root): Element[] {
  const found: Element[] = [];
  const stack: Array<Root | RootContent> = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Root | RootContent;
    if (node.type !== 'root' && node.type !== 'element') continue;
    if (node.type === 'element' && blockTags.has(node.tagName) && !hasBlock(node)) found.push(node);
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as RootContent);
  }
  return found;
}

function hasBlock(element: Element): boolean {
  const stack: RootContent[] = [...element.children];
  while (stack.length > 0) {
    const node = stack.pop() as RootContent;
    if (node.type !== 'element') continue;
    if (blockTags.has(node.tagName)) return true;
    stack.push(...node.children);
  }
  return false;
}

function marks(element: Element): { inserted: boolean; deleted: boolean } {
  const style = String(element.properties.style ?? '');
  const decoration = /text-decoration[^;]*/i.exec(style)?.[0] ?? '';
  return {
    inserted: insertTags.has(element.tagName) || /underline/i.test(decoration),
    deleted: deleteTags.has(element.tagName) || /line-through/i.test(decoration),
  };
}

// The text of a paragraph in runs, each knowing whether an element around it marks it new or deleted.
function runsOf(block: Element): Run[] {
  const runs: Run[] = [];
  const stack: Array<{ node: RootContent; inserted: boolean; deleted: boolean }> = block.children.map((node) => ({ node, inserted: false, deleted: false })).reverse();
  while (stack.length > 0) {
    const { node, inserted, deleted } = stack.pop() as (typeof stack)[number];
    if (node.type === 'text') runs.push({ text: node.value, inserted, deleted });
    if (node.type !== 'element') continue;
    if (node.tagName === 'br') runs.push({ text: ' ', inserted, deleted });
    const own = marks(node);
    const inner = { inserted: inserted || own.inserted, deleted: deleted || own.deleted };
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as RootContent, ...inner });
  }
  return runs;
}

/**
 * Leave out the text a supplement strikes through, where it says it marks its changes so: what a reader of the
 * filing takes as written is the text as it now stands (the underlined text kept, unmarked), never the deleted words.
 * One pass over the tree (no recursion, nothing quadratic), changing it in place: it is the reader's own, just parsed.
 * @param tree the hast tree of a filing or document
 * @returns the same tree, struck elements emptied when the filing has a legend
 */
export function dropStruck(tree: Root): Root {
  const struck: Element[] = [];
  const texts: string[] = [];
  const stack: Array<Root | RootContent> = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Root | RootContent;
    if (node.type === 'text') texts.push(node.value);
    if (node.type !== 'root' && node.type !== 'element') continue;
    if (node.type === 'element' && marks(node).deleted) struck.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as RootContent);
  }
  if (struck.length === 0 || !marksLegend(texts.join(' ').replace(/\s+/g, ' '))) return tree;
  for (const element of struck) element.children = [];
  return tree;
}
