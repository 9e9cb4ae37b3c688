import type { Redline } from '../types.js';

/**
 * Render a redline as JSON: both versions (with their texts), the changes, and the timeline. Replacing each change's
 * `from.start..from.end` of `from.text` by its `to.text`, in order, gives `to.text` exactly.
 * @param redline the redline
 * @returns the JSON, two-space indented, with a final newline
 */
export function renderJson(redline: Redline): string {
  const { title, document, from, to, changes, timeline } = redline;
  return `${JSON.stringify({ title, document, from, to, changes, timeline }, null, 2)}\n`;
}
