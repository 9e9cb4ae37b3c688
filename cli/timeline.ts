import { formatOption, type Command } from './command.js';
import { printProblems } from './offer-problems.js';
import { readOfferDir } from './offer-dir.js';
import { offerFiles, offerTimeline, renderTimelineText, buildVersions } from '../engine/index.js';

/** `amendiff timeline <offer-dir>`: each version with its date, state, expiration, withdrawals, exhibits and results. */
export const timeline: Command = {
  name: 'timeline',
  description: "Show the offer's lifecycle: each version with its date, state, expiration, plans withdrawn, exhibits and results.",
  synopsis: 'timeline <offer-dir>... [--all DIR] [--shard i/n] [--jobs N] [--format text|json]',
  options: { format: { type: 'string' } },
  help: { '--format text|json': 'text (default): one block per version; json: the versions with their dates, states and exhibits.' },
  example: 'amendiff timeline corpus/sonus-2002-option-exchange',
  positionals: [1, 1],
  batch: 'sections',
  run: async ({ positionals, values }, io) => {
    const format = formatOption(values, ['text', 'json'] as const);
    const offer = readOfferDir(positionals[0] as string, io);
    const entries = offerTimeline(buildVersions(offer));
    io.stdout(format === 'json' ? `${JSON.stringify({ title: offer.manifest.title, versions: entries }, null, 2)}\n` : renderTimelineText(entries));
    printProblems(offerFiles(offer), io);
    return 0;
  },
};
