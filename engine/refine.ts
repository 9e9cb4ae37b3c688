import { wordsWithSpaceDiff } from 'diff';
import { alignIds, internTexts, type Matching } from './align.js';
import { minKeptShare, wordChars } from './similar.js';
import type { Change, Origin } from './types.js';
import type { DocumentUnits, Unit } from './units.js';

/** A span of text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A paragraph found whole at another place: its span in each text. */
export interface Move {
  from: Span;
  to: Span;
}

/** Everything `refineChanges` turns into changes. */
export interface RefineInput {
  from: DocumentUnits;
  to: DocumentUnits;
  /** Units known to be the same on both sides; everything between them changed. */
  matching: Matching;
  moves: Move[];
  /** Who made the text in these spans of each side (empty when nobody knows). */
  provenance: (from: Span, to: Span) => Origin[];
}

/** A word, a run of spaces, a newline or a punctuation mark; or a whole moved paragraph (`move` its index). */
interface Token {
  text: string;
  start: number;
  move: number;
}

interface Op {
  type: 'equal' | 'removed' | 'added';
  tokens: Token[];
  move: number;
}

/** A change before it has its texts, kind and id. */
interface Draft {
  from: Span;
  to: Span;
  move: number;
}

const blank = /^\s*$/;

/**
 * Turn matched units into word-level changes: between consecutive matched units, diff the words
 * (jsdiff's `diffWordsWithSpace` tokens, aligned through `alignIds`) and keep each run of changed words as one change.
 * @param input both documents, the matching, the moves and a provenance lookup
 * @returns the changes in document order, ids `c1`, `c2`, ...
 */
export function refineChanges(input: RefineInput): Change[] {
  const drafts: Draft[] = [];
  const movedA = input.moves.map((m, i) => ({ ...m.from, move: i }));
  const movedB = input.moves.map((m, i) => ({ ...m.to, move: i }));
  for (const region of regions(input.from, input.to, input.matching)) {
    const tokensA = tokenize(input.from.text, region.from, movedA);
    const tokensB = tokenize(input.to.text, region.to, movedB);
    drafts.push(...draftChanges(diffTokens(tokensA, tokensB), region.from.start, region.to.start));
  }
  return finish(drafts, input);
}

/** The spans between consecutive matched units whose texts differ. */
function regions(a: DocumentUnits, b: DocumentUnits, matching: Matching): Array<{ from: Span; to: Span }> {
  const found: Array<{ from: Span; to: Span }> = [];
  let startA = 0;
  let startB = 0;
  const close = (endA: number, endB: number): void => {
    if (!sameSpan(a.text, startA, endA, b.text, startB, endB)) found.push({ from: { start: startA, end: endA }, to: { start: startB, end: endB } });
  };
  for (const [i, j] of matching) {
    const unitA = a.units[i] as Unit;
    const unitB = b.units[j] as Unit;
    close(unitA.start, unitB.start);
    startA = unitA.end;
    startB = unitB.end;
  }
  close(a.text.length, b.text.length);
  return found;
}

/** Whether two spans hold the same text, compared in place: most are the space or blank line between two units. */
function sameSpan(x: string, startX: number, endX: number, y: string, startY: number, endY: number): boolean {
  if (endX - startX !== endY - startY) return false;
  for (let k = 0; k < endX - startX; k++) if (x.charCodeAt(startX + k) !== y.charCodeAt(startY + k)) return false;
  return true;
}

