import { isQuestion, questionNumber, questionReference } from './questions.js';
import type { Block, Paragraph, Root } from '../types.js';

/** A heading a locator names, found in the document, with the blocks under it. */
export interface HeadingMatch {
  /** Block index of the heading, or of the paragraph its run-in heading (or bold first sentence) opens. */
  index: number;
  /** `heading` for a heading block; `runIn` for a run-in heading or a caption standing as a paragraph. */
  kind: 'heading' | 'runIn';
  /** Block indices under it, in order: for a heading the blocks after it, for a run-in its paragraph and those after. */
  scope: number[];
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
  const found = findNamed(tree, quoted);
  return found.length > 0 ? found : findPath(tree, quoted);
}

// A heading named with what it stands under ("Summary Term Sheet—What are the most significant conditions to the
// Offer?", "Section 15--Litigation"): the last part, among the headings under a heading the parts before it name.
function findPath(tree: Root, quoted: string): HeadingMatch[] {
  const parts = quoted.split(/\s*(?:\u2014|\u2013|--)\s*/).filter((p) => headingWords(p).length > 0);
  const last = parts.pop();
  if (last === undefined || parts.length === 0) return [];
  const outer = parts.reduce<HeadingMatch[] | null>((within, part) => inside(tree, namedPart(tree, part), within), null) ?? [];
  return inside(tree, findNamed(tree, last), outer);
}

// Matches that stand under one of the enclosing matches (all of them when there is no enclosing part yet).
function inside(tree: Root, matches: HeadingMatch[], within: HeadingMatch[] | null): HeadingMatch[] {
  if (within === null) return matches;
  return matches.filter((m) => within.some((w) => w.scope.includes(m.index)));
}

// A part of a heading path: "Section 9" is the section numbered 9; anything else is a heading's words.
function namedPart(tree: Root, part: string): HeadingMatch[] {
  const number = /^\s*section\s+(\d+[a-z]?)\s*$/i.exec(part)?.[1];
  if (number === undefined) return findNamed(tree, part);
  return tree.children.flatMap((node, index) => (node.type === 'heading' && node.kind === 'section' && node.number === number ? [{ index, kind: 'heading' as const, scope: headingScope(tree, index) }] : []));
}

function findNamed(tree: Root, quoted: string): HeadingMatch[] {
  const question = questionReference(quoted);
  if (question !== null) return findQuestions(tree, question);
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

// "Question 23", "Q23": the heading or run-in caption numbered 23, matched by its number whole, not by its words.
function findQuestions(tree: Root, question: string): HeadingMatch[] {
  return tree.children.flatMap((node, index): HeadingMatch[] => {
    if (node.type === 'heading' && isQuestion(node, question)) return [{ index, kind: 'heading', scope: headingScope(tree, index) }];
    if (node.type === 'paragraph' && node.runIn !== null && questionNumber(node.runIn) === question) return [{ index, kind: 'runIn', scope: runInScope(tree, index) }];
    return [];
  });
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
