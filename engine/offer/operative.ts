import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { toDiagnostic } from '../core/diagnostics.js';
import type { Diagnostic, ExhibitChange, OfferResults, Root, Version } from '../types.js';
import { buildVersions, type OfferInput } from './versions.js';
import { findVersion, type AsOf } from './as-of.js';
import { termsChanged, type TermsChanged } from './terms.js';

export type { OfferInput } from './versions.js';
export { parseAsOf, findVersion, type AsOf } from './as-of.js';

/** A document as of a version, with the version it was read from. */
export interface OperativeText {
  version: Version;
  document: string;
  tree: Root;
}

/**
 * A document's name as a version holds it, matched ignoring case; with no name, the offer's first document.
 * @param version the version
 * @param name the name asked for, or undefined
 * @returns the name as held, or null when the version has no such document
 */
export function findDocument(version: Version, name: string | undefined): string | null {
  const names = Object.keys(version.documents);
  if (name === undefined) return names[0] ?? null;
  return names.find((n) => n.toLowerCase() === name.toLowerCase()) ?? null;
}

/**
 * The operative text of a document as of a version: the tree whose sentences each carry the amendment that put them there.
 * @param versions the offer's versions
 * @param asOf which version
 * @param document the document's name, or undefined for the first
 * @returns the document, or null when the version or document does not exist
 */
export function operativeText(versions: Version[], asOf: AsOf, document?: string): OperativeText | null {
  const version = findVersion(versions, asOf);
  const name = version ? findDocument(version, document) : null;
  const tree = version && name ? version.documents[name] : undefined;
  return version && name && tree ? { version, document: name, tree } : null;
}

const isProblem = (message: VFileMessage): boolean => message.fatal === true || message.fatal === false;

/**
 * Check that every instruction of an offer resolves: build its versions and gather the problems reported
 * on its filings (not found, ambiguous, conflicting, out of order), notes left out.
 * @param input the offer
 * @returns the problems as diagnostics, in filing order, and the versions built
 */
export function checkOffer(input: OfferInput): { problems: Diagnostic[]; versions: Version[] } {
  const versions = buildVersions(input);
  return { problems: problemsOf(offerFiles(input)), versions };
}

/**
 * The files an offer's messages are reported on, in filing order: each filing, then the texts it restates; first,
 * when a decision of `offer.json` is stale, a file holding those `stale-decision` errors (the manifest's other
 * messages were reported when it was read).
 * @param input the offer
 * @param upTo how many filings to take (all when omitted)
 * @returns the files
 */
export function offerFiles(input: OfferInput, upTo: number = input.filings.length): VFile[] {
  const names = input.manifest.filings;
  const filings = input.filings.slice(0, upTo).flatMap((file, index) => [file, ...(input.restated ?? []).filter((r) => r.filing === names[index]).map((r) => r.file)]);
  const stale = input.manifestFile?.messages.filter((m) => m.ruleId === 'stale-decision') ?? [];
  if (!input.manifestFile || stale.length === 0) return filings;
  const decisions = new VFile({ path: input.manifestFile.path });
  decisions.messages.push(...stale);
  return [decisions, ...filings];
}

/**
 * The problems (warnings and errors, not notes) reported on some files.
 * @param files the files
 * @returns their problems as diagnostics
 */
export function problemsOf(files: VFile[]): Diagnostic[] {
  return files.flatMap((file) => file.messages.filter(isProblem).map(toDiagnostic));
}

/** One version in an offer's timeline. */
export interface OfferTimelineEntry {
  number: number;
  label: string;
  date: string | null;
  file: string | null;
  state: string;
  /** The expiration in force after this version. */
  expiration: string | null;
  /** The new expiration when this version extended the offer. */
  extendedTo: string | null;
  /** The time of day of the expiration in force, as the filing that set it wrote it ("one minute after 11:59 p.m., Eastern Time"). */
  expirationTime: string | null;
  /** The price per share (or range) when this version changed it. */
  price: TermsChanged['price'];
  /** The number of shares sought when this version changed it. */
  sharesSought: TermsChanged['sharesSought'];
  /** Conditions this version waived. */
  waived: TermsChanged['waived'];
  /** A subsequent offering period this version opened or closed, and when it ends or ended. */
  subsequent: TermsChanged['subsequent'];
  /** Why the offer was withdrawn or terminated as a whole, as filed, when this version did so. */
  terminated: TermsChanged['terminated'];
  /** The target board's recommendation when this version stated or changed it. */
  recommendation: TermsChanged['recommendation'];
  /** Plans the offer was withdrawn for by this version. */
  withdrawn: string[];
  exhibits: ExhibitChange[];
  /** Documents whose restated text this version holds, and the files they come from. */
  restated: Version['restated'];
  results: OfferResults | null;
  edits: number;
  affected: number;
  /** Sentences to review for each plan this version withdrew the offer for. */
  affectedByPlan: Record<string, number>;
}

/**
 * The offer's timeline: each version with its date, state, expiration, plans withdrawn, exhibits and results.
 * @param versions the versions, 0 first
 * @returns one entry per version
 */
export function offerTimeline(versions: Version[]): OfferTimelineEntry[] {
  return versions.map((version, index) => {
    const before = versions[index - 1]?.context;
    const { context } = version;
    const expiration = context.expirations[context.expirations.length - 1] ?? null;
    const previous = before?.expirations[before.expirations.length - 1] ?? null;
    return {
      number: version.number,
      label: version.label,
      date: version.date,
      file: version.file,
      state: version.state,
      expiration,
      extendedTo: before && expiration !== previous ? expiration : null,
      expirationTime: context.expirationTime,
      ...termsChanged(version, versions[index - 1]),
      withdrawn: context.withdrawnPlans.filter((plan) => !before?.withdrawnPlans.includes(plan)),
      exhibits: version.exhibits,
      restated: version.restated,
      results: before && JSON.stringify(context.results) !== JSON.stringify(before.results) ? context.results : null,
      edits: version.edits.length,
      affected: version.affected.length,
      affectedByPlan: countByPlan(version),
    };
  });
}

function countByPlan(version: Version): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const sentence of version.affected) counts[sentence.plan] = (counts[sentence.plan] ?? 0) + 1;
  return counts;
}
