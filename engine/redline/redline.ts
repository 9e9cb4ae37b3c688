import { fillGaps, matchBoundaries, type Matching } from '../align/align.js';
import { provenanceLookup, type Trace } from './provenance.js';
import { redlineInstructions } from './instructions.js';
import { placeChanges, sideBlocks, type PlaceSide } from './places.js';
import { offerTimeline } from '../offer/operative.js';
import { refineChanges, type Move } from './refine/refine.js';
import { pairEditedBlocks } from '../align/similar.js';
import { termWords } from '../offer/terms.js';
import type { Change, Edit, Origin, Redline, Root, TimelineEntry, Version } from '../types.js';
import { documentUnits, unitOrigin, type Unit } from '../align/units.js';
import { placeReviewPoints, reportBetween } from '../offer/review.js';

/** What to redline: one document of an offer, between two version numbers. */
export interface RedlineOptions {
  document: string;
  from: number;
  to: number;
  /** The offer's title, shown at the top of a rendering. */
  title?: string | null;
}

/** One version's document cut into units, with the tree they came from. */
type Stage = PlaceSide;

/**
 * The redline of one document between two versions, derived from the versions' edits: exact, each change carrying the
 * amendment and instructions that made it, refined to the words that changed. Works backwards too (`from` > `to`).
 * @param versions the offer's versions, 0 the original
 * @param options the document and the two version numbers
 * @returns the redline
 */
export function redline(versions: Version[], options: RedlineOptions): Redline {
  const lookup = (n: number): Version => {
    const found = versions.find((v) => v.number === n);
    if (!found) throw new Error(`No version ${n}: versions run from 0 to ${versions.length - 1}`);
    return found;
  };
  const [fromVersion, toVersion] = [lookup(options.from), lookup(options.to)];
  const backwards = options.from > options.to;
  const [low, high] = backwards ? [options.to, options.from] : [options.from, options.to];
  const span = versions.filter((v) => v.number >= low && v.number <= high).sort((x, y) => x.number - y.number);
  const composed = composeChanges(span, options.document, backwards);
  const side = (v: Version, place: PlaceSide): Redline['from'] => ({ version: v.number, label: v.label, date: v.date, text: place.units.text, blocks: sideBlocks(place) });
  const changes = placeChanges(composed.changes, composed.from, composed.to);
  const report = reportBetween(versions, { from: low, to: high, document: options.document });
  return {
    title: options.title ?? null,
    document: options.document,
    from: side(fromVersion, composed.from),
    to: side(toVersion, composed.to),
    changes,
    timeline: timelineOf(versions, options.document),
    instructions: redlineInstructions(span, options.document, changes),
    problems: report.problems,
    tallies: report.tallies,
    review: placeReviewPoints(report.review, composed.to.units.text),
  };
}

/**
 * Follow every unit of the first version through each later version's edits, then refine what changed to words,
 * diffing in the direction asked for (backwards, the last version is the from-side).
 */
function composeChanges(span: Version[], document: string, backwards: boolean): { changes: Change[]; from: PlaceSide; to: PlaceSide } {
  const stages: Stage[] = span.map((v) => ({ root: v.documents[document], units: documentUnits(v.documents[document]) }));
  const first = stages[0] as Stage;
  const none: Origin[] = [];
  let trace: Trace[] = first.units.units.map((_, a) => ({ a, provenance: none }));
  const deleted = new Array<Origin[] | undefined>(first.units.units.length);
  for (let k = 1; k < stages.length; k++) {
    const version = span[k] as Version;
    const edits = version.edits.filter((e) => e.document === document);
    const restated = version.restated.find((r) => r.document === document);
    trace = stepTrace(stages[k - 1] as Stage, stages[k] as Stage, edits, { trace, deleted, version: version.number, restated: restated?.file ?? null });
  }
  const last = stages[stages.length - 1] as Stage;
  const anchors: Matching = [];
  trace.forEach((t, b) => {
    if (t.a >= 0) anchors.push([t.a, b]);
  });
  const units = matchBoundaries(first.units, last.units, fillGaps(first.units.units, last.units.units, anchors, noSkip()), []);
  const matching = pairEditedBlocks(first.units, last.units, units, []);
  const provenance = provenanceLookup(first.units.units, last.units.units, deleted, trace);
  const [from, to] = backwards ? [last, first] : [first, last];
  const hints = span.length === 2 ? wordHints(first, last, (span[1] as Version).edits.filter((e) => e.document === document)) : [];
  const changes = refineChanges({
    from: from.units,
    to: to.units,
    matching: backwards ? matching.map(([a, b]): [number, number] => [b, a]) : matching,
    moves: [],
    provenance: backwards ? (f, t) => provenance(t, f) : provenance,
    hints: backwards ? hints.map((h) => ({ from: h.to, to: h.from })) : hints,
  });
  return { changes, from, to };
}

