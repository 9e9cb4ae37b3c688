import type { VFile } from 'vfile';
import type { Io } from './command.js';
import { diagnosticLine, problemsOf } from '../engine/index.js';

/**
 * Print the problems reported on some files, one `file:line:col: level: reason [ruleId]` line each, compiler style.
 * @param files the files
 * @param io where they go
 * @param to `stdout` when the problems are the answer (`check`), else `stderr`
 * @returns how many were printed
 */
export function printProblems(files: VFile[], io: Io, to: 'stdout' | 'stderr' = 'stderr'): number {
  const problems = problemsOf(files);
  for (const problem of problems) io[to](`${diagnosticLine(problem)}\n`);
  return problems.length;
}
