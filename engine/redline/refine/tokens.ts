import { wordsWithSpaceDiff } from 'diff';
import type { Span } from './regions.js';

/** A word, a run of spaces, a newline or a punctuation mark; or a whole moved paragraph (`move` its index). */
export interface Token {
  text: string;
  start: number;
  move: number;
}

/** A run of tokens kept, removed or added; `move` is the moved paragraph's index, or -1. */
export interface Op {
  type: 'equal' | 'removed' | 'added';
  tokens: Token[];
  move: number;
}

/** Text that is only whitespace. */
export const blank = /^\s*$/;

/**
 * Tokens of a span, each moved paragraph inside it kept as one token.
 * @param text the whole text
 * @param span the span to tokenize
 * @param moved the moved paragraphs of this side, with their move index
 * @returns the span's tokens in order
 */
export function tokenize(text: string, span: Span, moved: Array<Span & { move: number }>): Token[] {
  const tokens: Token[] = [];
  let position = span.start;
  const words = (end: number): void => {
    for (const word of wordsWithSpaceDiff.tokenize(text.slice(position, end))) {
      tokens.push({ text: word, start: position, move: -1 });
      position += word.length;
    }
  };
  for (const hole of moved.filter((m) => m.start >= span.start && m.end <= span.end).sort((x, y) => x.start - y.start)) {
    words(hole.start);
    tokens.push({ text: text.slice(hole.start, hole.end), start: hole.start, move: hole.move });
    position = hole.end;
  }
  words(span.end);
  return tokens;
}
