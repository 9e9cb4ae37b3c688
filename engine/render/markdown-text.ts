import { escapeMd, problemQuotes } from './md.js';
import type { Block, Root, ReviewPoint } from '../types.js';
import type { DeliverableReport } from '../offer/review.js';

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
 * With a report: each amendment's instructions not applied quoted at the top, and each sentence a review point concerns
 * highlighted with its note as a CriticMarkup comment (`{==…==}{>>review: …<<}`).
 * @param tree the document
 * @param report the problems and review points of the versions the text comes from
 * @returns the markdown, ending with a newline when not empty
 */
export function renderMarkdownText(tree: Root, report?: DeliverableReport): string {
  const top = report ? problemQuotes(report.problems, report.tallies) : [];
  if (tree.children.length === 0 && top.length === 0) return '';
  const notes = reviewNotes(report?.review ?? []);
  const blocks = tree.children.map((node) => (notes.size > 0 && node.type === 'paragraph' ? markedParagraph(node, notes) : (renderers[node.type] as (n: Block) => string)(node)));
  return `${[...top, ...blocks].join('\n\n')}\n`;
}

// The review notes by the text they concern (a sentence, or a block a global edit rewrote).
function reviewNotes(points: ReviewPoint[]): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  for (const point of points) if (point.text && point.document !== null) notes.set(point.text, [...(notes.get(point.text) ?? []), point.note]);
  return notes;
}

// A paragraph whose sentences a review point concerns: each such sentence highlighted, its notes as a comment after it.
function markedParagraph(node: Extract<Block, { type: 'paragraph' }>, notes: Map<string, string[]>): string {
  const sentences = node.children.map((s) => {
    const found = notes.get(s.value);
    return found ? `{==${escapeMd(s.value)}==}{>>${escapeMd(`review: ${found.join('; ')}`)}<<}` : s.value;
  });
  const body = sentences.join(' ');
  return node.runIn ? `**${node.runIn}** ${body}`.trimEnd() : escapeStart(body);
}
