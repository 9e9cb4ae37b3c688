import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inputError, type Io } from './command.js';
import { writeOutput } from './write.js';
import type { AssembledOffer, OfferSource } from '../engine/index.js';

/**
 * Check that an offer folder may be written: it does not exist, is empty, or `--force` allows writing over it.
 * @param dir the folder
 * @param force whether `--force` was given
 */
export function checkFolderFree(dir: string, force: boolean): void {
  let entries: string[];
  try {
    if (!statSync(dir).isDirectory()) throw inputError(`${dir}: is a file, expected a folder to write the offer into`);
    entries = readdirSync(dir);
  } catch (cause) {
    if (cause instanceof Error && cause.name === 'InputError') throw cause;
    return;
  }
  if (entries.length > 0 && !force) throw inputError(`${dir}: already exists and is not empty; add \`--force\` to write over its files`);
}

/**
 * Write an offer folder: each file, then `offer.json` (each file written whole or not at all), and say what was written.
 * @param dir the folder (made when missing)
 * @param offer the assembled offer
 * @param io where the summary and notes go
 */
export function writeOfferFolder(dir: string, offer: AssembledOffer, io: Io): void {
  makeFolder(dir);
  for (const file of offer.files) writeOutput(file.text, join(dir, file.name), io);
  writeOutput(`${JSON.stringify(offer.manifest, null, 2)}\n`, join(dir, 'offer.json'), io);
  for (const note of offer.notes) io.stderr(`amendiff: ${note}\n`);
  io.stdout(summary(dir, offer));
}

/**
 * Make a folder and those above it, or fail with one line.
 * @param dir the folder
 */
export function makeFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (cause) {
    throw inputError(`${dir}: cannot be made (${(cause as { code?: string }).code ?? 'error'})`);
  }
}

function summary(dir: string, offer: AssembledOffer): string {
  const { manifest } = offer;
  const sources = manifest.sources ?? {};
  const rows: Array<[string, string]> = [
    ...Object.entries(manifest.documents).map(([name, file]): [string, string] => [name, file]),
    ...manifest.filings.map((file): [string, string] => [file.replace(/\.\w+$/, '').replace(/^amendment-(\d+)$/, 'Amendment No. $1'), file]),
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  const fileWidth = Math.max(...rows.map(([, file]) => file.length));
  const lines = rows.map(([name, file]) => `  ${name.padEnd(width)}  ${file.padEnd(fileWidth)}  ${origin(sources[file])}`.trimEnd());
  return `wrote ${join(dir, 'offer.json')}: ${manifest.title ?? ''}\n${lines.join('\n')}\nnext: amendiff check ${dir}\n`;
}

function origin(source: OfferSource | undefined): string {
  if (!source) return '';
  const what = source.type && source.type !== source.form ? `${source.type} of ${source.form ?? 'the filing'}` : (source.form ?? '');
  return [what, source.accession, source.filed ? `filed ${source.filed}` : null].filter(Boolean).join(', ');
}
