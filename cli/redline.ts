import { usageError, type Command } from './command.js';
import { completeness, refuseOutOfOrder } from './deliverable.js';
import { printProblems } from './offer-problems.js';
import { readOfferDir } from './offer-dir.js';
import { redlineOutputHelp, redlineOutputOptions, writeRedline } from './redline-options.js';
import { versionForms, versionOption } from './version-option.js';
import { findDocument, offerFiles, redline, buildVersions } from '../engine/index.js';

/** `amendiff redline <offer-dir> --from A --to B`: what changed between two versions, and who changed it. */
export const redlineCommand: Command = {
  name: 'redline',
  description: 'Show what changed in an offer document between two versions, each change with the amendment and instruction that made it.',
  synopsis: 'redline <offer-dir> [--from <version>] [--to <version>] [--document NAME] [--format term|md|html|json|unified|docx] [--out FILE] [--no-color]',
  options: { from: { type: 'string' }, to: { type: 'string' }, document: { type: 'string' }, ...redlineOutputOptions },
  help: {
    '--from <version>': `The version to compare from (default \`original\`): ${versionForms}.`,
    '--to <version>': 'The version to compare to (default `latest`), named the same ways.',
    '--document <NAME>': 'The document (default: the first in offer.json), e.g. "Schedule TO"; case is ignored.',
    ...redlineOutputHelp,
  },
  example: 'amendiff redline corpus/sonus-2002-option-exchange --from original --to A2 --format html --out redline.html',
  positionals: [1, 1],
  run: async ({ positionals, values }, io) => {
    const offer = readOfferDir(positionals[0] as string, io);
    const versions = buildVersions(offer);
    refuseOutOfOrder(offer, versions, io);
    const from = versionOption(versions, values.from, '--from', 'original');
    const to = versionOption(versions, values.to, '--to', 'latest');
    const wanted = typeof values.document === 'string' ? values.document : undefined;
    const document = findDocument(to, wanted) ?? findDocument(from, wanted);
    if (!document) {
      const names = Object.keys(to.documents).map((d) => `\`${d}\``).join(', ');
      throw usageError(`Expected \`--document\` to be one of ${names}, found \`${wanted ?? ''}\``);
    }
    const result = redline(versions, { document, from: from.number, to: to.number, title: offer.manifest.title });
    await writeRedline(result, values, io);
    printProblems(offerFiles(offer, Math.max(from.number, to.number)), io);
    return completeness(result.problems ?? []);
  },
};
