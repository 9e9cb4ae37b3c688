import type { Redline } from '../types.js';

/**
 * Render a redline as JSON: both versions (with their texts and blocks), the changes (with their places), the timeline
 * and the instructions that made them. Replacing each change's
 * `from.start..from.end` of `from.text` by its `to.text`, in order, gives `to.text` exactly.
 * @param redline the redline
 * @returns the JSON, two-space indented, with a final newline
 */
export function renderJson(redline: Redline): string {
  const { title, document, from, to, changes, timeline, instructions } = redline;
  return `${JSON.stringify({ title, document, from, to, changes, timeline, instructions }, null, 2)}\n`;
}
