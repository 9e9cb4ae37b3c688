import { formatOption, type Command } from './command.js';
import { printMessages } from './messages.js';
import { readInput } from './read.js';
import { readFiling, outlineOf, renderOutlineText, buildTree } from '../engine/index.js';

/** `amendiff outline <file>`: the document as the engine counts it. */
export const outline: Command = {
  name: 'outline',
  description: 'Show a document as amendiff counts it: pages, headings, paragraphs and numbered sentences.',
  synopsis: 'outline <file> [--format text|json]',
  options: { format: { type: 'string' } },
  positionals: [1, 1],
  run: async ({ positionals, values }, io) => {
    const format = formatOption(values, ['text', 'json'] as const);
    const file = readInput(positionals[0] as string);
    const result = outlineOf(buildTree(file), readFiling(file));
    io.stdout(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderOutlineText(result));
    printMessages([file], io);
    return 0;
  },
};
