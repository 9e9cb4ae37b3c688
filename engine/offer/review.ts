import { tallies } from './problems.js';
import type { AmendmentTally, Edit, InstructionRef, Problem, ReviewPoint, Version } from '../types.js';

/** Which versions' points to gather, and for which document. */
export interface ReviewRange {
  /** Points made after this version (0: from the first amendment on). */
  from: number;
  /** Points made up to and including this version. */
  to: number;
  /** Only this document's text points (problems are kept whatever they name); every document when omitted. */
  document?: string;
}

const unplaced = { start: null, end: null };

function problemPoint(problem: Problem): ReviewPoint {
  const ambiguous = problem.ruleId === 'ambiguous-target';
  return {
    kind: ambiguous ? 'ambiguous' : 'not-applied',
    version: problem.version,
    amendment: problem.amendment,
    document: null,
    text: problem.words,
    note: `${ambiguous ? 'ambiguous, not applied' : 'not applied'}: ${problem.reason} [${problem.ruleId ?? 'problem'}]`,
    plan: null,
    source: { file: problem.file, item: problem.item, line: problem.line, column: problem.column },
    candidates: problem.candidates,
    ...unplaced,
  };
}

function editPoint(version: Version, edit: Edit, kind: 'global-edit' | 'decided'): ReviewPoint {
  const before = edit.before.text.join(' ');
  const note = kind === 'decided' ? 'decided in offer.json: check the place chosen' : `changed by a global instruction (the extension), was: “${before}”`;
  const source: InstructionRef | null = edit.origin.sources[0] ?? null;
  return { kind, version: version.number, amendment: version.label, document: edit.document, text: edit.after.text.join(' '), note, plan: null, source, candidates: [], ...unplaced };
}

/**
 * Every point a person must look at in a range of versions: each instruction not applied (an ambiguous one with its
 * candidates), each edit a global instruction made (every date an extension changed), each edit made at a place a
 * person decided, and each sentence a withdrawal concerns, by plan.
 * @param versions the offer's versions
 * @param range which versions and document
 * @returns the points, version by version
 */
export function reviewPoints(versions: Version[], range: ReviewRange): ReviewPoint[] {
  const wanted = (document: string): boolean => range.document === undefined || document.toLowerCase() === range.document.toLowerCase();
  return versions
    .filter((v) => v.number > range.from && v.number <= range.to)
    .flatMap((version) => [
      ...version.problems.filter((p) => p.notApplied).map(problemPoint),
      ...version.edits.filter((e) => e.origin.global && wanted(e.document)).map((e) => editPoint(version, e, 'global-edit')),
      ...version.edits.filter((e) => e.origin.decided && wanted(e.document)).map((e) => editPoint(version, e, 'decided')),
      ...version.affected.filter((a) => wanted(a.document)).map((a): ReviewPoint => ({
        kind: 'withdrawal',
        version: version.number,
        amendment: version.label,
        document: a.document,
        text: a.text,
        note: `the offer was withdrawn for the ${a.plan}: review this sentence`,
        plan: a.plan,
        source: null,
        candidates: [],
        ...unplaced,
      })),
    ]);
}

/**
 * Place each point whose text stands in a rendered text: its first occurrence not already taken by an earlier point
 * with the same text. Points not found (text a later amendment changed, or a problem) stay unplaced.
 * @param points the points
 * @param text the text shown (a redline's to-text, or a document as `text` prints it)
 * @returns the points with `start` and `end` set where found
 */
export function placeReviewPoints(points: ReviewPoint[], text: string): ReviewPoint[] {
  const taken = new Map<string, number>();
  return points.map((point) => {
    if (point.kind === 'not-applied' || point.kind === 'ambiguous' || point.text === '') return point;
    const key = `${point.kind}\u0000${point.text}`;
    const start = text.indexOf(point.text, taken.get(key) ?? 0);
    if (start < 0) return point;
    taken.set(key, start + point.text.length);
    return { ...point, start, end: start + point.text.length };
  });
}

/**
 * The problems of the filings that make the versions after `from` up to `to` (in either order).
 * @param versions the offer's versions
 * @param a one end of the range
 * @param b the other end
 * @returns the problems, filing by filing
 */
export function problemsBetween(versions: Version[], a: number, b: number): Problem[] {
  const [low, high] = a <= b ? [a, b] : [b, a];
  return versions.filter((v) => v.number > low && v.number <= high).flatMap((v) => v.problems);
}

/** What a deliverable must carry besides its text: the problems in range, each amendment's tally, the review points. */
export interface DeliverableReport {
  problems: Problem[];
  tallies: AmendmentTally[];
  review: ReviewPoint[];
}

/**
 * The problems, tallies and review points of the versions after `from` up to `to`, for one document.
 * @param versions the offer's versions
 * @param range which versions and document
 * @returns the report (review points not yet placed in any text)
 */
export function reportBetween(versions: Version[], range: ReviewRange): DeliverableReport {
  const [low, high] = range.from <= range.to ? [range.from, range.to] : [range.to, range.from];
  return {
    problems: problemsBetween(versions, low, high),
    tallies: tallies(versions.filter((v) => v.number > low && v.number <= high)),
    review: reviewPoints(versions, { ...range, from: low, to: high }),
  };
}
