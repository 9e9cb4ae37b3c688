import type { VFile } from 'vfile';
import { compareTexts, isBlockPerLine } from '../engine/compare-text.js';
import type { Redline } from '../engine/types.js';
import type { Command } from './command.js';
import { printMessages } from './messages.js';
import { readInput } from './read.js';
import { redlineOutputOptions, writeRedline } from './redline-options.js';

/** `amendiff compare <a> <b>`: the redline between two documents that share no history. */
export const compareCommand: Command = {
  name: 'compare',
  description: 'Show what changed between two documents with no edit history (paragraphs aligned by content, moves shown as moves).',
  synopsis: 'compare <a> <b> [--format term|md|html|json|unified] [--out FILE] [--no-color]',
  options: redlineOutputOptions,
  positionals: [2, 2],
  run: async ({ positionals, values }, io) => {
    const [pathA, pathB] = positionals as [string, string];
    const fileA = readInput(pathA);
    const fileB = readInput(pathB);
    await writeRedline(await compareFiles(fileA, fileB), values, io);
    printMessages([fileA, fileB], io);
    return 0;
  },
};

/**
 * Compare two files: texts already one paragraph per line (as `amendiff text` writes them) as they stand, anything else
 * (a filing with page furniture, Markdown, HTML) through the document tree, whose builders load only then.
 */
async function compareFiles(fileA: VFile, fileB: VFile): Promise<Redline> {
  const labels = { from: fileA.path, to: fileB.path };
  const plain = (file: VFile): boolean => file.data.format === 'text' && isBlockPerLine(String(file.value));
  if (plain(fileA) && plain(fileB)) return compareTexts(String(fileA.value), String(fileB.value), labels);
  const [{ buildTree }, { compare }] = await Promise.all([import('../engine/tree.js'), import('../engine/compare.js')]);
  return compare(buildTree(fileA), buildTree(fileB), labels);
}
