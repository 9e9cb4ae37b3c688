import { formatOption, type Command } from './command.js';
import { printMessages } from './messages.js';
import { readInput } from './read.js';
import { parseFiling, renderInstructionsText } from '../engine/index.js';

/** `amendiff parse <file>`: every amendment instruction of a filing as a structured operation. */
export const parse: Command = {
  name: 'parse',
  description: 'Parse the amendment instructions and exhibit changes of a filing (or any bare text).',
  synopsis: 'parse <file> [--format json|text]',
  options: { format: { type: 'string' } },
  help: { '--format json|text': 'json (default): filing, instructions, exhibits and diagnostics; text: one line per instruction.' },
  example: 'amendiff parse corpus/sonus-2002-option-exchange/amendment-2.txt --format text',
  positionals: [1, 1],
  run: async ({ positionals, values }, io) => {
    const format = formatOption(values, ['json', 'text'] as const);
    const file = readInput(positionals[0] as string);
    const parsed = parseFiling(file);
    // What travels on to later stages (where exhibits are listed, each instruction's own paragraph) is not parse's JSON.
    const { exhibitSources: _places, paragraphs: _paragraphs, ...json } = parsed;
    io.stdout(format === 'json' ? `${JSON.stringify(json, null, 2)}\n` : renderInstructionsText(parsed));
    printMessages([file], io);
    return 0;
  },
};
