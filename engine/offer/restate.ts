import { alignIds, internTexts } from '../align/align.js';
import { clip } from '../core/clip.js';
import type { Block, Origin, Root, SourcePoint } from '../types.js';
import { documentUnits, unitOrigin, type Unit } from '../align/units.js';

/** Where the restated text and the reconstructed text part: a run of units one side has and the other lacks. */
export interface RestatementDifference {
  /** The reconstructed text's words in the run ("" when the restatement adds). */
  reconstructed: string;
  /** The restated text's words in the run ("" when the restatement drops). */
  restated: string;
  /** Where the run is in the restated file (for a drop, the block after it), when known. */
  place: SourcePoint | undefined;
}

/** A restated document with every sentence's origin, and where it parts from the reconstruction. */
export interface Restated {
  tree: Root;
  differences: RestatementDifference[];
}

/**
 * Make a restated document (an exhibit a filing restates in its entirety) the operative one: each sentence, heading
 * or table found in the text the instructions give keeps the origin it has there; the rest was put there by the
 * restatement. Sentences are aligned by content, spacing aside, and the same words cut into other sentences or blocks
 * count as the same, so a restatement that only reflows or repaginates changes no origin and differs nowhere.
 * @param reconstructed the document after the filing's instructions
 * @param restated the restated document as filed
 * @param origin the origin of text only the restatement has, given where it sits in the restated file
 * @returns the restated document with origins, and each run where the two differ
 */
export function restateDocument(reconstructed: Root, restated: Root, origin: (place: SourcePoint | undefined) => Origin): Restated {
  const a = documentUnits(reconstructed).units;
  const b = documentUnits(restated).units;
  const table = new Map<string, number>();
  const pieces = (units: Unit[]): number[] => units.flatMap((u, i) => (u.boundary ? [] : [i]));
  const [indexA, indexB] = [pieces(a), pieces(b)];
  const ids = (units: Unit[], index: number[]): number[] => internTexts(index.map((i) => spaced((units[i] as Unit).text)), table);
  const pairs = alignIds(ids(a, indexA), ids(b, indexB)).map(([i, j]): [number, number] => [indexA[i] as number, indexB[j] as number]);
  const inherited = new Map<number, Origin>(pairs.map(([i, j]) => [j, unitOrigin(reconstructed, a, i)]));
  const found: RestatementDifference[] = [];
  for (const run of unpairedRuns(a.length, b.length, indexA, indexB, pairs)) {
    const [textA, textB] = [spaced(run.a.map((i) => (a[i] as Unit).text).join(' ')), spaced(run.b.map((j) => (b[j] as Unit).text).join(' '))];
    // The same words cut otherwise (a table read as prose, sentences split elsewhere) keep the instructions' origin.
    if (textA === textB) {
      for (const j of run.b) inherited.set(j, unitOrigin(reconstructed, a, run.a[0] as number));
      continue;
    }
    const at = run.b[0] ?? run.next;
    found.push({ reconstructed: textA, restated: textB, place: placeOf(restated, at === undefined ? undefined : b[at]) });
  }
  const tree = withOrigins(restated, b, (j) => inherited.get(j) ?? origin(placeOf(restated, b[j] as Unit)));
  return { tree, differences: found };
}

/**
 * Spacing and rules are layout (a table reflowed, a line rewrapped, a row of dashes under column heads), not wording:
 * texts compare with rules dropped and spaces collapsed.
 */
function spaced(text: string): string {
  return text.replace(/(?<=^|\s)[-=_]{3,}(?=\s|$)/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A run of pieces, between two pairs, that one side or both have unpaired; `next` is the restated piece after it. */
interface Run {
  a: number[];
  b: number[];
  next: number | undefined;
}

/** The runs of unpaired pieces between consecutive pairs, in one pass over both sides. */
function unpairedRuns(endA: number, endB: number, indexA: number[], indexB: number[], pairs: Array<[number, number]>): Run[] {
  const runs: Run[] = [];
  let [ka, kb] = [0, 0];
  const take = (index: number[], k: number, limit: number): { taken: number[]; k: number } => {
    const taken: number[] = [];
    for (; k < index.length && (index[k] as number) < limit; k++) taken.push(index[k] as number);
    return { taken, k };
  };
  for (const [i, j] of [...pairs, [endA, endB] as [number, number]]) {
    const fromA = take(indexA, ka, i);
    const fromB = take(indexB, kb, j);
    if (fromA.taken.length > 0 || fromB.taken.length > 0) runs.push({ a: fromA.taken, b: fromB.taken, next: j < endB ? j : undefined });
    // Step past the pair itself.
    [ka, kb] = [fromA.k + 1, fromB.k + 1];
  }
  return runs;
}

function placeOf(tree: Root, unit: Unit | undefined): SourcePoint | undefined {
  const start = unit ? tree.children[unit.block]?.position?.start : undefined;
  return start ? { line: start.line, column: start.column } : undefined;
}

/** A copy of the tree whose every piece takes the origin `originOf` gives its unit (a block, its run-in heading). */
function withOrigins(tree: Root, units: Unit[], originOf: (u: number) => Origin): Root {
  const firstUnit = new Map<number, number>();
  units.forEach((unit, u) => {
    if (!firstUnit.has(unit.block)) firstUnit.set(unit.block, u);
  });
  const children = tree.children.map((node, block): Block => {
    const first = firstUnit.get(block) as number;
    if (node.type !== 'paragraph') return { ...node, origin: originOf(first) };
    const offset = node.runIn ? 1 : 0;
    const sentences = node.children.map((s, k) => ({ ...s, origin: originOf(first + offset + k) }));
    return { ...node, origin: originOf(first), children: sentences };
  });
  return { ...tree, children };
}

/**
 * Say a difference in the house form, naming both texts where they part: the words they share before and after are
 * elided but for a few of context, so a one-word change inside a long sentence shows.
 * @param difference the run
 * @param document the document's name
 * @param amendment the amendment that restates it
 * @returns one sentence
 */
export function describeDifference(difference: RestatementDifference, document: string, amendment: number): string {
  const [restated, reconstructed] = where(difference.restated, difference.reconstructed);
  const quote = (text: string): string => (text === '' ? 'nothing' : `\`${clip(text, 100)}\``);
  return `Expected the restated ${document} to read as Amendment No. ${amendment}'s instructions leave it, found ${quote(restated)} where they give ${quote(reconstructed)}`;
}

const context = 3;

/** Both texts cut to where they differ, with a few shared words either side and "…" for what is left out. */
function where(x: string, y: string): [string, string] {
  const [a, b] = [x.split(' ').filter(Boolean), y.split(' ').filter(Boolean)];
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const cut = (words: string[]): string => {
    if (words.length === 0) return '';
    const from = Math.max(0, head - context);
    const to = Math.min(words.length, words.length - tail + context);
    return `${from > 0 ? '…' : ''}${words.slice(from, to).join(' ')}${to < words.length ? '…' : ''}`;
  };
  return [cut(a), cut(b)];
}
