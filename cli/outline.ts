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
  help: { '--format text|json': 'text (default): one line per heading and sentence, the filing\u2019s metadata first; json: the blocks.' },
  example: 'amendiff outline corpus/sonus-2002-option-exchange/offer-to-exchange.txt',
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
