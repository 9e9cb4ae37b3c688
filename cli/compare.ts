import type { VFile } from 'vfile';
import type { Command } from './command.js';
import { printMessages } from './messages.js';
import { readInput } from './read.js';
import { redlineOutputHelp, redlineOutputOptions, writeRedline } from './redline-options.js';
import { buildTree, compare, compareTexts, isBlockPerLine, type Redline } from '../engine/index.js';

/** `amendiff compare <a> <b>`: the redline between two documents that share no history. */
export const compareCommand: Command = {
  name: 'compare',
  description: 'Show what changed between two documents with no edit history (paragraphs aligned by content, moves shown as moves).',
  synopsis: 'compare <a> <b> [--format term|md|html|json|unified|docx] [--out FILE] [--no-color]',
  options: redlineOutputOptions,
  help: redlineOutputHelp,
  example: 'amendiff compare old.txt new.txt --format md',
  positionals: [2, 2],
  run: async ({ positionals, values }, io) => {
    const [pathA, pathB] = positionals as [string, string];
    const fileA = readInput(pathA);
    const fileB = readInput(pathB);
    await writeRedline(compareFiles(fileA, fileB), values, io);
    printMessages([fileA, fileB], io);
    return 0;
  },
};

/**
 * Compare two files: texts already one paragraph per line (as `amendiff text` writes them) as they stand, anything else
 * (a filing with page furniture, Markdown, HTML) through the document tree.
 */
function compareFiles(fileA: VFile, fileB: VFile): Redline {
  const labels = { from: fileA.path, to: fileB.path };
  const plain = (file: VFile): boolean => file.data.format === 'text' && isBlockPerLine(String(file.value));
  if (plain(fileA) && plain(fileB)) return compareTexts(String(fileA.value), String(fileB.value), labels);
  return compare(buildTree(fileA), buildTree(fileB), labels);
}
