/** A sentence found in a string: offsets into that string, end exclusive. */
export interface SentenceSpan {
  start: number;
  end: number;
  /** True when the boundary ending this sentence is uncertain. */
  ambiguous: boolean;
}

/**
 * Split text into sentences on character offsets (placeholder: being replaced by the legal splitter).
 * @param text the text of one paragraph
 * @returns the sentence spans, trimmed of surrounding whitespace, in order
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const re = /[^.?!]+(?:[.?!]+["')\u201d]*|$)/g;
  for (const match of text.matchAll(re)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const start = (match.index ?? 0) + lead;
    const end = (match.index ?? 0) + raw.trimEnd().length;
    if (end > start) spans.push({ start, end, ambiguous: false });
  }
  return spans;
}
