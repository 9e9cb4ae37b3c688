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
    const tokensA = tokenize(input.from.text, region.from, movedA);
    const tokensB = tokenize(input.to.text, region.to, movedB);
    drafts.push(...draftChanges(diffTokens(tokensA, tokensB), region.from.start, region.to.start));
  }
  return finish(drafts, input);
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
