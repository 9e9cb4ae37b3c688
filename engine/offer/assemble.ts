import { parseFiling } from '../instructions/parse.js';
import type { OfferManifest, OfferSource } from '../types.js';
import { offerName, offerTitleOf, titledAs } from './document-title.js';
import { readSource, type SourceDocument, type SourceFile, type SourceFiling } from './sources.js';
import { checkOneOffer } from './same-offer.js';

export type { SourceFile } from './sources.js';

/** A file of the offer folder to write: its name in the folder and its text. */
export interface OfferFolderFile {
  name: string;
  text: string;
}

/** An offer folder made from EDGAR filings: `offer.json`'s content, the files it names, and notes on what was left out. */
export interface AssembledOffer {
  manifest: OfferManifest;
  files: OfferFolderFile[];
  notes: string[];
}

/** The offer folder, or why the files given cannot make one (one sentence, the files named). */
export type AssembleResult = { ok: true; offer: AssembledOffer } | { ok: false; reason: string };

/**
 * Make an offer folder from EDGAR filings: complete submissions (split into their documents) or documents saved on
 * their own. The base documents are the original filing's exhibits that are an Offer to Purchase, Exchange or
 * Amend (named as the amendments' instructions name them) and any other exhibit the instructions name by its
 * title; the original's main document is the statement itself (`Schedule TO`); the amendments are ordered by
 * their numbers. Files of different offers, or of two statements, are refused, naming both.
 * @param sources the files, each with its path and text
 * @returns the folder's manifest and files, or the reason it cannot be made
 */
export function assembleOffer(sources: SourceFile[]): AssembleResult {
  const read = sources.map(readSource);
  const refused = checkOneOffer(read);
  if (refused) return { ok: false, reason: refused };
  const notes = read.filter((s) => s.kind === 'communication').map((s) => `${s.path}: left out: a ${s.form ?? 'communication'} filing is a communication, not an amendment`);
  const amendments = orderAmendments(read.filter((s) => s.kind === 'amendment'));
  if (!Array.isArray(amendments)) return { ok: false, reason: amendments.reason };
  const original = read.find((s) => s.kind === 'original') ?? null;
  const names = instructionNames(read);
  const loose = read.filter((s) => s.kind === 'exhibit').flatMap((s) => s.exhibits);
  const base = baseDocuments(original, loose, names);
  if (!Array.isArray(base)) return { ok: false, reason: base.reason };
  const unused = loose.filter((d) => !base.some((b) => b.origin === d.origin));
  notes.push(...unused.map((d) => `${d.origin}: left out: neither a filing's cover nor an offer document, nor a document the instructions name`));
  const family = (original ?? read.find((s) => s.kind === 'amendment'))?.family;
  if (family === 'Schedule TO' && base.length === 0) {
    notes.push(`no Offer to Purchase, Exchange or Amend among ${original ? `the exhibits of \`${original.path}\`` : 'the files (the original filing was not given)'}: add it to \`documents\` in offer.json, or its instructions will not resolve`);
  }
  return { ok: true, offer: folderOf(read, base, amendments, notes) };
}

/** A document of the folder before it is written: its name, file, text and where it came from. */
interface Placed {
  name: string;
  /** Where it came from, for messages. */
  origin: string;
  file: string;
  text: string;
  source: OfferSource;
}

function folderOf(read: SourceFiling[], base: Placed[], amendments: Placed[], notes: string[]): AssembledOffer {
  const original = read.find((s) => s.kind === 'original') ?? null;
  const statement = original?.main && original.family ? placeStatement(original) : null;
  const documents = [...base, ...(statement ? [statement] : [])];
  const manifest: OfferManifest = {
    title: titleOf(read, base),
    documents: Object.fromEntries(documents.map((d) => [d.name, d.file])),
    filings: amendments.map((a) => a.file),
    sources: Object.fromEntries([...documents, ...amendments].map((d) => [d.file, d.source])),
  };
  const files = [...documents, ...amendments].map((d) => ({ name: d.file, text: d.text }));
  return { manifest, files, notes };
}

function placeStatement(original: SourceFiling): Placed {
  const main = original.main as SourceDocument;
  const name = original.family as string;
  return { name, origin: main.origin, file: fileName(name, main), text: main.text, source: sourceOf(original, main.type) };
}

