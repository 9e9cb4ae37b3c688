import { heading, paragraph, sentence, table } from '../core/nodes.js';
import { isCaption } from '../lexicon/captions.js';
import { findRunIn } from '../read/paragraph.js';
import { splitSentences } from '../sentences/split.js';
import type { Block, Origin, Paragraph, Sentence } from '../types.js';

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Split an instruction's new text into sentence nodes carrying its origin and the page of the place they go.
 * @param text the new text (whitespace is collapsed)
 * @param page the printed page of the place
 * @param origin which amendment put it there
 * @returns the sentences
 */
export function textSentences(text: string, page: number | null, origin: Origin): Sentence[] {
  const value = collapse(text);
  return splitSentences(value).map((span) => sentence(value.slice(span.start, span.end), page, { ambiguous: span.ambiguous, origin }));
}

/**
 * Build a paragraph from new text, taking off an all-caps run-in heading as the document model does.
 * @param text the paragraph's text
 * @param page the printed page of the place
 * @param origin which amendment put it there
 * @returns the paragraph
 */
export function textParagraph(text: string, page: number | null, origin: Origin): Paragraph {
  const value = collapse(text);
  const runIn = findRunIn(value);
  const body = runIn ? value.slice(runIn.length).trim() : value;
  return paragraph(textSentences(body, page, origin), { runIn, pages: page === null ? [] : [page], origin });
}

/**
 * Split new text into blocks at its paragraph breaks (`\n\n`); when there are several, a first block that
 * reads as a caption becomes a caption heading; rows of tab-separated cells stay a table, line for line.
 * @param text the new text
 * @param page the printed page of the place
 * @param origin which amendment put it there
 * @returns the blocks
 */
export function textBlocks(text: string, page: number | null, origin: Origin): Block[] {
  const raw = text.split(/\n[ \t]*\n/).filter((part) => part.trim() !== '');
  return raw.map((part, index) => {
    if (isTabTable(part)) return table(part.replace(/[ \t]+$/gm, '').replace(/^\n+|\n+$/g, ''), { page, origin });
    const value = collapse(part);
    return index === 0 && raw.length > 1 && isCaption(value, 'quoted') ? heading(value, 'caption', { page, origin }) : textParagraph(value, page, origin);
  });
}

// Rows of cells split by tabs (an exhibit index, a price table): two or more lines with a tab between words, and at
// least half the lines so (a wrapped cell continues on a line of its own). Kept line for line, like a filed table.
function isTabTable(part: string): boolean {
  const lines = part.split('\n').filter((line) => line.trim() !== '');
  const rows = lines.filter((line) => /\S\t+\S/.test(line)).length;
  return rows >= 2 && rows * 2 >= lines.length;
}

/**
 * Whether new text holds more than one paragraph.
 * @param text the new text
 * @returns true when it has a paragraph break
 */
export function hasParagraphBreak(text: string): boolean {
  return /\n[ \t]*\n/.test(text.trim());
}

/**
 * Add a clause to a sentence: at its end, before its closing punctuation (unless the clause brings its own),
 * or at its start.
 * @param node the sentence
 * @param clause the clause as quoted (", provided, however, that ...")
 * @param where `start` or `end`
 * @param origin which amendment changed the sentence
 * @returns the new sentence
 */
export function addClause(node: Sentence, clause: string, where: 'start' | 'end', origin: Origin): Sentence {
  const text = collapse(clause);
  const { position: _position, ...rest } = node;
  if (where === 'start') return { ...rest, value: `${text} ${node.value}`, origin };
  const match = /([.!?])(["'”’]*)$/.exec(node.value);
  const head = match ? node.value.slice(0, match.index) : node.value;
  const tail = match ? `${match[1]}${match[2]}` : '';
  const joined = /^[,;:)]/.test(text) ? `${head}${text}` : `${head} ${text}`;
  return { ...rest, value: /[.!?]["'”’]*$/.test(text) ? joined : `${joined}${tail}`, origin };
}
