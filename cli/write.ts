import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Io } from './command.js';

/**
 * Write output to a file atomically (a temporary file in the same folder, then rename), or to stdout.
 * Nothing is half-written: on any error the temporary file is removed and the target left as it was.
 * @param text the whole output
 * @param out the file to write, or undefined for standard output
 * @param io where stdout goes
 */
export function writeOutput(text: string, out: string | undefined, io: Io): void {
  if (out === undefined) {
    io.stdout(text);
    return;
  }
  const folder = mkdtempSync(join(dirname(out), `.${basename(out)}.`));
  const temporary = join(folder, basename(out));
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, out);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
