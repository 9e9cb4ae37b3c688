import { firstIndex } from '../core/floor-index.js';
import { paragraph, sentence, originalOrigin } from '../core/nodes.js';
import { splitSentences } from '../sentences/split.js';
import type { Origin, Paragraph, Point } from '../types.js';

/** A run of source text on one line, with the point where it starts. */
export interface TextPiece {
  text: string;
  start: Point;
}

/** Joined paragraph text with a map back to source points. */
export interface JoinedText {
  text: string;
  /** Sorted anchors: output offset `at` corresponds to source point `start`. */
  anchors: Array<{ at: number; start: Point }>;
}

/**
 * Join pieces with single spaces, collapsing every run of whitespace, keeping a map to the source.
 * @param pieces the paragraph's lines (or text runs), each on one source line
 * @returns the joined text and its anchors
 */
export function joinPieces(pieces: TextPiece[]): JoinedText {
  let text = '';
  const anchors: JoinedText['anchors'] = [];
  let last: JoinedText['anchors'][number] | undefined;
  const add = (piece: TextPiece, index: number, words: string): void => {
    if (text.length > 0) text += ' ';
    const offset = piece.start.offset + index;
    // A word following the last anchor on its line, one space on, needs no anchor of its own.
    if (!last || last.start.line !== piece.start.line || offset - last.start.offset !== text.length - last.at) {
      last = { at: text.length, start: { line: piece.start.line, column: piece.start.column + index, offset } };
      anchors.push(last);
    }
    text += words;
  };
  for (const piece of pieces) {
    // Most lines are words one space apart: joined as they stand, with the anchor word by word would give.
    if (singleSpaced.test(piece.text)) add(piece, 0, piece.text);
    else for (let match = anyWord.exec(piece.text); match; match = anyWord.exec(piece.text)) add(piece, match.index, match[0]);
    anyWord.lastIndex = 0;
  }
  return { text, anchors };
}

const singleSpaced = /^\S+(?: \S+)*$/;
const anyWord = /\S+/g;

/**
 * Map an offset in joined text back to its source point.
 * @param joined the joined text
 * @param at an offset into `joined.text`
 * @returns the source point, or undefined for empty text
 */
export function sourcePointAt(joined: JoinedText, at: number): Point | undefined {
  const { anchors } = joined;
  const found = firstIndex(anchors.length, (index) => (anchors[index]?.at ?? 0) > at) - 1;
  const anchor = anchors[Math.max(found, 0)];
  if (!anchor) return undefined;
  const delta = at - anchor.at;
  return { line: anchor.start.line, column: anchor.start.column + delta, offset: anchor.start.offset + delta };
}

// An all-caps phrase of two or more words ending in a period, opening a longer paragraph:
// "DETERMINATION OF VALIDITY; REJECTION OF OPTIONS. We will ..."
const runInPattern = /^([A-Z0-9][A-Z0-9'’&,;:()\-/]*(?:\s+[A-Z0-9&][A-Z0-9'’&,;:()\-/.]*)+\.)\s+(?=["“(]?(?:[A-Z][a-z'’]|[AI]\s))/;

/**
 * Find an all-caps run-in heading at the start of paragraph text.
 * @param text the joined paragraph text
 * @returns the heading with its period, or null
 */
export function findRunIn(text: string): string | null {
  const match = runInPattern.exec(text);
  const head = match?.[1];
  if (!head || head.length >= text.length - 1) return null;
  const letters = head.replace(/[^A-Z]/g, '').length;
  const words = head.split(/\s+/).filter((word) => /[A-Z]{2,}/.test(word));
  return letters >= 8 && words.length >= 2 ? head : null;
}

/** How `buildParagraph` should treat a run-in heading. */
export interface ParagraphOptions {
  /** Printed page of a source offset. */
  pageOf: (offset: number) => number | null;
  /** `'caps'` to detect an all-caps run-in heading; a string to take that many leading characters' text as given. */
  runIn?: 'caps' | { length: number } | null;
  origin?: Origin;
}

/**
 * Build a paragraph node from source pieces: join, take off a run-in heading, split sentences.
 * @param pieces the paragraph's text runs in order
 * @param options how to find pages and run-in headings
 * @returns the paragraph, or null when the pieces hold no text
 */
export function buildParagraph(pieces: TextPiece[], options: ParagraphOptions): Paragraph | null {
  const joined = joinPieces(pieces);
  if (joined.text === '') return null;
  const origin = options.origin ?? originalOrigin();
  let runIn: string | null = null;
  if (options.runIn === 'caps') runIn = findRunIn(joined.text);
  else if (options.runIn && options.runIn.length > 0) runIn = joined.text.slice(0, options.runIn.length).trim() || null;
  const bodyStart = runIn ? joined.text.indexOf(runIn) + runIn.length : 0;
  const body = joined.text.slice(bodyStart);
  const pageAt = (at: number): number | null => {
    const point = sourcePointAt(joined, at);
    return point ? options.pageOf(point.offset) : null;
  };
  const sentences = splitSentences(body).map((span) => {
    const start = sourcePointAt(joined, bodyStart + span.start);
    const end = sourcePointAt(joined, bodyStart + span.end);
    return sentence(body.slice(span.start, span.end), pageAt(bodyStart + span.start), {
      ambiguous: span.ambiguous,
      origin,
      ...(start && end ? { position: { start, end } } : {}),
    });
  });
  const first = sourcePointAt(joined, 0);
  const last = sourcePointAt(joined, joined.text.length);
  const pages = [...new Set([pageAt(0), ...sentences.map((s) => s.page), pageAt(joined.text.length - 1)])].filter(
    (page): page is number => page !== null,
  );
  return paragraph(sentences, {
    runIn,
    pages,
    origin,
    ...(first && last ? { position: { start: first, end: last } } : {}),
  });
}
