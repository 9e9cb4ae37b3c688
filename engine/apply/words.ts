import type { Origin, WordsSpan } from '../types.js';

/** Words to change in one text (a sentence, a heading, a table, a run-in heading): spans of it, end exclusive. */
export interface WordEdit {
  spans: Array<[number, number]>;
  /** What each span becomes; empty for a deletion. */
  text: string;
  origin: Origin;
}

// Deleted words take the white space around them; one space goes back between two words, none before closing
// punctuation or after an opening mark, none at either end.
function gap(left: string, right: string): string {
  if (left === '' || right === '') return '';
  return /^[,.;:)\]”’!?]/.test(right) || /[(\[“‘$]$/.test(left) ? '' : ' ';
}

/**
 * Change words inside a text: every span of every edit becomes the edit's text (collapsed), the rest stays as it is.
 * Spans must not overlap (clashing edits are settled before they come here).
 * @param value the text
 * @param edits the word edits of this text
 * @returns the new text, and where each change lies before and after
 */
export function spliceWords(value: string, edits: WordEdit[]): { text: string; spans: WordsSpan[] } {
  const cuts = edits.flatMap((e) => e.spans.map(([start, end]) => ({ start, end, text: e.text.replace(/\s+/g, ' ').trim() })));
  cuts.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  const spans: WordsSpan[] = [];
  for (const cut of cuts) {
    if (cut.text !== '') {
      out += value.slice(at, cut.start);
      spans.push({ before: [cut.start, cut.end], after: [out.length, out.length + cut.text.length] });
      out += cut.text;
      at = cut.end;
      continue;
    }
    const left = (out + value.slice(at, cut.start)).trimEnd();
    const rest = value.slice(cut.end);
    const right = rest.trimStart();
    const from = cut.start - (out.length + cut.start - at - left.length);
    out = left + gap(left, right);
    at = value.length - right.length;
    spans.push({ before: [from, at], after: [left.length, out.length] });
  }
  return { text: out + value.slice(at), spans };
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

/**
 * The one stretch of a text a rewrite changes (what lies between their common start and common end), as a word edit
 * of the old text: a date rewritten inside a sentence whose other words an instruction also changes.
 * @param old the text before
 * @param next the text after
 * @param origin who rewrote it
 * @returns the edit
 */
export function rewriteEdit(old: string, next: string, origin: Origin): WordEdit {
  let head = 0;
  while (head < old.length && head < next.length && old[head] === next[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < next.length - head && old[old.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  return { spans: [[head, old.length - tail]], text: next.slice(head, next.length - tail), origin };
}
