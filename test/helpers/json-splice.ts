/**
 * A JSON consumer's splice, written independently of the engine's: replace each change's from-range by its to-text.
 * @param text the from-text
 * @param changes the redline's changes, in order
 * @returns the text they make
 */
export function jsonSplice(text: string, changes: Array<{ from: { start: number; end: number }; to: { text: string } }>): string {
  let out = '';
  let at = 0;
  for (const change of changes) {
    out += text.slice(at, change.from.start) + change.to.text;
    at = change.from.end;
  }
  return out + text.slice(at);
}
