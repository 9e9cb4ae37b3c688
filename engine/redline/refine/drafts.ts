import { wordChars } from '../../align/similar.js';
import type { Span } from './regions.js';
import { blank, type Op, type Token } from './tokens.js';

/** A change before it has its texts, kind and id. */
export interface Draft {
  from: Span;
  to: Span;
  move: number;
}

/** At most this many short words (or marks) between two changes are read as part of one rewritten phrase. */
const maxJoinTokens = 3;
const maxJoinChars = 6;

function isShortJoin(tokens: Token[]): boolean {
  const words = tokens.filter((t) => !blank.test(t.text));
  const breaks = tokens.some((t) => t.move >= 0 || t.text === '\n');
  return !breaks && words.length <= maxJoinTokens && wordChars(words) <= maxJoinChars;
}

/**
 * Walk the ops keeping a cursor in each text. Changes joined only by spaces or a word or two ("or", "of the")
 * become one change: a reviewer reads one rewritten phrase better than alternating shreds of it.
 * @param ops the ops of one region
 * @param startA where the region starts in the from-text
 * @param startB where the region starts in the to-text
 * @returns the region's changes as spans of each text, in order
 */
export function draftChanges(ops: Op[], startA: number, startB: number): Draft[] {
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
