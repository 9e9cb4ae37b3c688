import type { Change } from '../../engine/types.js';

/**
 * Apply a redline's changes to its from-text, each a splice at its offsets: what a JSON consumer does.
 * @param text the from-text the changes were made against
 * @param changes the changes, in document order
 * @returns the to-text
 */
export function applyChanges(text: string, changes: Change[]): string {
  const parts: string[] = [];
  let position = 0;
  for (const change of changes) {
    if (change.from.start < position || change.from.end > text.length || change.from.end < change.from.start) {
      throw new Error(`Change \`${change.id}\` at ${change.from.start}-${change.from.end} overlaps the one before it or runs past the text`);
    }
    parts.push(text.slice(position, change.from.start), change.to.text);
    position = change.from.end;
  }
  parts.push(text.slice(position));
  return parts.join('');
}