function sourceOf(filing: SourceFiling | null, type: string | null): OfferSource {
  const header = filing?.header ?? null;
  return { accession: header?.accession ?? null, form: filing?.form ?? null, filed: header?.filed ?? null, type, from: filing ? baseName(filing.path) : null };
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function fileName(name: string, document: SourceDocument): string {
  const extension = { text: 'txt', html: 'htm', markdown: 'md' }[document.format];
  return `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.${extension}`;
}

// Amendment No. N is filed as amendment-N; amendments are ordered by number, then by date and accession number.
function orderAmendments(amendments: SourceFiling[]): Placed[] | { reason: string } {
  const numbered = amendments.map((filing) => ({ filing, number: filing.filing?.amendment ?? null }));
  numbered.sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity) || keyOf(a.filing).localeCompare(keyOf(b.filing)));
  const seen = new Map<number, string>();
  const placed: Placed[] = [];
  for (const [index, { filing, number }] of numbered.entries()) {
    const main = filing.main;
    if (!main) return { reason: `${filing.path}: holds no document to read as the amendment` };
    if (number !== null && seen.has(number)) {
      return { reason: `Expected one filing of Amendment No. ${number}, found \`${seen.get(number)}\` and \`${filing.path}\`` };
    }
    if (number !== null) seen.set(number, filing.path);
    const stem = number === null ? `amendment-at-${index + 1}` : `amendment-${number}`;
    placed.push({ name: stem, origin: main.origin, file: fileName(stem, main), text: main.text, source: sourceOf(filing, main.type) });
  }
  return placed;
}

function keyOf(filing: SourceFiling): string {
  return `${filing.header?.filed ?? filing.filing?.date ?? ''} ${filing.header?.accession ?? ''} ${filing.path}`;
}

// The names the amendments' instructions give the documents they amend.
function instructionNames(read: SourceFiling[]): string[] {
  const names = new Set<string>();
  for (const source of read) {
    if (source.kind !== 'amendment' || !source.file) continue;
    for (const instruction of parseFiling(source.file).instructions) if (instruction.target.document) names.add(instruction.target.document);
  }
  return [...names];
}

const statementNames = new Set(['schedule to', 'schedule 14d-9', 'schedule 13e-3']);

// The offer documents among the exhibits, then any other exhibit the instructions name by its title.
function baseDocuments(original: SourceFiling | null, loose: SourceDocument[], names: string[]): Placed[] | { reason: string } {
  const candidates = [...(original?.exhibits ?? []), ...loose];
  const placed: Placed[] = [];
  const take = (name: string, document: SourceDocument): { reason: string } | null => {
    const twice = placed.find((p) => p.name.toLowerCase() === name.toLowerCase());
    if (twice) return { reason: `Expected one ${name} among the exhibits, found \`${twice.origin}\` and \`${document.origin}\`` };
    const filing = original?.exhibits.includes(document) ? original : null;
    placed.push({ name, origin: document.origin, file: fileName(name, document), text: document.text, source: { ...sourceOf(filing, document.type), from: baseName(filing?.path ?? document.origin) } });
    return null;
  };
  for (const document of candidates) {
    const title = offerTitleOf(document.text, document.format) ?? offerTitleOf(document.description ?? '', 'text');
    const refused = title ? take(offerName(title, names), document) : null;
    if (refused) return refused;
  }
  for (const name of names) {
    if (statementNames.has(name.toLowerCase()) || placed.some((p) => p.name.toLowerCase() === name.toLowerCase())) continue;
    const titled = candidates.filter((d) => !placed.some((p) => p.text === d.text) && titledAs(d.text, d.format, name));
    if (titled.length === 1) take(name, titled[0] as SourceDocument);
  }
  return placed;
}

// "Sonus Networks, Inc. — Offer to Exchange (2002)": the subject company as its cover writes it, the main document, the first year.
function titleOf(read: SourceFiling[], base: Placed[]): string {
  const filings = [...read].sort((a, b) => Number(b.kind === 'original') - Number(a.kind === 'original'));
  const company = filings.map((s) => s.filing?.subjectCompany ?? s.header?.subject?.name).find(Boolean) ?? null;
  const what = base[0]?.name ?? filings.find((s) => s.family)?.family ?? 'Offer';
  const dates = read.map((s) => s.header?.filed ?? s.filing?.date).filter((d): d is string => Boolean(d)).sort();
  const year = dates[0]?.slice(0, 4);
  return `${company ? `${company} — ` : ''}${what}${year ? ` (${year})` : ''}`;
}