/**
 * Where one amendment's word-level edits changed words, as spans of the texts before and after it: each edit's spans
 * sit in the one unit (a sentence, or a block's own text) its sides cover.
 */
function wordHints(prev: Stage, next: Stage, edits: Edit[]): Move[] {
  return edits.flatMap((edit) => {
    const before = editUnits(prev, edit.before);
    const after = editUnits(next, edit.after);
    const startA = before ? prev.units.units[before[0]]?.start : undefined;
    const startB = after ? next.units.units[after[0]]?.start : undefined;
    if (!edit.words || startA === undefined || startB === undefined) return [];
    return edit.words.map((w) => ({ from: { start: startA + w.before[0], end: startA + w.before[1] }, to: { start: startB + w.after[0], end: startB + w.after[1] } }));
  });
}

/** Units of a version an edit side covers, as [first, end) unit indices, or null when it covers none. */
function editUnits(stage: Stage, side: Edit['before']): [number, number] | null {
  const first = stage.units.blockUnits[side.block];
  if (side.text.length === 0 || first === undefined) return null;
  if (side.sentences === null) {
    const end = stage.units.blockUnits[Math.min(side.block + side.text.length, stage.units.blocks.length)];
    return [first, end ?? first];
  }
  const node = stage.root?.children[side.block];
  const start = first + (node?.type === 'paragraph' && node.runIn ? 1 : 0) + side.sentences[0];
  return [start, start + side.text.length];
}

/** For each unit of a version, the index of the edit whose range covers it, or -1. */
function coverage(stage: Stage, edits: Edit[], pick: (e: Edit) => Edit['before']): Int32Array {
  const covered = new Int32Array(stage.units.units.length).fill(-1);
  edits.forEach((edit, index) => {
    const range = editUnits(stage, pick(edit));
    if (range) covered.fill(index, range[0], Math.min(range[1], covered.length));
  });
  return covered;
}

/** Who to credit for a unit no edit's range covers (a block's boundary, text the edits do not account for): an edit on its block. */
function blockEdit(edits: Edit[], pick: (e: Edit) => Edit['before']): Map<number, number> {
  const found = new Map<number, number>();
  edits.forEach((edit, index) => {
    const side = pick(edit);
    if (side.text.length > 0 && !found.has(side.block)) found.set(side.block, index);
  });
  return found;
}

interface StepState {
  trace: Trace[];
  deleted: Array<Origin[] | undefined>;
  version: number;
  /** The file whose restated text this version holds for the document, or null. */
  restated: string | null;
}

/**
 * Carry the trace one version on: units no edit touched keep their trace; the rest were deleted or inserted. Where the
 * version holds a restated text, the edits' after-sides describe the text the instructions gave, not this one: the
 * units align by content, and what was added carries the origin its sentence holds (the instruction's where the
 * restatement agrees with it, else the restated file's).
 */
