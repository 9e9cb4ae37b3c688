import { minKeptShare, wordChars } from '../../align/similar.js';
import { blank, type Op, type Token } from './tokens.js';

/**
 * Collapse everything from the first to the last change into one replacement when few words are kept, taking in
 * the ends of words the changes cut (the full stop after a replaced sentence).
 * @param ops the ops of one region
 * @returns the ops, or the kept ends around one removal and one addition
 */
export function coarsen(ops: Op[]): Op[] {
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
 * @param ops the ops of one region
 * @returns new ops, the input left as it was
 */
export function slideNewlines(ops: Op[]): Op[] {
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

/**
 * Cut moved paragraphs (with the blank lines beside them) out of a run of removed or added tokens.
 * @param op one op
 * @returns the op, or its pieces: runs of words and each moved paragraph on its own
 */
export function splitMoves(op: Op): Op[] {
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

function isSpace(token: Token | undefined): boolean {
  return token !== undefined && token.move < 0 && blank.test(token.text);
}
