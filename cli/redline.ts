import { usageError, type Command } from './command.js';
import { printProblems } from './offer-problems.js';
import { readOfferDir } from './offer-dir.js';
import { redlineOutputOptions, writeRedline } from './redline-options.js';
import { findDocument, findVersion, offerFiles, parseAsOf, redline, buildVersions, type Version } from '../engine/index.js';

/** `amendiff redline <offer-dir> --from A --to B`: what changed between two versions, and who changed it. */
export const redlineCommand: Command = {
  name: 'redline',
  description: 'Show what changed in an offer document between two versions, each change with the amendment and instruction that made it.',
  synopsis: 'redline <offer-dir> --from <A> --to <B> [--document NAME] [--format term|md|html|json|unified|docx] [--out FILE] [--no-color]',
  options: { from: { type: 'string' }, to: { type: 'string' }, document: { type: 'string' }, ...redlineOutputOptions },
  positionals: [1, 1],
  run: async ({ positionals, values }, io) => {
    const offer = readOfferDir(positionals[0] as string);
    const versions = buildVersions(offer);
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
    return 0;
  },
};

/** Read `--from` or `--to`: a version number, `original` or `latest`, with a default when absent. */
function versionOption(versions: Version[], value: unknown, name: string, fallback: 'original' | 'latest'): Version {
  const text = typeof value === 'string' ? value : fallback;
  const asOf = parseAsOf(text);
  const found = asOf === null ? null : findVersion(versions, asOf);
  if (!found) throw usageError(`Expected \`${name}\` to be \`original\`, \`latest\` or a version from \`0\` to \`${versions.length - 1}\`, found \`${text}\``);
  return found;
}
