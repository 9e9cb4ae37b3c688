import { alignIds, internTexts, type Matching } from '../../align/align.js';
import { coarsen, slideNewlines, splitMoves } from './ops.js';
import type { Op, Token } from './tokens.js';

/**
 * Diff two token lists into ops: a passage that keeps too few words is struck whole; moved paragraphs stand alone.
 * @param a the from-side tokens
 * @param b the to-side tokens
 * @returns the ops, in order
 */
export function diffTokens(a: Token[], b: Token[]): Op[] {
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
