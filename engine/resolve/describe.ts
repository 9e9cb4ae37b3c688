import { fullOrdinal } from '../core/full-paragraphs.js';
import { blockText } from '../core/nodes.js';
import { blockPages } from './scopes.js';
import type { Root, Target } from '../types.js';

/**
 * Words located in a block: in sentence `sentence` of a paragraph, or (null) in the block's own text, a heading's,
 * a table's or a paragraph's run-in heading. `start`..`end` (end exclusive) index that text.
 */
export interface WordSpan {
  block: number;
  sentence: number | null;
  start: number;
  end: number;
}

/**
 * A place a locator may mean: blocks (inclusive) and, within one paragraph, sentences (0-based, inclusive); for a
 * word-level edit, the words themselves (every occurrence an "each reference to" names), in document order.
 */
export interface ResolvedTarget {
  blocks: [number, number];
  sentences: [number, number] | null;
  words?: WordSpan[];
  /** True when the words are every reference to them ("each reference to"), not one place. */
  every?: boolean;
}

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

function listText(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function sentencesText(ordinals: number[]): string {
  if (ordinals.length === 0) return '';
  const sorted = [...ordinals];
  const run = sorted.length > 2 && sorted.every((o, i) => i === 0 || o === (sorted[i - 1] as number) + 1);
  const list = run ? `\`${sorted[0]}\`-\`${sorted[sorted.length - 1]}\`` : listText(sorted.map((o) => `\`${o}\``));
  return `${sorted.length > 1 ? 'sentences' : 'sentence'} ${list}`;
}

function paragraphText(paragraph: Target['paragraph']): string {
  if (paragraph === null) return '';
  if (paragraph === 'first-full') return 'the first full paragraph';
  const full = fullOrdinal(paragraph);
  if (full !== null) return `full paragraph \`${full}\``;
  return `paragraph \`${paragraph}\``;
}

function runText(paragraphs: number[]): string {
  return paragraphs.length === 0 ? '' : `paragraphs ${listText(paragraphs.map((o) => `\`${o}\``))}`;
}

const matchVerbs = { prefix: 'beginning', contains: 'containing', exact: 'reading' } as const;

// "the sentence beginning `X`", "every occurrence of the words `X`", "occurrence `2` of the words `X`".
function matchText(target: Target): string {
  const { match, scope } = target;
  if (!match) return '';
  const quoted = `\`${clip(match.text, 60)}\``;
  if (scope === 'words') {
    if (match.occurrence === 'all') return `every occurrence of the words ${quoted}`;
    return match.occurrence === 1 ? `the words ${quoted}` : `occurrence \`${match.occurrence}\` of the words ${quoted}`;
  }
  const unit = scope === 'paragraph' ? 'paragraph' : 'sentence';
  return `the ${unit} ${matchVerbs[match.mode]} ${quoted}`;
}

/**
 * Describe what a locator names, in the words of a message: "sentences `2` and `3` of paragraph `2` under `Q23 ...` on page `7`".
 * @param target the instruction's target
 * @returns the description
 */
export function describeTarget(target: Target): string {
  const unit = [matchText(target), sentencesText(target.sentences), paragraphText(target.paragraph), runText(target.paragraphs)].filter(Boolean).join(' of ');
  const parts = [unit || (target.scope === 'sentence' || target.scope === 'clause' ? 'the text' : `the ${target.scope}`)];
  if (target.section) parts.push(`of section \`${target.section}\``);
  if (target.heading) parts.push(`under \`${clip(target.heading, 70)}\``);
  if (target.pages.length > 0) parts.push(`on ${target.pages.length > 1 ? 'pages' : 'page'} ${listText(target.pages.map((p) => `\`${p}\``))}`);
  return parts.join(' ');
}

/**
 * Describe a place found in the document, for a message naming candidates: its pages and first words.
 * @param tree the document
 * @param found the place
 * @returns e.g. "page `12` (\"Subject to our rights …\")"
 */
export function describeCandidate(tree: Root, found: ResolvedTarget): string {
  const node = tree.children[found.blocks[0]];
  if (!node) return `block \`${found.blocks[0]}\``;
  const pages = blockPages(node);
  const text = placeText(tree, found);
  const where = pages.length > 0 ? `${pages.length > 1 ? 'pages' : 'page'} ${listText(pages.map((p) => `\`${p}\``))}` : 'no page';
  return `${where} ("${clip(text, 48)}")`;
}

/**
 * The text of a place found in the document: its sentences, else its first block's text.
 * @param tree the document
 * @param found the place
 * @returns the text (empty when the place is not in the tree)
 */
export function placeText(tree: Root, found: ResolvedTarget): string {
  const node = tree.children[found.blocks[0]];
  if (!node) return '';
  if (!found.sentences || node.type !== 'paragraph') return blockText(node);
  const [first, last] = found.sentences;
  return node.children.slice(first, last + 1).map((s) => s.value).join(' ');
}

/**
 * A stable key for a resolved place, to tell distinct candidates apart.
 * @param found the place
 * @returns a string key
 */
export function targetKey(found: ResolvedTarget): string {
  const words = (found.words ?? []).map((w) => `${w.block}.${w.sentence ?? 'b'}.${w.start}-${w.end}`).join(',');
  return `${found.blocks.join('-')}:${found.sentences ? found.sentences.join('-') : '*'}${words ? `:${words}` : ''}`;
}
