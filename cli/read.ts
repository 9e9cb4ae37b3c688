import { readFileSync, statSync } from 'node:fs';
import type { VFile } from 'vfile';
import { inputError } from './command.js';
import { decodeText, ingest, ingestProblem, maxInputBytes } from '../engine/index.js';

const problemText = {
  empty: 'is empty',
  binary: 'is binary, not a text filing',
  'too-large': `is larger than the ${maxInputBytes / 1024 / 1024} MiB amendiff reads`,
} as const;

/**
 * Read a user's input file into a VFile, or fail with one clear line (missing, a folder, unreadable, empty, binary, too large).
 * @param path the path as the user gave it
 * @returns the file
 */
export function readInput(path: string): VFile {
  return ingest(path, readBytes(path));
}

/**
 * Read a user's input file as text, with the same checks as `readInput` (for files read whole, such as EDGAR submissions).
 * @param path the path as the user gave it
 * @returns the decoded text
 */
export function readText(path: string): string {
  return decodeText(readBytes(path));
}

function readBytes(path: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw inputError(`${path}: is a folder, expected a file`);
    size = stat.size;
  } catch (cause) {
    if (cause instanceof Error && cause.name === 'InputError') throw cause;
    throw inputError(`${path}: no such file`);
  }
  if (size > maxInputBytes) throw inputError(`${path}: ${problemText['too-large']}`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    const code = (cause as { code?: string }).code ?? 'error';
    throw inputError(`${path}: cannot be read (${code})`);
  }
  const problem = ingestProblem(bytes);
  if (problem) throw inputError(`${path}: ${problemText[problem]}`);
  return bytes;
}
