import type { AmendmentTally, Diagnostic, Problem, Version } from '../types.js';

/**
 * Write a diagnostic the one way every command writes it: `file:line:col: level: reason [ruleId]`.
 * @param diagnostic the diagnostic (a problem carries the same fields)
 * @returns the line, without a newline
 */
export function diagnosticLine(diagnostic: Pick<Diagnostic, 'file' | 'line' | 'column' | 'reason' | 'ruleId' | 'fatal'>): string {
  const level = diagnostic.fatal === true ? 'error' : diagnostic.fatal === false ? 'warning' : 'note';
  const rule = diagnostic.ruleId ? ` [${diagnostic.ruleId}]` : '';
  return `${diagnostic.file}:${diagnostic.line ?? 1}:${diagnostic.column ?? 1}: ${level}: ${diagnostic.reason}${rule}`;
}

/**
 * A problem as a diagnostic line.
 * @param problem the problem
 * @returns `file:line:col: level: reason [ruleId]`
 */
export function problemLine(problem: Problem): string {
  return diagnosticLine({ ...problem, fatal: problem.level === 'error' });
}

/**
 * Where a problem stands, for a reader who opens the filing: the amendment, the Item and the instruction's opening words.
 * @param problem the problem
 * @returns e.g. `Amendment No. 1, Item 4: “Item 4 of the Schedule TO is hereby amended…”`
 */
export function problemContext(problem: Problem): string {
  const item = problem.item ? `, Item ${problem.item}` : '';
  return `${problem.amendment}${item}${problem.words ? `: “${problem.words}”` : ''}`;
}

/**
 * A one-line account of an amendment's instructions not applied.
 * @param tally the amendment's tally
 * @returns e.g. `2 of 7 instructions of Amendment No. 1 were not applied`
 */
export function tallyLine(tally: AmendmentTally): string {
  const noun = tally.instructions === 1 ? 'instruction' : 'instructions';
  return `${tally.notApplied} of ${tally.instructions} ${noun} of ${tally.amendment} ${tally.notApplied === 1 ? 'was' : 'were'} not applied`;
}

/** The parts of the block at the top of an incomplete deliverable: for each amendment, its tally and problems. */
export interface ProblemGroup {
  heading: string;
  problems: Array<{ line: string; context: string }>;
}

/**
 * Group the instructions not applied by amendment, each group headed by its tally, for the top of a deliverable.
 * @param problems the problems in range
 * @param counts the amendments' tallies
 * @returns the groups, empty when every instruction was applied
 */
export function problemGroups(problems: Problem[], counts: AmendmentTally[]): ProblemGroup[] {
  return counts.filter((t) => t.notApplied > 0).map((tally) => ({
    heading: tallyLine(tally),
    problems: problems.filter((p) => p.notApplied && p.version === tally.version).map((p) => ({ line: problemLine(p), context: problemContext(p) })),
  }));
}

/**
 * The block at the top of a plain-text deliverable: each amendment's tally, then each instruction not applied as a
 * diagnostic line with its amendment, Item and opening words below it.
 * @param problems the problems in range
 * @param counts the amendments' tallies
 * @returns the lines (none when complete), ending with a blank line
 */
export function problemsBlock(problems: Problem[], counts: AmendmentTally[]): string[] {
  const groups = problemGroups(problems, counts);
  if (groups.length === 0) return [];
  return [...groups.flatMap((g) => [`${g.heading}:`, ...g.problems.flatMap((p) => [`  ${p.line}`, `      ${p.context}`])]), ''];
}

/**
 * The one line `check` prints when every instruction applied: filings, instructions applied, and the sentences each
 * withdrawal leaves to review.
 * @param versions the offer's versions
 * @returns e.g. `3 filings, 31 instructions applied; 50 sentences to review for the TTI Plan withdrawal`
 */
export function checkSummary(versions: Version[]): string {
  const filings = versions.filter((v) => v.number > 0);
  const applied = filings.reduce((n, v) => n + v.instructions - new Set(v.problems.filter((p) => p.notApplied).map((p) => `${p.line}:${p.column}`)).size, 0);
  const byPlan = new Map<string, number>();
  for (const sentence of filings.flatMap((v) => v.affected)) byPlan.set(sentence.plan, (byPlan.get(sentence.plan) ?? 0) + 1);
  const review = [...byPlan].map(([plan, n]) => `${n} sentence${n === 1 ? '' : 's'} to review for the ${plan} withdrawal`);
  const head = `${filings.length} filing${filings.length === 1 ? '' : 's'}, ${applied} instruction${applied === 1 ? '' : 's'} applied`;
  return [head, ...review].join('; ');
}
