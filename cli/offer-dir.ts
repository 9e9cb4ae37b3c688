import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { VFile } from 'vfile';
import { inputError, type Io } from './command.js';
import { printMessages } from './messages.js';
import { readInput } from './read.js';
import { readManifest, reportMissingFile, type OfferInput } from '../engine/index.js';

/**
 * Read an offer directory: `offer.json`, then each document, filing and restated text it names, as VFiles.
 * A missing folder, a missing or invalid `offer.json`, or a missing file it names is unusable input (one line, exit 2;
 * a missing file is reported where `offer.json` names it).
 * Warnings on `offer.json` (an unknown key, with the key it is likely to be) go to stderr when `io` is given.
 * @param dir the offer directory as the user gave it
 * @param io where warnings on `offer.json` go
 * @returns the offer with its manifest file (for its messages)
 */
export function readOfferDir(dir: string, io?: Io): OfferInput & { manifestFile: VFile } {
  if (!isFolder(dir)) throw inputError(`${dir}: expected an offer folder holding \`offer.json\``);
  const manifestFile = readInput(join(dir, 'offer.json'));
  const manifest = readManifest(manifestFile);
  if (!manifest) {
    const first = manifestFile.messages.find((m) => m.fatal);
    throw inputError(first ? String(first) : `${manifestFile.path}: is not a valid offer manifest`);
  }
  if (io) printMessages([manifestFile], io);
  const read = (name: string, path: Array<string | number>): VFile => {
    if (!existsSync(join(dir, name))) throw inputError(String(reportMissingFile(manifestFile, path, name)));
    return readInput(join(dir, name));
  };
  const documents: Record<string, VFile> = {};
  for (const [name, file] of Object.entries(manifest.documents)) documents[name] = read(file, ['documents', name]);
  const filings = manifest.filings.map((file, index) => read(file, ['filings', index]));
  const restated = (manifest.restated ?? []).map((r, index) => ({ filing: r.filing, document: r.document, name: r.file, file: read(r.file, ['restated', index, 'file']) }));
  return { manifest, documents, filings, restated, manifestFile };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
