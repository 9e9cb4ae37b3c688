import { formatOption, type Command } from './command.js';
import { completeness, refuseOutOfOrder } from './deliverable.js';
import { printProblems } from './offer-problems.js';
import { readOfferDir } from './offer-dir.js';
import { offerFiles, offerTimeline, renderTimelineText, reportBetween, buildVersions } from '../engine/index.js';

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
    const versions = buildVersions(offer);
    refuseOutOfOrder(offer, versions, io);
    const entries = offerTimeline(versions);
    const { problems, tallies } = reportBetween(versions, { from: 0, to: versions.length - 1 });
    const json = (): string => `${JSON.stringify({ title: offer.manifest.title, versions: entries, problems, tallies }, null, 2)}\n`;
    io.stdout(format === 'json' ? json() : renderTimelineText(entries, { problems, tallies, review: [] }));
    printProblems(offerFiles(offer), io);
    return completeness(problems);
  },
};
