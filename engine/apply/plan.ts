import { hasParagraphBreak } from './text.js';
import { rewriteEdit, spansOverlap } from './words.js';
import type { ResolvedTarget, WordSpan } from '../resolve/describe.js';
import type { Instruction, InstructionRef, Origin, Root, TargetScope } from '../types.js';

/** One resolved edit of one document, before edits of the same amendment are merged. */
export interface PlannedEdit {
  /** `rewrite` sets a sentence's (or a block's) text in place: a global date change. */
  op: 'replace' | 'delete' | 'insert' | 'rewrite';
  target: ResolvedTarget;
  position: Instruction['position'];
  scope: TargetScope;
  text: string | null;
  origin: Origin;
}

/** A change at sentence level inside one paragraph; `range` is half-open (an insertion has start = end). */
export interface SentenceChange {
  level: 'sentence';
  kind: 'replace' | 'delete' | 'insert' | 'clause' | 'rewrite';
  block: number;
  range: [number, number];
  where: 'start' | 'end';
  text: string;
  origin: Origin;
  /** For a rewrite of one sentence: the stretch of it the rewrite changes, to tell it from words changed elsewhere in it. */
  spans?: Array<[number, number]>;
}

/** A change of whole blocks; `range` is half-open (an insertion has start = end). */
export interface BlockChange {
  level: 'block';
  kind: 'replace' | 'delete' | 'insert' | 'rewrite';
  range: [number, number];
  text: string;
  origin: Origin;
}

/**
 * Words changed inside one text of a block: sentence `sentence` of a paragraph, or (null) the block's own text (a
 * heading's, a table's, a paragraph's run-in heading). `range` is the block, half-open, as a block change would give it.
 */
export interface WordChange {
  level: 'words';
  kind: 'words';
  block: number;
  sentence: number | null;
  spans: Array<[number, number]>;
  range: [number, number];
  text: string;
  origin: Origin;
  /** True for every reference to the words ("each reference to"), a global edit that gives way to a specific one. */
  every: boolean;
}

export type SpanChange = SentenceChange | BlockChange | WordChange;

/** Two edits of one span that differ: neither is applied. */
export interface Conflict {
  first: SpanChange;
  second: SpanChange;
}

/**
 * Turn a resolved edit into the changes it makes: words inside each text they lie in, or one change at the level it
 * acts on (sentences inside a paragraph, or whole blocks).
 * @param edit the resolved edit
 * @param tree the document it was resolved against
 * @returns the changes
 */
export function toChanges(edit: PlannedEdit, tree: Root): SpanChange[] {
  const { words } = edit.target;
  if (!words || words.length === 0) return [toChange(edit, tree)];
  return words.map((span): WordChange => ({
    level: 'words',
    kind: 'words',
    block: span.block,
    sentence: span.sentence,
    spans: [[span.start, span.end]],
    range: [span.block, span.block + 1],
    text: wordsText(edit, wordsAt(tree, span)),
    origin: edit.origin,
    every: edit.target.every === true,
  }));
}

// What located words become: the new text, nothing, or (words inserted before or after them) both, joined as prose.
function wordsText(edit: PlannedEdit, located: string): string {
  const text = (edit.text ?? '').replace(/\s+/g, ' ').trim();
  if (edit.op === 'delete') return '';
  if (edit.op !== 'insert') return text;
  if (edit.position === 'before' || edit.position === 'start') return /[(\[“$]$/.test(text) ? `${text}${located}` : `${text} ${located}`;
  return /^[,.;:)\]”]/.test(text) ? `${located}${text}` : `${located} ${text}`;
}

function wordsAt(tree: Root, span: WordSpan): string {
  const node = tree.children[span.block];
  if (!node) return '';
  if (node.type !== 'paragraph') return node.value.slice(span.start, span.end);
  const text = span.sentence === null ? (node.runIn ?? '') : (node.children[span.sentence]?.value ?? '');
  return text.slice(span.start, span.end);
}

