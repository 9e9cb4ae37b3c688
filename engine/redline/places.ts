import { unitsOverlapping, type DocumentUnits, type Unit } from '../align/units.js';
import type { Block, Change, ChangePlace, RedlineBlock, Root } from '../types.js';

/** One side of a redline as places are read on it: its tree (absent for plain text) and its units. */
export interface PlaceSide {
  root: Root | undefined;
  units: DocumentUnits;
}

/**
 * The blocks of one side of a redline: kind, heading rank and number, offsets and printed page.
 * @param side the side's tree and units
 * @returns one entry per block, in order
 */
export function sideBlocks(side: PlaceSide): RedlineBlock[] {
  return side.units.blocks.map((span, index) => {
    const node = side.root?.children[index];
    return {
      kind: node?.type ?? 'paragraph',
      depth: node?.type === 'heading' ? node.depth : null,
      number: node?.type === 'heading' ? node.number : null,
      start: span.start,
      end: span.end,
      page: node ? blockPage(node) : null,
    };
  });
}

/**
 * Give each change its place in words: page, section or question, paragraph under its heading, sentences.
 * @param changes the changes
 * @param from the from-side
 * @param to the to-side
 * @returns the changes, each with `place`
 */
export function placeChanges(changes: Change[], from: PlaceSide, to: PlaceSide): Change[] {
  return changes.map((change) => {
    const onTo = change.to.text.trim().length > 0 || change.from.text.trim().length === 0;
    const place = placeOf(onTo ? to : from, onTo ? change.to : change.from, onTo ? 'to' : 'from');
    return place ? { ...change, place } : change;
  });
}

function placeOf(side: PlaceSide, span: { start: number; end: number }, name: ChangePlace['side']): ChangePlace | null {
  const { units } = side.units;
  const touched = unitsOverlapping(units, span.start, span.end).filter((u) => !(units[u] as Unit).boundary && (units[u] as Unit).text.trim().length > 0);
  const first = touched[0] ?? nearestUnit(units, span.start);
  if (first === undefined) return null;
  const block = (units[first] as Unit).block;
  const inBlock = touched.filter((u) => (units[u] as Unit).block === block);
  const node = side.root?.children[block];
  return {
    side: name,
    block,
    page: pageAt(node, side, first),
    ...headingsAbove(side, block),
    paragraph: node === undefined || node.type === 'paragraph' ? paragraphOrdinal(side, block) : null,
    sentences: sentenceRange(side, block, inBlock, span),
  };
}

/** The unit of real text nearest an offset: where a change is only white space, the text it stands against. */
function nearestUnit(units: Unit[], offset: number): number | undefined {
  let best: number | undefined;
  units.forEach((unit, index) => {
    if (unit.boundary || unit.start > offset) return;
    best = index;
  });
  return best ?? units.findIndex((unit) => !unit.boundary);
}

function pageAt(node: Block | undefined, side: PlaceSide, unit: number): number | null {
  if (!node) return null;
  if (node.type !== 'paragraph') return node.page;
  const piece = unit - (side.units.blockUnits[side.units.units[unit]?.block ?? 0] ?? 0) - (node.runIn ? 1 : 0);
  return node.children[Math.max(0, piece)]?.page ?? node.pages[0] ?? null;
}

function blockPage(node: Block): number | null {
  return node.type === 'paragraph' ? (node.children[0]?.page ?? node.pages[0] ?? null) : node.page;
}

/** The numbered section or question a block stands in, and the nearer caption when there is one. */
function headingsAbove(side: PlaceSide, block: number): { section: string | null; heading: string | null } {
  const blocks = side.root?.children ?? [];
  let heading: string | null = null;
  for (let k = Math.min(block, blocks.length) - 1; k >= 0; k--) {
    const node = blocks[k] as Block;
    if (node.type !== 'heading') continue;
    if (node.number !== null && (node.kind === 'section' || node.kind === 'question')) {
      return { section: node.kind === 'question' ? node.number : `Section ${node.number}`, heading };
    }
    if (node.kind === 'part') return { section: null, heading: heading ?? node.value };
    heading ??= node.value;
  }
  return { section: null, heading };
}

/** Which paragraph under its nearest heading a block is (1 for the first), counting paragraphs only. */
function paragraphOrdinal(side: PlaceSide, block: number): number {
  const blocks = side.root?.children;
  if (!blocks) return block + 1;
  let ordinal = 1;
  for (let k = block - 1; k >= 0 && blocks[k]?.type !== 'heading'; k--) if (blocks[k]?.type === 'paragraph') ordinal++;
  return ordinal;
}

/** The sentences of a paragraph a change touches, 1-based; null when it covers the whole block or is not in a paragraph. */
function sentenceRange(side: PlaceSide, block: number, touched: number[], span: { start: number; end: number }): [number, number] | null {
  const node = side.root?.children[block];
  const extent = side.units.blocks[block];
  // Without a tree (plain texts), a changed block's units are its sentences.
  if ((node && node.type !== 'paragraph') || !extent || touched.length === 0) return null;
  if (span.start <= extent.start && span.end >= extent.end) return null;
  const base = (side.units.blockUnits[block] ?? 0) + (node?.runIn ? 1 : 0);
  const numbers = touched.map((u) => u - base + 1).filter((n) => n >= 1);
  if (numbers.length === 0) return null;
  return [Math.min(...numbers), Math.max(...numbers)];
}
