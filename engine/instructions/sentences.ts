import { pointAt } from '../core/points.js';
import type { VFile } from 'vfile';
import { splitSentences } from '../sentences/split.js';
import { tokenize, type Token } from './tokens.js';
import type { Block, SourcePoint } from '../types.js';

/** A sentence of an instruction paragraph: its text, offset in the paragraph text, and its tokens (offsets into `text`). */
export interface InstructionSentence {
  text: string;
  start: number;
  tokens: Token[];
}

// "as follows: The Offer will ..." — a colon before a capital or a quotation ends the instruction; "5:00" does not.
function endsAtColon(tokens: Token[], at: number): boolean {
  const token = tokens[at];
  if (token?.text !== ':' || token.kind !== 'punct') return false;
  const next = tokens[at + 1];
  return next !== undefined && /^[A-Z"“]/.test(next.kind === 'quoted' ? '"' : next.text) && tokens[at - 1]?.kind !== 'number';
}

// "1." or "10." numbering an instruction, "(a)" lettering it, or a bullet before it.
function labelLength(tokens: Token[]): number {
  if (tokens[0]?.kind === 'number' && tokens[1]?.text === '.') return 2;
  if (tokens[0]?.kind === 'label' && tokens.length > 1) return 1;
  if (tokens[0]?.kind === 'punct' && /^[•●▪◦·*–—-]$/.test(tokens[0].text) && tokens.length > 1) return 1;
  return 0;
}

function piece(text: string, tokens: Token[], offset: number): InstructionSentence {
  const start = tokens[0]?.start ?? 0;
  const end = tokens[tokens.length - 1]?.end ?? start;
  return { text: text.slice(start, end), start: offset + start, tokens: tokens.map((t) => ({ ...t, start: t.start - start, end: t.end - start })) };
}

// One sentence of the shared splitter, cut after each colon that ends an instruction.
function cutAtColons(text: string, offset: number, first: boolean): InstructionSentence[] {
  const all = tokenize(text);
  const pieces: InstructionSentence[] = [];
  let from = first ? labelLength(all) : 0;
  for (let at = from; at < all.length; at++) {
    if (at < all.length - 1 && !endsAtColon(all, at)) continue;
    pieces.push(piece(text, all.slice(from, at + 1), offset));
    from = at + 1;
  }
  return pieces;
}

/**
 * Split a paragraph into instruction sentences: the sentences of the shared splitter (`splitSentences`, which
 * never splits inside a quotation), each cut after a colon that introduces new text, a leading "1.", "(a)" or
 * bullet taken off.
 * @param text the paragraph's text
 * @returns its sentences in order
 */
export function instructionSentences(text: string): InstructionSentence[] {
  return splitSentences(text).flatMap((span, index) => cutAtColons(text.slice(span.start, span.end), span.start, index === 0));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The source point where a sentence of a block starts: its first words found in the file from the block's start
 * (whitespace may differ, since block text has its line breaks joined), else the block's start.
 * @param file the filing
 * @param block the block holding the sentence
 * @param sentence the sentence text
 * @returns line and column, 1-based
 */
export function sentencePoint(file: VFile, block: Block, sentence: string): SourcePoint {
  const start = block.position?.start;
  const fallback = { line: start?.line ?? 1, column: start?.column ?? 1 };
  if (!start) return fallback;
  // A word's first 200 characters place it as well as the whole, and keep the expression small (a 100 kB "word" in
  // a damaged filing would not compile).
  const words = sentence.split(/\s+/).filter(Boolean).slice(0, 4).map((word) => escape(word.slice(0, 200)));
  const value = String(file.value);
  const re = new RegExp(words.join('\\s+'), 'g');
  re.lastIndex = start.offset;
  const match = re.exec(value);
  return match && match.index - start.offset < 4 * Math.max(sentence.length, 200) ? pointAt(value, match.index) : fallback;
}