function toChange(edit: PlannedEdit, tree: Root): SpanChange {
  const { target, origin } = edit;
  const text = edit.text ?? '';
  const [first, last] = target.blocks;
  const sentence = (kind: SentenceChange['kind'], range: [number, number], where: 'start' | 'end' = 'end'): SpanChange =>
    ({ level: 'sentence', kind, block: first, range, where, text, origin });
  const block = (kind: BlockChange['kind'], range: [number, number]): SpanChange => ({ level: 'block', kind, range, text, origin });
  if (target.sentences) {
    const [s, e] = target.sentences;
    const node = tree.children[first];
    const old = s === e && node?.type === 'paragraph' ? node.children[s]?.value : undefined;
    if (edit.op === 'rewrite' && old !== undefined) return { ...sentence('rewrite', [s, e + 1]), spans: rewriteEdit(old, text, origin).spans } as SentenceChange;
    if (edit.op !== 'insert') return sentence(edit.op, [s, e + 1]);
    if (edit.scope === 'clause') return edit.position === 'start' ? sentence('clause', [s, s + 1], 'start') : sentence('clause', [e, e + 1]);
    return edit.position === 'before' || edit.position === 'start' ? sentence('insert', [s, s]) : sentence('insert', [e + 1, e + 1]);
  }
  if (edit.op !== 'insert') return block(edit.op, [first, last + 1]);
  const node = tree.children[first];
  if (first === last && node?.type === 'paragraph' && (edit.position === 'start' || edit.position === 'end') && !hasParagraphBreak(text)) {
    return edit.position === 'start' ? sentence('insert', [0, 0]) : sentence('insert', [node.children.length, node.children.length]);
  }
  if (edit.position === 'before') return block('insert', [first, first]);
  if (edit.position === 'start') return block('insert', node?.type === 'heading' ? [first + 1, first + 1] : [first, first]);
  return block('insert', [last + 1, last + 1]);
}

function changeKey(change: SpanChange): string {
  if (change.level === 'words') return `words|${change.block}:${change.sentence ?? 'own'}|${change.spans.join(';')}|${change.text}`;
  const where = change.level === 'sentence' ? `${change.block}:${change.where}` : '';
  return `${change.level}|${change.kind}|${where}|${change.range.join('-')}|${change.text}`;
}

function sameRef(a: InstructionRef, b: InstructionRef): boolean {
  return a.file === b.file && a.line === b.line && a.column === b.column;
}

/**
 * Merge identical changes (same op, same place, same text) into one whose origin lists every instruction that asked for it.
 * @param changes the changes in instruction order
 * @returns the distinct changes
 */
export function mergeIdentical(changes: SpanChange[]): SpanChange[] {
  const byKey = new Map<string, SpanChange>();
  for (const change of changes) {
    const key = changeKey(change);
    const kept = byKey.get(key);
    if (!kept) {
      byKey.set(key, { ...change, origin: { ...change.origin, sources: [...change.origin.sources] } });
      continue;
    }
    for (const ref of change.origin.sources) if (!kept.origin.sources.some((r) => sameRef(r, ref))) kept.origin.sources.push(ref);
  }
  return [...byKey.values()];
}

// Two spans clash when they share a sentence (or block), when an insertion falls strictly inside the other,
// or when two insertions at one point would leave their order to chance.
function rangesClash(a: [number, number], b: [number, number]): boolean {
  const emptyA = a[0] === a[1];
  const emptyB = b[0] === b[1];
  if (emptyA && emptyB) return a[0] === b[0];
  if (emptyA) return b[0] < a[0] && a[0] < b[1];
  if (emptyB) return a[0] < b[0] && b[0] < a[1];
  return a[0] < b[1] && b[0] < a[1];
}

/**
 * Whether two distinct changes act on the same span.
 * @param a a change
 * @param b another change
 * @returns true when they clash
 */
