import { formatOption, type Command } from './command.js';
import { printProblems } from './offer-problems.js';
import { readOfferDir } from './offer-dir.js';
import { checkOffer, checkSummary, offerFiles, problemsOf } from '../engine/index.js';

/** `amendiff check <offer-dir>...`: whether every instruction of every filing resolves. */
export const check: Command = {
  name: 'check',
  description: 'Check that every amendment instruction resolves to one place; list each problem as file:line:col: level: message [ruleId], or say in one line what was applied.',
  synopsis: 'check <offer-dir>... [--all DIR] [--shard i/n] [--jobs N] [--format text|json]',
  options: { format: { type: 'string' } },
  help: { '--format text|json': 'text (default): one line per problem; json: the problems as one JSON object per offer.' },
  example: 'amendiff check corpus/sonus-2002-option-exchange',
  positionals: [1, 1],
  batch: 'lines',
  run: async ({ positionals, values }, io) => {
    const format = formatOption(values, ['text', 'json'] as const);
    const offer = readOfferDir(positionals[0] as string, io);
    const { versions } = checkOffer(offer);
    const files = offerFiles(offer);
    if (format === 'json') {
      const problems = problemsOf(files);
      io.stdout(`${JSON.stringify({ problems }, null, 2)}\n`);
      return problems.length === 0 ? 0 : 1;
    }
    const count = printProblems(files, io, 'stdout');
    if (count === 0) io.stdout(`${checkSummary(versions)}\n`);
    return count === 0 ? 0 : 1;
  },
};
