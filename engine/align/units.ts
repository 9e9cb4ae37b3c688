import { firstIndex } from '../core/floor-index.js';
import type { Block, Origin, Root } from '../types.js';

/**
 * A piece of a document's text a redline aligns on: a sentence, a run-in heading, or a whole heading, table or marker;
 * or the empty boundary that ends each block, so that alignment keeps paragraphs apart.
 */
export interface Unit {
  /** Index of its block in the root. */
  block: number;
  text: string;
  /** True for the empty unit ending a block. */
  boundary: boolean;
  /** Offsets into the document's `renderText`, end exclusive. */
  start: number;
  end: number;
}

/** A document's text cut into units, with where each block's units begin (a block's boundary is its last unit). */
export interface DocumentUnits {
  /** Exactly `renderText(root)`. */
  text: string;
  units: Unit[];
  /** Index of each block's first unit, plus one final entry: the number of units. */
  blockUnits: number[];
  /** Offsets of each block's text in `text`, end exclusive. */
  blocks: Array<{ start: number; end: number }>;
}

/** The pieces of one block in reading order: a paragraph's run-in heading then its sentences; any other block whole. */
function blockPieces(node: Block): string[] {
  if (node.type !== 'paragraph') return [node.value];
  const pieces = node.children.map((s) => s.value);
  if (node.runIn) pieces.unshift(node.runIn);
  return pieces;
}

/**
 * Cut a document into units, building the same text `renderText` gives (blocks joined by a blank line, pieces of a
 * paragraph by single spaces, a final newline), so unit offsets are offsets into that text.
 * @param tree the document (undefined reads as an empty one)
 * @returns the text, its units and block boundaries
 */
export function documentUnits(tree: Root | undefined): DocumentUnits {
  const parts: string[] = [];
  const units: Unit[] = [];
  const blockUnits: number[] = [];
  const blocks: DocumentUnits['blocks'] = [];
  let offset = 0;
  const push = (text: string): void => {
    parts.push(text);
    offset += text.length;
  };
  (tree?.children ?? []).forEach((node, block) => {
    if (block > 0) push('\n\n');
    blockUnits.push(units.length);
    const start = offset;
    blockPieces(node).forEach((piece, index) => {
      if (index > 0) push(' ');
      units.push({ block, text: piece, boundary: false, start: offset, end: offset + piece.length });
      push(piece);
    });
    units.push({ block, text: '', boundary: true, start: offset, end: offset });
    blocks.push({ start, end: offset });
  });
  blockUnits.push(units.length);
  if (blocks.length > 0) push('\n');
  return { text: parts.join(''), units, blockUnits, blocks };
}

/**
 * Find the units overlapping an offset range (an empty range touches the unit it sits in or against).
 * @param units the units of one document, in order
 * @param start range start
 * @param end range end, exclusive
 * @returns the indices of those units
 */
export function unitsOverlapping(units: Unit[], start: number, end: number): number[] {
  const low = firstIndex(units.length, (index) => (units[index] as Unit).end >= start);
  const found: number[] = [];
  const empty = start === end;
  for (let index = low; index < units.length; index++) {
    const unit = units[index] as Unit;
    if (unit.start > end || (!empty && unit.start >= end)) break;
    if (empty || unit.end > start) found.push(index);
  }
  return found;
}

/**
 * The origin a unit's text carries in its tree: a sentence's own, or its block's for a run-in heading or whole block.
 * @param tree the document
 * @param units its units
 * @param u the unit
 * @returns the origin
 */
export function unitOrigin(tree: Root, units: Unit[], u: number): Origin {
  const unit = units[u] as Unit;
  const node = tree.children[unit.block] as Block;
  if (node.type !== 'paragraph') return node.origin;
  const sentence = node.children[pieceIndex(units, u) - (node.runIn ? 1 : 0)];
  return sentence?.origin ?? node.origin;
}

/** Which piece of its block a unit is (0 for the first). */
function pieceIndex(units: Unit[], u: number): number {
  let k = u;
  while (k > 0 && (units[k - 1] as Unit).block === (units[u] as Unit).block) k--;
  return u - k;
}
