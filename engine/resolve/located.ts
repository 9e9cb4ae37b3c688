import { beginsWith, findWords, readsAs } from './match-text.js';
import { describeCandidate, targetKey, type ResolvedTarget, type WordSpan } from './describe.js';
import type { Block, Root, Target, TargetMatch } from '../types.js';

/** A passage found by its words, or why not. */
export type Located =
  | { ok: true; target: ResolvedTarget }
  | { ok: false; ruleId: 'unresolved-target' | 'ambiguous-target'; reason: string };

/** What one region gives: the place picked, a message, or nothing found there. */
type Pick = Located | null;

/** One text of a block a match can fall in: a sentence of a paragraph, or (null) the block's own text. */
interface Piece {
  block: number;
  sentence: number | null;
  value: string;
}

const locatable = new Set<Target['scope']>(['sentence', 'clause', 'paragraph', 'words']);

/**
 * Find the passage a locator names by its words ("the sentence beginning `X`", "the words `X`", "each reference to
 * `X`") within the regions the rest of the locator allows. An ordinal counts matches within one region; the first
 * (the default when a filing gives none) must be the only match, or the locator is ambiguous. Matches in more than one
 * region are ambiguous too, never a guess.
 * @param tree the document
 * @param regions the places the rest of the locator names (the whole document when it names none)
 * @param target the locator, with its match
 * @param what the locator described, for messages
 * @returns the place (for words, every span it covers), or an `unresolved-target` / `ambiguous-target` reason
 */
export function locateByWords(tree: Root, regions: ResolvedTarget[], target: Target, what: string): Located {
  const match = target.match as TargetMatch;
  if (!locatable.has(target.scope)) return { ok: false, ruleId: 'unresolved-target', reason: `Cannot find ${what}: a ${target.scope} is not located by its words` };
  const picks = regions.map((region) => pickIn(tree, region, target, what)).filter((p): p is Located => p !== null);
  const failed = picks.find((p) => !p.ok);
  if (failed) return failed;
  const found = uniqueTargets(picks.flatMap((p) => (p.ok ? [p.target] : [])));
  const only = found[0];
  if (found.length === 1 && only) return { ok: true, target: only };
  if (found.length > 1) {
    const places = found.slice(0, 5).map((t) => describeCandidate(tree, t)).join('; ');
    return { ok: false, ruleId: 'ambiguous-target', reason: `Ambiguous target: ${what} is found in ${found.length} places: ${places}` };
  }
  const none = match.occurrence === 'all' || match.occurrence === 1 ? 'no text there reads so' : `there are fewer than ${Math.abs(match.occurrence)} matches`;
  return { ok: false, ruleId: 'unresolved-target', reason: `Cannot find ${what}: ${none}` };
}

function pickIn(tree: Root, region: ResolvedTarget, target: Target, what: string): Pick {
  const match = target.match as TargetMatch;
  const hits = target.scope === 'words' ? wordHits(tree, region, match.text) : unitHits(tree, region, target);
  if (hits.length === 0) return null;
  if (match.occurrence === 'all') {
    if (target.scope !== 'words') return { ok: false, ruleId: 'unresolved-target', reason: `Cannot find ${what}: only words are changed wherever they occur, not a ${target.scope}` };
    return { ok: true, target: spanning(hits) };
  }
  if (match.occurrence === 1 && hits.length > 1) {
    const places = hits.slice(0, 5).map((t) => describeCandidate(tree, t)).join('; ');
    return { ok: false, ruleId: 'ambiguous-target', reason: `Ambiguous target: ${what} matches ${hits.length} places: ${places}` };
  }
  const n = match.occurrence;
  const hit = hits[n > 0 ? n - 1 : hits.length + n];
  return hit ? { ok: true, target: hit } : null;
}

function wordHits(tree: Root, region: ResolvedTarget, text: string): ResolvedTarget[] {
  return piecesOf(tree, region, true).flatMap((piece) =>
    findWords(piece.value, text).map((span): ResolvedTarget => {
      const words: WordSpan = { block: piece.block, sentence: piece.sentence, ...span };
      const sentences: [number, number] | null = piece.sentence === null ? null : [piece.sentence, piece.sentence];
      return { blocks: [piece.block, piece.block], sentences, words: [words] };
    }),
  );
}

function unitHits(tree: Root, region: ResolvedTarget, target: Target): ResolvedTarget[] {
  const match = target.match as TargetMatch;
  const reads = (value: string): boolean =>
    match.mode === 'prefix' ? beginsWith(value, match.text) : match.mode === 'exact' ? readsAs(value, match.text) : findWords(value, match.text).length > 0;
  if (target.scope === 'paragraph') {
    return blocksOf(region)
      .filter((b) => tree.children[b]?.type === 'paragraph' && reads(paragraphValue(tree.children[b] as Block)))
      .map((b): ResolvedTarget => ({ blocks: [b, b], sentences: null }));
  }
  return piecesOf(tree, region, false)
    .filter((piece) => reads(piece.value))
    .map((piece): ResolvedTarget => ({ blocks: [piece.block, piece.block], sentences: [piece.sentence as number, piece.sentence as number] }));
}

function paragraphValue(node: Block): string {
  if (node.type !== 'paragraph') return node.value;
  return [node.runIn ?? '', ...node.children.map((s) => s.value)].filter(Boolean).join(' ');
}

function blocksOf(region: ResolvedTarget): number[] {
  const [first, last] = region.blocks;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

// The texts of a region in order: its sentences, and (where words are sought) headings, tables and run-in headings.
function piecesOf(tree: Root, region: ResolvedTarget, withBlocks: boolean): Piece[] {
  return blocksOf(region).flatMap((block): Piece[] => {
    const node = tree.children[block];
    if (!node) return [];
    if (node.type !== 'paragraph') return withBlocks && node.type !== 'unknown' ? [{ block, sentence: null, value: node.value }] : [];
    const [low, high] = region.sentences ?? [0, node.children.length - 1];
    const own: Piece[] = withBlocks && node.runIn && !region.sentences ? [{ block, sentence: null, value: node.runIn }] : [];
    return [...own, ...node.children.slice(low, high + 1).map((s, i) => ({ block, sentence: low + i, value: s.value }))];
  });
}

// Every occurrence at once: one place covering the blocks they lie in, carrying each span.
function spanning(hits: ResolvedTarget[]): ResolvedTarget {
  const words = hits.flatMap((h) => h.words ?? []);
  const first = hits[0] as ResolvedTarget;
  const last = hits[hits.length - 1] as ResolvedTarget;
  const sentences = first.blocks[0] === last.blocks[0] && first.sentences && last.sentences ? ([first.sentences[0], last.sentences[1]] as [number, number]) : null;
  return { blocks: [first.blocks[0], last.blocks[1]], sentences, words, every: true };
}

function uniqueTargets(targets: ResolvedTarget[]): ResolvedTarget[] {
  const seen = new Set<string>();
  return targets.filter((t) => {
    const key = targetKey(t);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
