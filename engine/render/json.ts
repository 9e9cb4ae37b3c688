import type { Redline } from '../types.js';

/**
 * Render a redline as JSON: both versions (with their texts and blocks), the changes (with their places), the timeline,
 * the instructions that made them, the problems of the filings in range (`notApplied` for each instruction not
 * applied), each amendment's tally, and the review points (`start` and `end` offsets into `to.text` where they stand).
 * Replacing each change's
 * `from.start..from.end` of `from.text` by its `to.text`, in order, gives `to.text` exactly.
 * @param redline the redline
 * @returns the JSON, two-space indented, with a final newline
 */
export function renderJson(redline: Redline): string {
  const { title, document, from, to, changes, timeline, instructions } = redline;
  const { problems = [], tallies = [], review = [] } = redline;
  return `${JSON.stringify({ title, document, from, to, changes, timeline, instructions, problems, tallies, review }, null, 2)}\n`;
}
