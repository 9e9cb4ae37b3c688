import type { TextPiece } from '../paragraph.js';
import type { Point } from '../../types.js';

/** A whitespace-free word of block text with the source span it came from. */
export interface Word {
  text: string;
  /** Source offset of its first character. */
  start: number;
  /** Source offset just after its last character. */
  end: number;
  /** Whether its first character was set in bold. */
  bold: boolean;
  /** Whether its first character was otherwise set apart (italics, underline, small capitals, larger type). */
  emphasis?: boolean;
}

/** Collects a block's tokens from its text runs, gluing runs that meet without whitespace (`Sonus *Networks*,`). */
export interface WordSink {
  tokens: Word[];
  /** True while the last token may go on: no whitespace or boundary since it. */
  open: boolean;
}

/** How `addText` reads a text run. */
export interface TextRun {
  /** The parser's value: escapes and entities decoded. */
  value: string;
  /** Source offset where the run starts. */
  offset: number;
  bold: boolean;
  /** Set apart otherwise than in bold (HTML only). */
  emphasis?: boolean;
  /** Markdown: undo backslash escapes and mark unescaped `$` as a math delimiter. */
  markdown: boolean;
}

// Stands for an unescaped `$` in markdown (a converter's math wrapper) until `finishWords` cleans it.
const mathMark = '\uE000';
const space = /\s/;
// Characters that take no room (zero-width space, joiners, word joiner, soft hyphen, byte-order mark): generators
// put them in empty spacer blocks and between runs; they are no part of any word.
const invisible = /[\u200b-\u200d\u2060\u00ad\ufeff]/;
const asciiPunctuation = /[!-/:-@[-`{-~]/;
const entity = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);|&(?:#\d+|#x[\da-f]+|nbsp|amp|lt|gt|quot|copy|reg)/iy;

/**
 * Start an empty token sink.
 * @returns the sink
 */
export function createSink(): WordSink {
  return { tokens: [], open: false };
}

/**
 * End the current word: the next text starts a new token (a `<br>`, a cell edge).
 * @param sink the sink
 */
export function addBoundary(sink: WordSink): void {
  sink.open = false;
}

/**
 * Add a text run, mapping each character of the parser's value back to its source offset.
 * @param sink the sink to add to
 * @param run the run's value, where it starts and how to read it
 * @param source the whole source text
 */
export function addText(sink: WordSink, run: TextRun, source: string): void {
  const emit = (char: string, at: number): void => {
    if (invisible.test(char)) return;
    if (space.test(char)) sink.open = false;
    else if (sink.open) appendChar(sink, char, at);
    else {
      sink.tokens.push({ text: char, start: at, end: at + 1, bold: run.bold, ...(run.emphasis ? { emphasis: true } : {}) });
      sink.open = true;
    }
  };
  align(run, source, emit);
}

function appendChar(sink: WordSink, char: string, at: number): void {
  const last = sink.tokens[sink.tokens.length - 1];
  if (!last) return;
  last.text += char;
  last.end = at + 1;
}

// Walk value and source together: equal characters advance both; an escape or entity takes several
// source characters for one value character; whitespace the parser dropped (indents) is skipped.
// Runs once per character of the file, so it allocates nothing.
function align(run: TextRun, source: string, emit: (char: string, at: number) => void): void {
  const { value, markdown } = run;
  let j = run.offset;
  for (let i = 0; i < value.length; i++) {
    const char = value[i] as string;
    if (!space.test(char)) while (j < source.length && space.test(source[j] as string)) j++;
    const width = sourceWidth(run, i, source, j);
    const escaped = markdown && width === 2;
    const at = Math.min(escaped ? j + 1 : j, source.length - 1);
    emit(markdown && !escaped && char === '$' && source[j] === '$' ? mathMark : char, at);
    j += width;
  }
}

// How many source characters the value character at `i` takes: 2 for a markdown escape, an entity's
// length, 1 for the same character, 0 where the source has nothing for it.
function sourceWidth(run: TextRun, i: number, source: string, j: number): number {
  const char = run.value[i] as string;
  const at = source[j];
  if (at === undefined) return 0;
  if (run.markdown && at === '\\' && source[j + 1] === char && asciiPunctuation.test(char)) return 2;
  const decoded = entityLength(run.value, i, source, j);
  if (decoded > 0) return isHighSurrogate(char) ? 0 : decoded;
  if (at === char) return 1;
  return space.test(char) ? 0 : 1;
}

// Source length of a character reference the parser decoded at this point, or 0 where the
// value holds the same characters (a literal `&`).
function entityLength(value: string, i: number, source: string, j: number): number {
  if (source[j] !== '&') return 0;
  entity.lastIndex = j;
  const match = entity.exec(source)?.[0];
  return match && !value.startsWith(match, i) ? match.length : 0;
}

function isHighSurrogate(char: string): boolean {
  const code = char.charCodeAt(0);
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Finish a sink: turn converter math wrappers into their text (`$(a)(1)(C)^*$` to `(a)(1)(C)*`, `$$` to nothing).
 * @param sink the filled sink
 * @returns its tokens, cleaned, without empty ones
 */
export function finishWords(sink: WordSink): Word[] {
  const math = new RegExp(`${mathMark}([^${mathMark}]*)${mathMark}`, 'g');
  return sink.tokens
    .map((token) => ({
      ...token,
      text: token.text.replace(math, (_, inner: string) => inner.replace(/[\^{}]/g, '')).replaceAll(mathMark, '$'),
    }))
    .filter((token) => token.text !== '');
}

/**
 * The text of tokens as `joinPieces` joins them: single spaces between words.
 * @param tokens the tokens
 * @returns their text
 */
export function wordsText(tokens: Word[]): string {
  return tokens.map((token) => token.text).join(' ');
}

/**
 * Turn tokens into the pieces `buildParagraph` takes, one per word, each at its source point.
 * @param tokens the tokens
 * @param pointAt the offset-to-point lookup
 * @returns the pieces
 */
export function wordPieces(tokens: Word[], pointAt: (offset: number) => Point): TextPiece[] {
  return tokens.map((token) => ({ text: token.text, start: pointAt(token.start) }));
}
