import { formatOption, usageError, type Command } from './command.js';
import { completeness, offerAsOf } from './deliverable.js';
import { printProblems } from './offer-problems.js';
import { versionForms } from './version-option.js';
import {
  findDocument,
  offerFiles,
  problemsBlock,
  renderBlocksJson,
  renderMarkdownText,
  renderText,
  reportBetween,
  type DeliverableReport,
  type Root,
  type Version,
} from '../engine/index.js';

const formats = ['text', 'md', 'json'] as const;
type Format = (typeof formats)[number];

// Each format carries the instructions not applied up to the version: a block at the top (text, md) or fields (json).
const renderers: Record<Format, (tree: Root, version: Version, document: string, report: DeliverableReport) => string> = {
  text: (tree, _version, _document, report) => [...problemsBlock(report.problems, report.tallies).map((line) => `${line}\n`), renderText(tree)].join(''),
  md: (tree, _version, _document, report) => renderMarkdownText(tree, report),
  json: (tree, version, document, report) =>
    renderBlocksJson(tree, { version: { number: version.number, label: version.label, date: version.date }, document }, report),
};

/** `amendiff text <offer-dir> --as-of N`: the operative text of a document as of an amendment. */
export const text: Command = {
  name: 'text',
  description: 'Print the operative text of an offer document as of an amendment (json: every sentence with its provenance).',
  synopsis: 'text <offer-dir>... --as-of <version> [--all DIR] [--shard i/n] [--jobs N] [--document NAME] [--format md|text|json]',
  options: { 'as-of': { type: 'string' }, document: { type: 'string' }, format: { type: 'string' } },
  help: {
    '--as-of <version>': `Required: the version, as ${versionForms} (the version in force that day).`,
    '--document <NAME>': 'The document (default: the first in offer.json), e.g. "Schedule TO"; case is ignored.',
    '--format md|text|json': 'text (default): one block per line; md: markdown; json: every sentence with its provenance.',
  },
  example: 'amendiff text corpus/sonus-2002-option-exchange --as-of "Amendment No. 2"',
  positionals: [1, 1],
  batch: 'sections',
  run: async ({ positionals, values }, io) => {
    const format = formatOption(values, formats);
    if (typeof values['as-of'] !== 'string') throw usageError(`Expected \`--as-of\` with a version (${versionForms}), found none`);
    const { offer, versions, version } = offerAsOf(positionals[0] as string, values['as-of'], io);
    const wanted = typeof values.document === 'string' ? values.document : undefined;
    const document = findDocument(version, wanted);
    if (!document) throw usageError(`Expected \`--document\` to be one of ${Object.keys(version.documents).map((d) => `\`${d}\``).join(', ')}, found \`${wanted ?? ''}\``);
    const report = reportBetween(versions, { from: 0, to: version.number, document });
    io.stdout(renderers[format](version.documents[document] as Root, version, document, report));
    printProblems(offerFiles(offer, version.number), io);
    return completeness(report.problems);
  },
};
