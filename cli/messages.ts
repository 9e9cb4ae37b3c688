import type { VFile } from 'vfile';
import type { Io } from './command.js';
import { diagnosticLine, toDiagnostic } from '../engine/index.js';

/**
 * Print every message of some files to stderr, compiler style: `file:line:col: level: reason [ruleId]`.
 * @param files the files whose messages to print
 * @param io where stderr goes
 * @returns how many messages were printed
 */
export function printMessages(files: VFile[], io: Io): number {
  let count = 0;
  for (const file of files) {
    for (const message of file.messages) {
      io.stderr(`${diagnosticLine({ ...toDiagnostic(message), file: String(file.path) })}\n`);
      count++;
    }
  }
  return count;
}
