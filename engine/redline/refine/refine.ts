import type { Matching } from '../../align/align.js';
import { diffTokens } from './diff.js';
import { draftChanges, type Draft } from './drafts.js';
import { regions, type Span } from './regions.js';
import { tokenize } from './tokens.js';
import type { Change, Origin } from '../../types.js';
import type { DocumentUnits } from '../../align/units.js';

export type { Span } from './regions.js';

/** A paragraph found whole at another place: its span in each text. */
export interface Move {
  from: Span;
  to: Span;
}

/** Everything `refineChanges` turns into changes. */
export interface RefineInput {
  from: DocumentUnits;
  to: DocumentUnits;
  /** Units known to be the same on both sides; everything between them changed. */
  matching: Matching;
  moves: Move[];
  /** Who made the text in these spans of each side (empty when nobody knows). */
  provenance: (from: Span, to: Span) => Origin[];
  /** Words an edit changed, as spans of each side: where a region's other text is the same, only these are diffed. */
  hints?: Move[];
}

/**
 * Turn matched units into word-level changes: between consecutive matched units, diff the words
 * (jsdiff's `diffWordsWithSpace` tokens, aligned through `alignIds`) and keep each run of changed words as one change.
 * @param input both documents, the matching, the moves and a provenance lookup
 * @returns the changes in document order, ids `c1`, `c2`, ...
 */
export function refineChanges(input: RefineInput): Change[] {
  const drafts: Draft[] = [];
  const movedA = input.moves.map((m, i) => ({ ...m.from, move: i }));
  const movedB = input.moves.map((m, i) => ({ ...m.to, move: i }));
  for (const region of regions(input.from, input.to, input.matching)) {
    for (const part of hintedParts(input, region)) {
      const tokensA = tokenize(input.from.text, part.from, movedA);
      const tokensB = tokenize(input.to.text, part.to, movedB);
      drafts.push(...draftChanges(diffTokens(tokensA, tokensB), part.from.start, part.to.start));
    }
  }
  return finish(drafts, input);
}

/**
 * The parts of a region to diff: the words edits changed in it, when the rest of it reads the same on both sides (so
 * a phrase that reads alike elsewhere in the sentence is never marked in their place); else the whole region.
 */
function hintedParts(input: RefineInput, region: Move): Move[] {
  const inside = (input.hints ?? [])
    .filter((h) => h.from.start >= region.from.start && h.from.end <= region.from.end && h.to.start >= region.to.start && h.to.end <= region.to.end)
    .sort((x, y) => x.from.start - y.from.start);
  if (inside.length === 0) return [region];
  let a = region.from.start;
  let b = region.to.start;
  for (const hint of [...inside, { from: { start: region.from.end, end: region.from.end }, to: { start: region.to.end, end: region.to.end } }]) {
    if (hint.from.start < a || hint.to.start < b) return [region];
    if (input.from.text.slice(a, hint.from.start) !== input.to.text.slice(b, hint.to.start)) return [region];
    a = hint.from.end;
    b = hint.to.end;
  }
  return inside;
}

/** Give drafts their texts, kinds, provenance and ids, and pair the halves of each move. */
function finish(drafts: Draft[], input: RefineInput): Change[] {
  const ids = new Map<string, string>();
  const changes = drafts.map((draft, index): Change => {
    const id = `c${index + 1}`;
    const kind = draft.move >= 0 ? (draft.from.end > draft.from.start ? 'moveFrom' : 'moveTo') : kindOf(draft);
    if (draft.move >= 0) ids.set(`${kind}:${draft.move}`, id);
    return {
      id,
      kind,
      from: { ...draft.from, text: input.from.text.slice(draft.from.start, draft.from.end) },
      to: { ...draft.to, text: input.to.text.slice(draft.to.start, draft.to.end) },
      pair: null,
      provenance: input.provenance(draft.from, draft.to),
    };
  });
  drafts.forEach((draft, index) => {
    const change = changes[index] as Change;
    if (draft.move >= 0) change.pair = ids.get(`${change.kind === 'moveFrom' ? 'moveTo' : 'moveFrom'}:${draft.move}`) ?? null;
  });
  return changes;
}

function kindOf(draft: Draft): Change['kind'] {
  if (draft.from.end === draft.from.start) return 'insert';
  return draft.to.end === draft.to.start ? 'delete' : 'replace';
}
