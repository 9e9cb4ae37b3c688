import remarkParse from 'remark-parse';
import { type Plugin, unified } from 'unified';
import { markdownChunks, shiftPositions } from './chunks.js';
import { type PageEvent, pageMarkers } from '../markup/pages.js';
import { type Word, addBoundary, addText, createSink, finishWords } from '../markup/words.js';

// CommonMark only. remark-gfm is left out: its autolink-literal extension is quadratic after an unbalanced
// `[` (a 80 kB paragraph takes seconds), and tables are found from their lines instead (`tabRuns`).
const markdownParser = unified().use(remarkParse);

/**
 * An mdast root as remark-parse 11 produces it. Typed from the parser because the project's
 * top-level `@types/mdast` is v3 while remark-parse 11 emits mdast v4.
 */
export type MdRoot = typeof remarkParse extends Plugin<infer _Options, infer _Input, infer Tree> ? Tree : never;

/** A parse: the mdast root, and the text its values were read from (the source with markup stand-ins, same offsets). */
export interface MdParse {
  tree: MdRoot;
  source: string;
}

/**
 * Parse markdown (CommonMark) into mdast, reading the markup of paragraphs that hold too much of it as text.
 * @param source the markdown
 * @returns the mdast root and the text it was parsed from, for `inlineTokens`
 */
export function parseMarkdown(source: string): MdParse {
  const calmed = calmMarkup(source);
  const [first, ...rest] = markdownChunks(calmed).map((chunk) => {
    const tree = markdownParser.parse(chunk.text);
    shiftPositions(tree, chunk.start);
    return tree;
  });
  const tree = first as MdRoot;
  for (const part of rest) tree.children.push(...part.children);
  if (rest.length > 0 && tree.position) tree.position.end = rest[rest.length - 1]?.position?.end ?? tree.position.end;
  return { tree, source: calmed };
}

// micromark is quadratic in two kinds of inline markup within a paragraph. It pairs emphasis delimiters in time
// quadratic in their number (50,000 `*a ` take minutes). It merges adjacent text with one array splice per run, so
// thousands of `[`, `]`, `!`, `<`, `&`, `\` or backticks that open nothing, each next to text (`[x]` 30,000 times,
// `x&` on 30,000 lines, `[` nested 100,000 deep), take minutes too. In a paragraph holding more than 500 of one
// kind, that kind stands in as noncharacters of the same length (U+FDD0 on, reserved for internal use, not for
// text), read as text, and `inlineTokens` turns them back: such a paragraph's links, escapes, entities and code
// spans read as written. Closed comments holding no `>` are kept, so no page marker is lost; an unclosed `<!--`
// stands in too (micromark looks for its end from each).
const markupLimit = 500;
const markupKinds: readonly RegExp[] = [/[*_]/g, /<!--(?:(?!<!--)[^>])*-->|[[\]!<&\\`]/g];
const standIns: Readonly<Record<string, string>> = Object.fromEntries(
  [...'*_[]!<&\\`'].flatMap((char, index) => {
    const standIn = String.fromCharCode(0xfdd0 + index);
    return [[char, standIn], [standIn, char]];
  }),
);
const anyStandIn = /[\uFDD0-\uFDD8]/g;

function calmMarkup(source: string): string {
  return source.replace(/[^\n]+(?:\n(?![ \t]*(?:\n|$))[^\n]*)*/g, (chunk) =>
    markupKinds.reduce((text, kind) => (holdsMoreThan(text, kind, markupLimit) ? text.replace(kind, standInFor) : text), chunk),
  );
}

function holdsMoreThan(text: string, kind: RegExp, limit: number): boolean {
  const found = new RegExp(kind.source, 'g');
  let count = 0;
  while (count <= limit && found.exec(text)) count++;
  return count > limit;
}

const standInFor = (markup: string): string => standIns[markup] ?? markup;

/**
 * Turn markup stand-ins back into the characters they stand for.
 * @param text a value read from a parse's tree
 * @returns the text as the source writes it
 */
export function restoreMarkup(text: string): string {
  return text.replace(anyStandIn, standInFor);
}

/** Any mdast node below the root (mdast v4 lists every node type as root content). */
export type MdNode = MdRoot['children'][number];

/** An mdast phrasing (inline) node. */
export type MdPhrasing = Extract<MdNode, { type: 'paragraph' }>['children'][number];

interface InlineState {
  sink: ReturnType<typeof createSink>;
  source: string;
  events: PageEvent[];
}

type InlineHandler = (node: MdPhrasing, bold: boolean, state: InlineState) => void;

const start = (node: MdPhrasing): number => node.position?.start.offset ?? 0;

const inlineHandlers: Partial<Record<MdPhrasing['type'], InlineHandler>> = {
  text: (node, bold, state) => {
    if (node.type === 'text') addText(state.sink, { value: node.value, offset: start(node), bold, markdown: true }, state.source);
  },
  inlineCode: (node, bold, state) => {
    if (node.type !== 'inlineCode') return;
    const ticks = /^`+\s?/.exec(state.source.slice(start(node)))?.[0].length ?? 0;
    addText(state.sink, { value: node.value, offset: start(node) + ticks, bold, markdown: false }, state.source);
  },
  break: (_node, _bold, state) => addBoundary(state.sink),
  html: (node, _bold, state) => {
    if (node.type !== 'html') return;
    state.events.push(...pageMarkers(node.value, start(node)));
    if (/^<br\b/i.test(node.value)) addBoundary(state.sink);
  },
};

/**
 * Collect the words of inline content with their source offsets, bold where inside `**...**`;
 * an explicit stack keeps deep nesting off the call stack.
 * @param nodes the inline nodes (a paragraph's, heading's or table cell's children)
 * @param source the text the nodes were parsed from (`MdParse.source`: the whole source, stand-ins and all)
 * @param events where page markers met inline are added
 * @returns the tokens, cleaned of converter debris
 */
export function inlineTokens(nodes: MdPhrasing[], source: string, events: PageEvent[]): Word[] {
  const state: InlineState = { sink: createSink(), source, events };
  const stack = [...nodes].reverse().map((node) => ({ node, bold: false }));
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { node, bold } = entry;
    if ('children' in node) {
      const inner = bold || node.type === 'strong';
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as MdPhrasing, bold: inner });
    } else inlineHandlers[node.type]?.(node, bold, state);
  }
  return finishWords(state.sink).map((token) => {
    const text = restoreMarkup(token.text);
    return text === token.text ? token : { ...token, text };
  });
}
