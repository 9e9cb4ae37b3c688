import { formatOption, type Command } from './command.js';
import { offerAsOf } from './deliverable.js';
import { printProblems } from './offer-problems.js';
import { versionForms } from './version-option.js';
import { offerFiles, renderReviewText, reviewPoints } from '../engine/index.js';

/** `amendiff review <offer-dir>`: every point a person must look at, up to a version. */
export const review: Command = {
  name: 'review',
  description: 'List every point a person must look at: instructions not applied, ambiguous targets with their candidates, each edit a global instruction made, each sentence a withdrawal concerns.',
  synopsis: 'review <offer-dir>... [--all DIR] [--shard i/n] [--jobs N] [--as-of <version>] [--format text|json]',
  options: { 'as-of': { type: 'string' }, format: { type: 'string' } },
  help: {
    '--as-of <version>': `The points made up to this version (default \`latest\`): ${versionForms}.`,
    '--format text|json': 'text (default): the points amendment by amendment, then a count; json: every point with its kind, text, note and place.',
  },
  example: 'amendiff review corpus/sonus-2002-option-exchange --as-of A2',
  positionals: [1, 1],
  batch: 'sections',
  run: async ({ positionals, values }, io) => {
    const format = formatOption(values, ['text', 'json'] as const);
    const asOfText = typeof values['as-of'] === 'string' ? values['as-of'] : 'latest';
    const { offer, versions, version } = offerAsOf(positionals[0] as string, asOfText, io);
    const points = reviewPoints(versions, { from: 0, to: version.number });
    const asOfJson = { number: version.number, label: version.label, date: version.date };
    io.stdout(format === 'json' ? `${JSON.stringify({ title: offer.manifest.title, asOf: asOfJson, points }, null, 2)}\n` : renderReviewText(points, version));
    printProblems(offerFiles(offer, version.number), io);
    return points.some((p) => p.kind === 'not-applied' || p.kind === 'ambiguous') ? 1 : 0;
  },
};