/** Tokens of a span, each moved paragraph inside it kept as one token. */
function tokenize(text: string, span: Span, moved: Array<Span & { move: number }>): Token[] {
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

/** Diff two token lists into ops: a passage that keeps too few words is struck whole; moved paragraphs stand alone. */
function diffTokens(a: Token[], b: Token[]): Op[] {
  const same = (x: Token | undefined, y: Token | undefined): boolean => !!x && !!y && x.move < 0 && y.move < 0 && x.text === y.text;
  let head = 0;
  while (head < a.length && same(a[head], b[head])) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && same(a[a.length - 1 - tail], b[b.length - 1 - tail])) tail++;
  // Align the token texts (a moved paragraph as a key nothing else has) on the words found once on each side, and
  // with jsdiff's Myers between them: a long rewritten passage then costs little more than a short one.
  const keys = (tokens: Token[], side: string): string[] => tokens.map((t) => (t.move < 0 ? t.text : `\u0000${side}${t.move}`));
  const middleA = a.slice(head, a.length - tail);
  const middleB = b.slice(head, b.length - tail);
  const table = new Map<string, number>();
  const pairs = alignIds(internTexts(keys(middleA, 'a'), table), internTexts(keys(middleB, 'b'), table));
  const ops: Op[] = [{ type: 'equal', tokens: a.slice(0, head), move: -1 }];
  const push = (type: Op['type'], tokens: Token[]): void => {
    const last = ops[ops.length - 1];
    if (tokens.length === 0) return;
    if (last?.type === type) last.tokens.push(...tokens);
    else ops.push({ type, tokens, move: -1 });
  };
  let i = 0;
  let j = 0;
  const stops: Matching = [...pairs, [middleA.length, middleB.length]];
  for (const [pi, pj] of stops) {
    push('removed', middleA.slice(i, pi));
    push('added', middleB.slice(j, pj));
    if (pi < middleA.length) push('equal', [middleA[pi] as Token]);
    i = pi + 1;
    j = pj + 1;
  }
  push('equal', a.slice(a.length - tail));
  return coarsen(slideNewlines(ops.filter((op) => op.tokens.length > 0))).flatMap(splitMoves);
}

/**
 * Collapse everything from the first to the last change into one replacement when few words are kept, taking in
 * the ends of words the changes cut (the full stop after a replaced sentence).
 */
function coarsen(ops: Op[]): Op[] {
  const sum = (type: Op['type']): number => ops.reduce((n, op) => n + (op.type === type ? wordChars(op.tokens) : 0), 0);
  const kept = sum('equal');
  const removed = sum('removed');
  const added = sum('added');
  if (removed === 0 || added === 0 || kept >= minKeptShare * Math.max(kept + removed, kept + added)) return ops;
  const first = ops.findIndex((op) => op.type !== 'equal');
  const last = ops.findLastIndex((op) => op.type !== 'equal');
  const before = ops.slice(0, first).flatMap((op) => op.tokens);
  const after = ops.slice(last + 1).flatMap((op) => op.tokens);
  const head = before.length - glued(before.slice().reverse());
  const tail = glued(after);
  const middle = ops.slice(first, last + 1);
  const side = (type: Op['type']): Token[] => [
    ...before.slice(head),
    ...middle.filter((op) => op.type !== type).flatMap((op) => op.tokens),
    ...after.slice(0, tail),
  ];
  const equal = (tokens: Token[]): Op[] => (tokens.length > 0 ? [{ type: 'equal', tokens, move: -1 }] : []);
  return [
    ...equal(before.slice(0, head)),
    { type: 'removed', tokens: side('added'), move: -1 },
    { type: 'added', tokens: side('removed'), move: -1 },
    ...equal(after.slice(tail)),
  ];
}

/** How many tokens at the start of a list are not spaces: the rest of a word a change cut into. */
function glued(tokens: Token[]): number {
  const index = tokens.findIndex((token) => token.move >= 0 || blank.test(token.text));
  return index === -1 ? tokens.length : index;
}

/**
 * Move a lone insertion or deletion back over the newlines before it when it ends in the same newlines, so an added
 * paragraph reads as a blank line then the paragraph (`\n\nNew`), not as the end of a blank line, the paragraph and a newline.
 */
function slideNewlines(ops: Op[]): Op[] {
  const result = ops.map((op) => ({ ...op, tokens: [...op.tokens] }));
  result.forEach((op, index) => {
    const before = result[index - 1];
    if (op.type === 'equal' || before?.type !== 'equal' || (result[index + 1] ?? before).type !== 'equal') return;
    if (!result[index + 1]) result.push({ type: 'equal', tokens: [], move: -1 });
    const after = result[index + 1] as Op;
    while (before.tokens.at(-1)?.text === '\n' && op.tokens.at(-1)?.text === '\n') {
      op.tokens.unshift(before.tokens.pop() as Token);
      after.tokens.unshift(op.tokens.pop() as Token);
    }
  });
  return result.filter((op) => op.tokens.length > 0);
}

