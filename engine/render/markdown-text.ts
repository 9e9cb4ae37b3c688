import type { Block, Root } from '../types.js';

// Characters that would start markdown structure at the beginning of a line ("1. Items ...", "# ", "> ").
function escapeStart(text: string): string {
  return text.replace(/^(\d+)([.)])(\s)/, '$1\\$2$3').replace(/^([#>*+-])/, '\\$1');
}

const renderers: { [K in Block['type']]: (node: Extract<Block, { type: K }>) => string } = {
  heading: (node) => `${'#'.repeat(Math.min(node.depth, 6))} ${node.value}`,
  paragraph: (node) => {
    const body = node.children.map((s) => s.value).join(' ');
    return node.runIn ? `**${node.runIn}** ${body}`.trimEnd() : escapeStart(body);
  },
  table: (node) => `\`\`\`\n${node.value}\n\`\`\``,
  unknown: (node) => `> *${node.value}*`,
};

/**
 * Render a document as markdown: headings by rank, run-in headings in bold, tables fenced, absent text as a quoted marker.
 * @param tree the document
 * @returns the markdown, ending with a newline when not empty
 */
export function renderMarkdownText(tree: Root): string {
  if (tree.children.length === 0) return '';
  const blocks = tree.children.map((node) => (renderers[node.type] as (n: Block) => string)(node));
  return `${blocks.join('\n\n')}\n`;
}
