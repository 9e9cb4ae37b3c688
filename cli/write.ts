import { mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { inputError, type Io } from './command.js';

/**
 * Write output to a file atomically (a temporary file in the same folder, then rename), or to stdout.
 * Nothing is half-written: on any error the temporary file is removed, the target left as it was, and the
 * problem reported as one line (`path: what is wrong`, exit code 2).
 * @param text the whole output: text, or a file's bytes
 * @param out the file to write, or undefined for standard output
 * @param io where stdout goes
 */
export function writeOutput(text: string | Uint8Array, out: string | undefined, io: Io): void {
  if (out === undefined) {
    if (typeof text !== 'string') throw new Error('A file\'s bytes are written with `--out`, never to standard output');
    io.stdout(text);
    return;
  }
  if (isFolder(out)) throw inputError(`${out}: is a folder, expected a file to write`);
  let folder: string | undefined;
  try {
    folder = mkdtempSync(join(dirname(out), `.${basename(out)}.`));
    const temporary = join(folder, basename(out));
    writeFileSync(temporary, text);
    renameSync(temporary, out);
  } catch (cause) {
    const code = (cause as { code?: string }).code;
    const why = code === 'ENOENT' ? `its folder \`${dirname(out)}\` does not exist` : `cannot be written (${code ?? 'error'})`;
    throw inputError(`${out}: ${why}`);
  } finally {
    if (folder) rmSync(folder, { recursive: true, force: true });
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