function stepTrace(prev: Stage, next: Stage, edits: Edit[], state: StepState): Trace[] {
  const restated = state.restated !== null;
  const removed = coverage(prev, edits, (e) => e.before);
  const added = coverage(next, restated ? [] : edits, (e) => e.after);
  const matching = stepMatching(prev, next, restated ? [] : edits, { removed, added });
  const fallback: Origin = { amendment: state.version, sources: state.restated ? [{ file: state.restated, item: null, line: 1, column: 1 }] : [], global: false };
  const credit = (covered: Int32Array, byBlock: Map<number, number>, units: Unit[]) => (u: number) => {
    const edit = covered[u] !== -1 ? (covered[u] as number) : (byBlock.get((units[u] as Unit).block) ?? -1);
    return { edit, origin: edits[edit]?.origin ?? fallback };
  };
  // Text a restatement dropped beyond the instructions is its own doing, not that of an edit on the same block.
  const remover = credit(removed, restated ? new Map() : blockEdit(edits, (e) => e.before), prev.units.units);
  const adder = restated ? (u: number) => ({ edit: -1, origin: unitOrigin(next.root as Root, next.units.units, u) }) : credit(added, blockEdit(edits, (e) => e.after), next.units.units);
  const carried = new Map<number, Origin[]>();
  const matchedPrev = new Uint8Array(state.trace.length);
  for (const [i] of matching) matchedPrev[i] = 1;
  state.trace.forEach((t, i) => {
    if (matchedPrev[i]) return;
    const { edit, origin } = remover(i);
    if (t.a >= 0) (state.deleted[t.a] ??= []).push(origin);
    else carried.set(edit, [...(carried.get(edit) ?? []), ...t.provenance]);
  });
  const nextTrace: Array<Trace | undefined> = new Array<Trace | undefined>(next.units.units.length);
  for (const [i, j] of matching) nextTrace[j] = state.trace[i];
  return Array.from(nextTrace, (trace, j) => {
    if (trace) return trace;
    const { edit, origin } = adder(j);
    return { a: -1, provenance: [origin, ...(edit >= 0 ? (carried.get(edit) ?? []) : [])] };
  });
}

/**
 * Pair the units no edit touched, in order, then align the rest by content between them, and pair the boundaries of
 * blocks that are one block. When the untouched units do not pair up, align by content alone.
 */
function stepMatching(prev: Stage, next: Stage, edits: Edit[], covered: { removed: Int32Array; added: Int32Array }): Matching {
  const a = prev.units.units;
  const b = next.units.units;
  const untouched = (units: Unit[], cover: Int32Array): number[] => {
    const found: number[] = [];
    units.forEach((u, i) => {
      if (cover[i] === -1 && !u.boundary) found.push(i);
    });
    return found;
  };
  const keptPrev = untouched(a, covered.removed);
  const keptNext = untouched(b, covered.added);
  const agree = keptPrev.length === keptNext.length && keptPrev.every((i, k) => a[i]?.text === b[keptNext[k] as number]?.text);
  const kept: Matching = agree ? keptPrev.map((i, k) => [i, keptNext[k] as number]) : [];
  // An edit of sentences that leaves some in place names one block before and after (a deletion may have emptied it).
  const edited = edits.flatMap((e): Matching => (e.before.sentences && e.after.sentences && e.after.text.length > 0 ? [[e.before.block, e.after.block]] : []));
  return matchBoundaries(prev.units, next.units, fillGaps(a, b, kept, noSkip()), edited);
}

const noSkip = (): { a: Set<number>; b: Set<number> } => ({ a: new Set(), b: new Set() });

/**
 * The lifecycle of an offer as a redline's timeline shows it: dates, states, extensions, withdrawals, exhibits,
 * results, and the text edits each version made to the redlined document.
 * @param versions the offer's versions
 * @param document the document redlined
 * @returns one entry per version
 */
export function timelineOf(versions: Version[], document: string): TimelineEntry[] {
  return offerTimeline(versions).map((entry, index) => ({
    version: entry.number,
    label: entry.label,
    date: entry.date,
    state: entry.state,
    expiration: entry.expiration,
    expirationTime: entry.expirationTime,
    withdrawn: entry.withdrawn,
    terms: termWords(entry),
    file: entry.file,
    extendedTo: entry.extendedTo,
    exhibits: entry.exhibits,
    results: entry.results,
    edits: (versions[index] as Version).edits.filter((edit) => edit.document === document).length,
  }));
}
