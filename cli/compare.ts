import { compare } from '../engine/compare.js';
import { buildTree } from '../engine/tree.js';
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
    await writeRedline(compare(buildTree(fileA), buildTree(fileB), { from: pathA, to: pathB }), values, io);
    printMessages([fileA, fileB], io);
    return 0;
  },
};
