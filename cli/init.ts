import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inputError, type Command } from './command.js';
import { checkFolderFree, writeOfferFolder } from './offer-folder.js';
import { readText } from './read.js';
import { assembleOffer, type SourceFile } from '../engine/index.js';

const readable = /\.(?:txt|html?|md|markdown)$/i;

/** `amendiff init <offer-dir> <file|dir>...`: an offer folder from filings downloaded from EDGAR. */
export const init: Command = {
  name: 'init',
  description: 'Make an offer folder (offer.json and its files) from EDGAR complete submissions (.txt) or documents saved from EDGAR.',
  synopsis: 'init <offer-dir> <file|dir>... [--force]',
  options: { force: { type: 'boolean' } },
  help: {
    '--force': 'Write into <offer-dir> even when it already holds files (those of the same name are replaced).',
  },
  example: 'amendiff init my-offer ~/Downloads/edgar/   (a folder of the original filing\u2019s and each amendment\u2019s .txt)',
  positionals: [2, Infinity],
  run: async ({ positionals, values }, io) => {
    const [dir, ...inputs] = positionals as [string, ...string[]];
    checkFolderFree(dir, values.force === true);
    // A file named twice (itself and in its folder) is read once.
    const paths = [...new Map(inputs.flatMap(expand).map((path) => [resolve(path), path])).values()];
    const sources = paths.map((path): SourceFile => ({ path, text: readText(path) }));
    const result = assembleOffer(sources);
    if (!result.ok) throw inputError(result.reason);
    writeOfferFolder(dir, result.offer, io);
    return 0;
  },
};

/**
 * The files an argument names: a file itself, or a folder's text, HTML and markdown files (not `offer.json`), by name.
 * @param path a file or folder
 * @returns the files
 */
export function expand(path: string): string[] {
  let folder = false;
  try {
    folder = statSync(path).isDirectory();
  } catch {
    throw inputError(`${path}: no such file or folder`);
  }
  if (!folder) return [path];
  const files = readdirSync(path).filter((name) => readable.test(name)).sort().map((name) => join(path, name));
  if (files.length === 0) throw inputError(`${path}: holds no .txt, .htm or .md file to read`);
  return files;
}