export function clashes(a: SpanChange, b: SpanChange): boolean {
  if (a.level === 'words' || b.level === 'words') return wordsClash(a.level === 'words' ? a : (b as WordChange), a.level === 'words' ? b : a);
  if (a.level === 'sentence' && b.level === 'sentence') return a.block === b.block && rangesClash(a.range, b.range) && !(a.kind === 'clause' && b.kind === 'clause' && a.where !== b.where);
  if (a.level === 'block' && b.level === 'block') return rangesClash(a.range, b.range);
  const [inner, outer] = a.level === 'sentence' ? [a, b as BlockChange] : [b as SentenceChange, a as BlockChange];
  return outer.range[0] <= inner.block && inner.block < outer.range[1];
}


// Words clash with other words of the same text that overlap them, with a change of their whole sentence (a clause
// added at its end or start goes with them) and with a change of their whole block.
function wordsClash(words: WordChange, other: SpanChange): boolean {
  if (other.level === 'words') return other.block === words.block && other.sentence === words.sentence && spansOverlap(other.spans, words.spans);
  if (other.level === 'block') return rangesClash(other.range, words.range);
  if (other.block !== words.block || words.sentence === null || other.kind === 'clause') return false;
  return other.range[0] <= words.sentence && words.sentence < other.range[1];
}

/**
 * Split merged changes into those to apply and the conflicts between specific ones. Specific changes are settled
 * first: a global "each reference to" edit gives way to a specific one of the same passage, two others that clash
 * are neither applied. A global rewrite then gives way to a specific change of the same span that is applied (a
 * clause added to a sentence whose date changes keeps both, and a date rewritten in a sentence whose other words an
 * instruction changes too); two specific changes that conflict are not applied, so the rewrite of their span stands.
 * @param changes the merged changes
 * @returns the changes to apply and the conflicts found
 */
export function settleChanges(changes: SpanChange[]): { apply: SpanChange[]; conflicts: Conflict[] } {
  const conflicts: Conflict[] = [];
  const dropped = new Set<SpanChange>();
  const specific = changes.filter((c) => c.kind !== 'rewrite');
  specific.forEach((a, i) => {
    for (const b of specific.slice(i + 1)) {
      if (!clashes(a, b)) continue;
      const every = giveWay(a, b);
      if (every) {
        dropped.add(every);
        continue;
      }
      conflicts.push({ first: a, second: b });
      dropped.add(a).add(b);
    }
  });
  for (const rewrite of changes.filter((c) => c.kind === 'rewrite')) settleRewrite(rewrite, changes, dropped, conflicts);
  return { apply: changes.filter((c) => !dropped.has(c)), conflicts };
}

// A global rewrite against the specific changes still to be applied.
function settleRewrite(rewrite: SpanChange, changes: SpanChange[], dropped: Set<SpanChange>, conflicts: Conflict[]): void {
  for (const other of changes) {
    if (other.kind === 'rewrite' || dropped.has(other) || !clashes(rewrite, other)) continue;
    // A date rewritten in a sentence whose other words an instruction changes: both apply; the same words clash.
    if (other.level === 'words' && rewrite.level === 'sentence') {
      if (rewrite.spans && !spansOverlap(rewrite.spans, other.spans)) continue;
      const [first, second] = changes.indexOf(rewrite) < changes.indexOf(other) ? [rewrite, other] : [other, rewrite];
      conflicts.push({ first, second });
      dropped.add(rewrite).add(other);
      continue;
    }
    if (!(other.kind === 'clause' && rewrite.level === 'sentence')) dropped.add(rewrite);
  }
}

// "Each reference to X" is a global edit: where a specific edit of the same amendment restates the sentence or the
// paragraph it falls in, the specific text is what the filing says the passage now reads.
function giveWay(a: SpanChange, b: SpanChange): SpanChange | null {
  const everyA = a.level === 'words' && a.every;
  const everyB = b.level === 'words' && b.every;
  if (everyA === everyB) return null;
  return everyA ? a : b;
}
