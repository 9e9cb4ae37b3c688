import { addClause, textSentences } from './text.js';
import { rewriteEdit, spliceWords, wordsOrigin } from './words.js';
import type { SentenceChange, WordChange } from './plan.js';
import type { Edit, Origin, Paragraph, Sentence, WordsSpan } from '../types.js';

/** Where a paragraph stands: its document, its index before and its index after the amendment. */
export interface ParagraphPlace {
  document: string;
  block: number;
  newBlock: number;
}

/**
 * Apply the sentence-level changes of one paragraph together, walking its sentences once so that every
 * change's place in the old and the new paragraph is known.
 * @param node the paragraph as it stood
 * @param changes its settled changes (ranges half-open, in its old sentence numbering)
 * @param place the paragraph's document and block indices
 * @returns the new paragraph and one edit per change
 */
export function applySentenceChanges(node: Paragraph, all: Array<SentenceChange | WordChange>, place: ParagraphPlace): { node: Paragraph; edits: Edit[] } {
  const changes = all.filter((c): c is SentenceChange => c.level === 'sentence');
  const words = all.filter((c): c is WordChange => c.level === 'words');
  const old = node.children;
  const out: Sentence[] = [];
  const edits: Edit[] = [];
  const edit = recorder(old, out, edits, place);
  for (let s = 0; s <= old.length; ) {
    for (const change of changes.filter((c) => c.kind === 'insert' && c.range[0] === s)) {
      edit('insert', [s, s], textSentences(change.text, pageNear(node, s), change.origin), change.origin);
    }
    if (s === old.length) break;
    const whole = changes.find((c) => (c.kind === 'replace' || c.kind === 'delete') && c.range[0] === s);
    if (whole) {
      const added = whole.kind === 'delete' ? [] : textSentences(whole.text, old[s]?.page ?? null, whole.origin);
      edit(whole.kind === 'delete' ? 'delete' : 'replace', whole.range, added, whole.origin);
      s = whole.range[1];
      continue;
    }
    const own = words.filter((c) => c.sentence === s);
    const changed = changeInPlace(old[s] as Sentence, changes.filter((c) => c.range[0] === s), own);
    // Words changed inside a sentence leave it its provenance; the edit is the instructions' doing.
    if (changed) edit('replace', [s, s + 1], [changed.sentence], own.length > 0 ? combine([...own, ...changes.filter((c) => c.range[0] === s)].map((c) => c.origin)) : changed.sentence.origin, changed.words);
    else out.push(old[s] as Sentence);
    s++;
  }
  return { node: { ...node, children: out }, edits };
}

// Records an edit with its sentence ranges in the old and the new paragraph, and adds its sentences to the new one.
function recorder(old: Sentence[], out: Sentence[], edits: Edit[], place: ParagraphPlace) {
  return (kind: Edit['kind'], range: [number, number], added: Sentence[], origin: Origin, words: WordsSpan[] | null = null): void => {
    const recorded: Edit = {
      document: place.document,
      kind,
      before: { block: place.block, sentences: range, text: old.slice(range[0], range[1]).map((s) => s.value) },
      after: { block: place.newBlock, sentences: [out.length, out.length + added.length], text: added.map((s) => s.value) },
      origin,
    };
    edits.push(words ? { ...recorded, words } : recorded);
    out.push(...added);
  };
}

// A date rewrite or word edits, then any clauses, on one sentence; the result carries every source that changed it
// (words changed inside it keep the sentence's own provenance, with the instructions added to its sources).
// Where only words changed, the spans of the change come back for the redline.
function changeInPlace(sentence: Sentence, changes: SentenceChange[], words: WordChange[]): { sentence: Sentence; words: WordsSpan[] | null } | null {
  const rewrite = changes.find((c) => c.kind === 'rewrite');
  const clauses = changes.filter((c) => c.kind === 'clause');
  if (!rewrite && clauses.length === 0 && words.length === 0) return null;
  const { position: _position, ...rest } = sentence;
  let next: Sentence = rewrite && words.length === 0 ? { ...rest, value: rewrite.text, origin: rewrite.origin } : rest;
  // With words changed too, the rewrite is one more stretch of the old sentence changed (settled apart from them).
  const edits = rewrite && words.length > 0 ? [...words, rewriteEdit(sentence.value, rewrite.text, rewrite.origin)] : words;
  const spliced = edits.length > 0 ? spliceWords(next.value, edits) : null;
  if (spliced) next = { ...next, value: spliced.text, origin: wordsOrigin(next.origin, edits) };
  for (const clause of clauses) next = addClause(next, clause.text, clause.where, clause.origin);
  if (rewrite && clauses.length > 0) next.origin = combine([...clauses.map((c) => c.origin), rewrite.origin]);
  return { sentence: next, words: spliced && clauses.length === 0 ? spliced.spans : null };
}

function combine(origins: Origin[]): Origin {
  const first = origins[0] as Origin;
  const sources = origins.flatMap((o) => o.sources).filter((ref, i, all) => all.findIndex((r) => r.file === ref.file && r.line === ref.line && r.column === ref.column && r.item === ref.item) === i);
  return { amendment: first.amendment, sources, global: origins.some((o) => o.global) };
}

function pageNear(node: Paragraph, at: number): number | null {
  return node.children[at - 1]?.page ?? node.children[at]?.page ?? node.pages[0] ?? null;
}