/** Cut moved paragraphs (with the blank lines beside them) out of a run of removed or added tokens. */
function splitMoves(op: Op): Op[] {
  if (op.type === 'equal' || op.tokens.every((t) => t.move < 0)) return [op];
  const pieces: Op[] = [];
  const { tokens } = op;
  let start = 0;
  tokens.forEach((token, index) => {
    if (token.move < 0 || index < start) return;
    let low = index;
    while (low > start && isSpace(tokens[low - 1])) low--;
    let high = index + 1;
    while (high < tokens.length && isSpace(tokens[high])) high++;
    if (low > start) pieces.push({ type: op.type, tokens: tokens.slice(start, low), move: -1 });
    pieces.push({ type: op.type, tokens: tokens.slice(low, high), move: token.move });
    start = high;
  });
  if (start < tokens.length) pieces.push({ type: op.type, tokens: tokens.slice(start), move: -1 });
  return pieces;
}

/** At most this many short words (or marks) between two changes are read as part of one rewritten phrase. */
const maxJoinTokens = 3;
const maxJoinChars = 6;

function isShortJoin(tokens: Token[]): boolean {
  const words = tokens.filter((t) => !blank.test(t.text));
  const breaks = tokens.some((t) => t.move >= 0 || t.text === '\n');
  return !breaks && words.length <= maxJoinTokens && wordChars(words) <= maxJoinChars;
}

function isSpace(token: Token | undefined): boolean {
  return token !== undefined && token.move < 0 && blank.test(token.text);
}

/**
 * Walk the ops keeping a cursor in each text. Changes joined only by spaces or a word or two ("or", "of the")
 * become one change: a reviewer reads one rewritten phrase better than alternating shreds of it.
 */
function draftChanges(ops: Op[], startA: number, startB: number): Draft[] {
  const drafts: Draft[] = [];
  let a = startA;
  let b = startB;
  let open: { a: number; b: number } | null = null;
  const close = (): void => {
    if (open) drafts.push({ from: { start: open.a, end: a }, to: { start: open.b, end: b }, move: -1 });
    open = null;
  };
  ops.forEach((op, index) => {
    const length = op.tokens.reduce((n, t) => n + t.text.length, 0);
    const next = ops[index + 1];
    const bridge = op.type === 'equal' && open && next && next.type !== 'equal' && next.move < 0 && isShortJoin(op.tokens);
    if (op.type === 'equal' && !bridge) close();
    if (op.move >= 0) {
      close();
      const from = { start: a, end: op.type === 'removed' ? a + length : a };
      const to = { start: b, end: op.type === 'added' ? b + length : b };
      drafts.push({ from, to, move: op.move });
    } else if (op.type !== 'equal') open ??= { a, b };
    if (op.type !== 'added') a += length;
    if (op.type !== 'removed') b += length;
  });
  close();
  return drafts;
}

/** Give drafts their texts, kinds, provenance and ids, and pair the halves of each move. */
function finish(drafts: Draft[], input: RefineInput): Change[] {
  const ids = new Map<string, string>();
  const changes = drafts.map((draft, index): Change => {
    const id = `c${index + 1}`;
    const kind = draft.move >= 0 ? (draft.from.end > draft.from.start ? 'moveFrom' : 'moveTo') : kindOf(draft);
    if (draft.move >= 0) ids.set(`${kind}:${draft.move}`, id);
    return {
      id,
      kind,
      from: { ...draft.from, text: input.from.text.slice(draft.from.start, draft.from.end) },
      to: { ...draft.to, text: input.to.text.slice(draft.to.start, draft.to.end) },
      pair: null,
      provenance: input.provenance(draft.from, draft.to),
    };
  });
  drafts.forEach((draft, index) => {
    const change = changes[index] as Change;
    if (draft.move >= 0) change.pair = ids.get(`${change.kind === 'moveFrom' ? 'moveTo' : 'moveFrom'}:${draft.move}`) ?? null;
  });
  return changes;
}

function kindOf(draft: Draft): Change['kind'] {
  if (draft.from.end === draft.from.start) return 'insert';
  return draft.to.end === draft.to.start ? 'delete' : 'replace';
}
