import { formatOption, usageError, type Command } from './command.js';
import { printProblems } from './offer-problems.js';
import { readOfferDir } from './offer-dir.js';
import { findDocument, findVersion, offerFiles, parseAsOf, renderBlocksJson, renderMarkdownText, renderText, buildVersions, type Root, type Version } from '../engine/index.js';

const formats = ['text', 'md', 'json'] as const;
type Format = (typeof formats)[number];

const renderers: Record<Format, (tree: Root, version: Version, document: string) => string> = {
  text: (tree) => renderText(tree),
  md: (tree) => renderMarkdownText(tree),
  json: (tree, version, document) =>
    renderBlocksJson(tree, { version: { number: version.number, label: version.label, date: version.date }, document }),
};

/** `amendiff text <offer-dir> --as-of N`: the operative text of a document as of an amendment. */
export const text: Command = {
  name: 'text',
  description: 'Print the operative text of an offer document as of an amendment (json: every sentence with its provenance).',
  synopsis: 'text <offer-dir>... --as-of <N|original|latest> [--all DIR] [--shard i/n] [--jobs N] [--document NAME] [--format md|text|json]',
  options: { 'as-of': { type: 'string' }, document: { type: 'string' }, format: { type: 'string' } },
  positionals: [1, 1],
  batch: 'sections',
  run: async ({ positionals, values }, io) => {
    const format = formatOption(values, formats);
    const asOfText = values['as-of'];
    if (typeof asOfText !== 'string') throw usageError('Expected `--as-of` with a version number, `original` or `latest`, found none');
    const asOf = parseAsOf(asOfText);
    if (asOf === null) throw usageError(`Expected \`--as-of\` to be a version number, \`original\` or \`latest\`, found \`${asOfText}\``);
    const offer = readOfferDir(positionals[0] as string);
    const versions = buildVersions(offer);
    const version = findVersion(versions, asOf);
    if (!version) throw usageError(`Expected \`--as-of\` between \`0\` and \`${versions.length - 1}\`, found \`${asOfText}\``);
    const wanted = typeof values.document === 'string' ? values.document : undefined;
    const document = findDocument(version, wanted);
    if (!document) throw usageError(`Expected \`--document\` to be one of ${Object.keys(version.documents).map((d) => `\`${d}\``).join(', ')}, found \`${wanted ?? ''}\``);
    io.stdout(renderers[format](version.documents[document] as Root, version, document));
    printProblems(offerFiles(offer, version.number), io);
    return 0;
  },
};
