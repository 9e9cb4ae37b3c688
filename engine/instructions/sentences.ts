import { pointAt } from '../core/points.js';
import type { VFile } from 'vfile';
import { tokenize, type Token } from './tokens.js';
import type { Block, SourcePoint } from '../types.js';

/** A sentence of an instruction paragraph: its text, offset in the paragraph text, and its tokens (offsets into `text`). */
export interface InstructionSentence {
  text: string;
  start: number;
  tokens: Token[];
}

const abbreviations = new Set(['no', 'nos', 'inc', 'co', 'corp', 'ltd', 'u.s', 'mr', 'ms', 'mrs', 'dr', 'st', 'jr', 'sr', 'p.m', 'a.m', 'e.g', 'i.e', 'vs', 'l.p', 'n.a', 's.a', 'sec', 'seq']);

// A full stop ends a sentence when the next token opens a new one and the word before is not an abbreviation.
function endsSentence(tokens: Token[], at: number): boolean {
  const token = tokens[at];
  // "as follows: The Offer will ..." — a colon before a capital ends the instruction; "5:00" does not.
  if (token?.text === ':' && token.kind === 'punct') return /^[A-Z"“]/.test(tokens[at + 1]?.text ?? '') && tokens[at - 1]?.kind !== 'number';
  if (token?.kind !== 'punct' || !['.', '?', '!'].includes(token.text)) return false;
  const next = tokens[at + 1];
  if (!next || !(next.kind === 'quoted' || /^[A-Z0-9(]/.test(next.text))) return false;
  return !abbreviations.has(tokens[at - 1]?.lower ?? '');
}

// "1." or "10." numbering an instruction, or "(a)" lettering it.
function labelLength(tokens: Token[]): number {
  if (tokens[0]?.kind === 'number' && tokens[1]?.text === '.') return 2;
  if (tokens[0]?.kind === 'label' && tokens.length > 1) return 1;
  return 0;
}

/**
 * Split a paragraph into sentences on token boundaries, never inside a quotation, taking off a leading "1." label.
 * @param text the paragraph's text
 * @returns its sentences in order
 */
export function instructionSentences(text: string): InstructionSentence[] {
  const all = tokenize(text);
  const sentences: InstructionSentence[] = [];
  let first = labelLength(all);
  for (let at = first; at < all.length; at++) {
    if (at < all.length - 1 && !endsSentence(all, at)) continue;
    const slice = all.slice(first, at + 1);
    const start = slice[0]?.start ?? 0;
    const tokens = slice.map((token) => ({ ...token, start: token.start - start, end: token.end - start }));
    sentences.push({ text: text.slice(start, slice[slice.length - 1]?.end ?? start), start, tokens });
    first = at + 1;
  }
  return sentences;
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
