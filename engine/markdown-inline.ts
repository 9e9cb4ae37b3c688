import remarkParse from 'remark-parse';
import { type Plugin, unified } from 'unified';
import { type PageEvent, pageMarkers } from './markdown-html-pages.js';
import { type Token, addBoundary, addText, createSink, finishTokens } from './markdown-html-tokens.js';

// CommonMark only. remark-gfm is left out: its autolink-literal extension is quadratic after an unbalanced
// `[` (a 80 kB paragraph takes seconds), and tables are found from their lines instead (`tabRuns`).
const markdownParser = unified().use(remarkParse);

/**
 * An mdast root as remark-parse 11 produces it. Typed from the parser because the project's
 * top-level `@types/mdast` is v3 while remark-parse 11 emits mdast v4.
 */
export type MdRoot = typeof remarkParse extends Plugin<infer _Options, infer _Input, infer Tree> ? Tree : never;

/**
 * Parse markdown (CommonMark) into mdast.
 * @param source the markdown
 * @returns the mdast root
 */
export function parseMarkdown(source: string): MdRoot {
  return markdownParser.parse(calmEmphasis(source));
}

// micromark pairs emphasis delimiters in time quadratic in their number within a paragraph (50,000 `*a `
// take minutes), so in a paragraph holding more than 500 of them they stand in as private-use characters
// of the same length, read as text, and `inlineTokens` turns them back.
const delimiterLimit = 500;
const standIns: Record<string, string> = { '*': '\uE001', _: '\uE002', '\uE001': '*', '\uE002': '_' };

function calmEmphasis(source: string): string {
  return source.replace(/[^\n]+(?:\n(?![ \t]*(?:\n|$))[^\n]*)*/g, (chunk) => {
    const delimiters = /[*_]/g;
    let count = 0;
    while (count <= delimiterLimit && delimiters.exec(chunk)) count++;
    return count > delimiterLimit ? chunk.replace(/[*_]/g, (char) => standIns[char] ?? char) : chunk;
  });
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
 * @param source the whole source text
 * @param events where page markers met inline are added
 * @returns the tokens, cleaned of converter debris
 */
export function inlineTokens(nodes: MdPhrasing[], source: string, events: PageEvent[]): Token[] {
  const state: InlineState = { sink: createSink(), source, events };
  const stack = [...nodes].reverse().map((node) => ({ node, bold: false }));
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { node, bold } = entry;
    if ('children' in node) {
      const inner = bold || node.type === 'strong';
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as MdPhrasing, bold: inner });
    } else inlineHandlers[node.type]?.(node, bold, state);
  }
  return finishTokens(state.sink).map((token) =>
    /[\uE001\uE002]/.test(token.text) ? { ...token, text: token.text.replace(/[\uE001\uE002]/g, (char) => standIns[char] ?? char) } : token,
  );
}
