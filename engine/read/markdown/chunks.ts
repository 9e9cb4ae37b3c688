import type { Point } from '../../types.js';

/** A stretch of markdown that parses on its own, with where it starts in the whole source. */
export interface MarkdownChunk {
  text: string;
  start: Point;
}

/** Markdown shorter than this parses in one piece; longer is cut, since micromark's time per MB rises with size. */
export const chunkSize = 64 * 1024;

const fence = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Cut long markdown into chunks that parse alike on their own: only at a blank line outside fenced code that is
 * followed by an unindented line (no list continuation, indented code or lazy line crosses it).
 * @param source the whole markdown
 * @returns the chunks in order (one when the source is short)
 */
export function markdownChunks(source: string): MarkdownChunk[] {
  if (source.length <= chunkSize) return [{ text: source, start: { line: 1, column: 1, offset: 0 } }];
  const chunks: MarkdownChunk[] = [];
  let start = { line: 1, column: 1, offset: 0 };
  let line = 1;
  let inFence = false;
  let previousBlank = false;
  for (let offset = 0; offset < source.length; line++) {
    const end = source.indexOf('\n', offset);
    const next = end === -1 ? source.length : end + 1;
    const text = source.slice(offset, end === -1 ? source.length : end);
    const cut = !inFence && previousBlank && offset - start.offset >= chunkSize && /^\S/.test(text);
    if (fence.test(text)) inFence = !inFence;
    if (cut) {
      chunks.push({ text: source.slice(start.offset, offset), start });
      start = { line, column: 1, offset };
    }
    previousBlank = text.trim() === '';
    offset = next;
  }
  chunks.push({ text: source.slice(start.offset), start });
  return chunks;
}

/** A unist point, whose offset is optional. */
interface TreePoint {
  line: number;
  column: number;
  offset?: number | undefined;
}

/** A node with a unist position, as mdast nodes have. */
interface Positioned {
  position?: { start: TreePoint; end: TreePoint } | undefined;
  children?: unknown;
}

/**
 * Move every position in a parsed chunk's tree from chunk coordinates to whole-source coordinates (in place, on a
 * tree just parsed and owned by the caller). Walks with an explicit stack, as trees may be deep.
 * @param tree the chunk's mdast root
 * @param start where the chunk starts in the source
 */
export function shiftPositions(tree: Positioned, start: Point): void {
  if (start.offset === 0) return;
  const stack: Positioned[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.position) node.position = { start: shift(node.position.start, start), end: shift(node.position.end, start) };
    if (Array.isArray(node.children)) stack.push(...(node.children as Positioned[]));
  }
}

// A chunk starts at the beginning of a line, so only lines and offsets move.
function shift(point: TreePoint, start: Point): Point {
  return { line: point.line + start.line - 1, column: point.column, offset: (point.offset ?? 0) + start.offset };
}
