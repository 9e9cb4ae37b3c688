import type { VFile } from 'vfile';
import type { Io } from './command.js';
import { problemsOf } from '../engine/index.js';

/**
 * Print the problems reported on some files, one `file:line:col: reason [ruleId]` line each, compiler style.
 * @param files the files
 * @param io where they go
 * @param to `stdout` when the problems are the answer (`check`), else `stderr`
 * @returns how many were printed
 */
export function printProblems(files: VFile[], io: Io, to: 'stdout' | 'stderr' = 'stderr'): number {
  const problems = problemsOf(files);
  for (const problem of problems) {
    const rule = problem.ruleId ? ` [${problem.ruleId}]` : '';
    io[to](`${problem.file}:${problem.line ?? 1}:${problem.column ?? 1}: ${problem.reason}${rule}\n`);
  }
  return problems.length;
}
