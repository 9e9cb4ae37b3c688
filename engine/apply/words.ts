import type { Origin } from '../types.js';

/** Words to change in one text (a sentence, a heading, a table, a run-in heading): spans of it, end exclusive. */
export interface WordEdit {
  spans: Array<[number, number]>;
  /** What each span becomes; empty for a deletion. */
  text: string;
  origin: Origin;
}

// Where deleted words leave two texts to join: one space, none before closing punctuation or after an opening one.
function join(left: string, right: string): string {
  const l = left.replace(/\s+$/, '');
  const r = right.replace(/^\s+/, '');
  if (l === '' || r === '') return `${l}${r}`;
  return /^[,.;:)\]”’!?]/.test(r) || /[(\[“‘$]$/.test(l) ? `${l}${r}` : `${l} ${r}`;
}

/**
 * Change words inside a text: every span of every edit becomes the edit's text (collapsed), the rest stays as it is.
 * Spans must not overlap (clashing edits are settled before they come here).
 * @param value the text
 * @param edits the word edits of this text
 * @returns the new text
 */
export function spliceWords(value: string, edits: WordEdit[]): string {
  const cuts = edits.flatMap((e) => e.spans.map(([start, end]) => ({ start, end, text: e.text.replace(/\s+/g, ' ').trim() })));
  cuts.sort((a, b) => b.start - a.start);
  let out = value;
  for (const cut of cuts) out = cut.text === '' ? join(out.slice(0, cut.start), out.slice(cut.end)) : `${out.slice(0, cut.start)}${cut.text}${out.slice(cut.end)}`;
  return out;
}

/**
 * The origin of a text whose words an amendment changed: it keeps the amendment that put it there, and lists the
 * instructions that changed its words among its sources.
 * @param kept the text's origin as it stood
 * @param edits the word edits made to it
 * @returns the origin it carries now
 */
export function wordsOrigin(kept: Origin, edits: WordEdit[]): Origin {
  const sources = [...kept.sources];
  for (const ref of edits.flatMap((e) => e.origin.sources)) {
    if (!sources.some((r) => r.file === ref.file && r.line === ref.line && r.column === ref.column)) sources.push(ref);
  }
  return { amendment: kept.amendment, sources, global: kept.global || edits.some((e) => e.origin.global) };
}

/**
 * Whether two sets of spans of one text share a character.
 * @param a spans
 * @param b other spans
 * @returns true when they overlap
 */
export function spansOverlap(a: Array<[number, number]>, b: Array<[number, number]>): boolean {
  return a.some(([s1, e1]) => b.some(([s2, e2]) => s1 < e2 && s2 < e1));
}
