import { alignIds, fillGaps, internTexts, matchBoundaries, type Matching } from '../align/align.js';
import { refineChanges, type Move, type Span } from './refine/refine.js';
import { pairEditedBlocks } from '../align/similar.js';
import type { Change, Redline, Root } from '../types.js';
import { documentUnits, type DocumentUnits } from '../align/units.js';
import { placeChanges, sideBlocks, type PlaceSide } from './places.js';

/** A paragraph shorter than this is too common ("None.") to call the same one when found elsewhere. */
const minMovedLength = 40;

/** How the blocks of two documents correspond: equal blocks in order, and equal blocks found out of order. */
export interface BlockAlignment {
  blocks: Matching;
  moves: Matching;
}

/**
 * The redline between two documents without any history: paragraphs and sentences aligned by content first,
 * words diffed only inside what changed, a paragraph found whole elsewhere shown as a move.
 * @param from the old document
 * @param to the new document
 * @param labels how to name each side (file names)
 * @returns the redline, with no provenance and no timeline
 */
export function compare(from: Root, to: Root, labels: { from: string; to: string } = { from: 'from', to: 'to' }): Redline {
  const a = documentUnits(from);
  const b = documentUnits(to);
  const changes = changesFromBlocks(a, b, alignBlocks(a.text, a.blocks, b.text, b.blocks));
  return comparison({ root: from, units: a }, { root: to, units: b }, changes, labels);
}

/**
 * A redline without history, as `compare` returns it: each side with its blocks, each change with its place.
 * @param from the old side (its tree, where there is one, and units)
 * @param to the new side
 * @param changes the changes between them
 * @param labels how to name each side
 * @returns the redline
 */
export function comparison(from: PlaceSide, to: PlaceSide, changes: Change[], labels: { from: string; to: string }): Redline {
  return {
    title: null,
    document: null,
    from: { version: null, label: labels.from, date: null, text: from.units.text, blocks: sideBlocks(from) },
    to: { version: null, label: labels.to, date: null, text: to.units.text, blocks: sideBlocks(to) },
    changes: placeChanges(changes, from, to),
    timeline: [],
  };
}

/**
 * Align two documents' blocks by hashing their texts: equal blocks in order, then equal blocks left over on both
 * sides (long enough to mean something) as moves.
 * @param textA the old text
 * @param blocksA its blocks' spans
 * @param textB the new text
 * @param blocksB its blocks' spans
 * @returns the alignment
 */
export function alignBlocks(textA: string, blocksA: Span[], textB: string, blocksB: Span[]): BlockAlignment {
  const table = new Map<string, number>();
  const idsA = internTexts(blocksA.map((s) => textA.slice(s.start, s.end)), table);
  const idsB = internTexts(blocksB.map((s) => textB.slice(s.start, s.end)), table);
  const blocks = alignIds(idsA, idsB);
  const long = (i: number): boolean => (blocksA[i] as Span).end - (blocksA[i] as Span).start >= minMovedLength;
  return { blocks, moves: findMoves(idsA, idsB, blocks, long) };
}

/**
 * The changes between two documents whose blocks are aligned: units of equal blocks anchor, sentences inside the
 * rest align by content, blocks sharing a sentence or alike enough are one block edited, words diff in what is left.
 * @param a the old document's units
 * @param b the new document's units
 * @param alignment how their blocks correspond
 * @returns the changes in document order
 */
export function changesFromBlocks(a: DocumentUnits, b: DocumentUnits, alignment: BlockAlignment): Change[] {
  const { blocks, moves } = alignment;
  const skip = { a: unitSet(a, moves.map(([i]) => i)), b: unitSet(b, moves.map(([, j]) => j)) };
  const units = matchBoundaries(a, b, fillGaps(a.units, b.units, unitAnchors(a, b, blocks), skip), []);
  const matching = pairEditedBlocks(a, b, units, moves);
  const spans: Move[] = moves.map(([i, j]) => ({ from: a.blocks[i] as Span, to: b.blocks[j] as Span }));
  return refineChanges({ from: a, to: b, matching, moves: spans, provenance: () => [] });
}

/** Pair each unmatched old block with an unmatched new block of the same text, first come first served. */
function findMoves(idsA: number[], idsB: number[], blocks: Matching, long: (i: number) => boolean): Matching {
  const matchedA = new Uint8Array(idsA.length);
  const matchedB = new Uint8Array(idsB.length);
  for (const [i, j] of blocks) {
    matchedA[i] = 1;
    matchedB[j] = 1;
  }
  const waiting = new Map<number, number[]>();
  idsB.forEach((id, j) => {
    if (matchedB[j]) return;
    const list = waiting.get(id);
    if (list) list.push(j);
    else waiting.set(id, [j]);
  });
  const moves: Matching = [];
  idsA.forEach((id, i) => {
    const j = matchedA[i] || !long(i) ? undefined : waiting.get(id)?.shift();
    if (j !== undefined) moves.push([i, j]);
  });
  return moves;
}

/** Anchor every unit of each pair of equal blocks. */
function unitAnchors(a: DocumentUnits, b: DocumentUnits, blocks: Matching): Matching {
  const anchors: Matching = [];
  for (const [i, j] of blocks) {
    const startA = a.blockUnits[i] as number;
    const startB = b.blockUnits[j] as number;
    const count = (a.blockUnits[i + 1] as number) - startA;
    if (count !== (b.blockUnits[j + 1] as number) - startB) continue;
    // Equal blocks left whole (a piece and the boundary) are equal units: no need to compare their texts again.
    if (count === 2 && a.units[startA]?.end === a.blocks[i]?.end && b.units[startB]?.end === b.blocks[j]?.end) {
      anchors.push([startA, startB], [startA + 1, startB + 1]);
      continue;
    }
    for (let k = 0; k < count; k++) {
      if (a.units[startA + k]?.text === b.units[startB + k]?.text) anchors.push([startA + k, startB + k]);
    }
  }
  return anchors;
}

function unitSet(doc: DocumentUnits, blocks: number[]): Set<number> {
  const set = new Set<number>();
  for (const block of blocks) {
    for (let u = doc.blockUnits[block] as number; u < (doc.blockUnits[block + 1] as number); u++) set.add(u);
  }
  return set;
}
