import type { VFile } from 'vfile';
import type { Io } from './command.js';

/**
 * Print every message of some files to stderr, compiler style: `file:line:col: reason [ruleId]`.
 * @param files the files whose messages to print
 * @param io where stderr goes
 * @returns how many messages were printed
 */
export function printMessages(files: VFile[], io: Io): number {
  let count = 0;
  for (const file of files) {
    for (const message of file.messages) {
      const place = message.line ? `${message.line}:${message.column ?? 1}` : '1:1';
      const rule = message.ruleId ? ` [${message.ruleId}]` : '';
      const level = message.fatal ? 'error' : message.fatal === null ? 'note' : 'warning';
      io.stderr(`${file.path}:${place}: ${level}: ${message.reason}${rule}\n`);
      count++;
    }
  }
  return count;
}
