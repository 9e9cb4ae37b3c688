/**
 * The rules whose message means an instruction was not applied: nothing it would touch changed. Every deliverable
 * lists these in its output and exits 1 when one falls in its range.
 */
export const notAppliedRules: ReadonlySet<string> = new Set([
  'unresolved-target',
  'ambiguous-target',
  'ambiguous-boundary',
  'conflicting-edits',
  'unknown-document',
  'unclosed-quote',
  'missing-text',
  'missing-date',
  'unparsed-instruction',
  'partial-instruction',
  'depends-on-unapplied',
]);

/**
 * Whether a message's rule means its instruction was not applied.
 * @param ruleId the message's rule
 * @returns true when nothing the instruction would touch changed
 */
export function isNotApplied(ruleId: string | null | undefined): boolean {
  return ruleId !== null && ruleId !== undefined && notAppliedRules.has(ruleId);
}
