import type { VFile } from 'vfile';
import { inputError, type Io } from './command.js';
import { readOfferDir } from './offer-dir.js';
import { versionOption } from './version-option.js';
import { buildVersions, filingsInOrder, orderProblems, problemLine, type OfferInput, type Problem, type Version } from '../engine/index.js';

/**
 * Refuse an offer whose filings are out of amendment order (or repeat one, leave a gap, follow the final one): print
 * each such problem, then one line saying what to write in `offer.json` (exit code 2).
 * @param offer the offer read from its folder
 * @param versions its versions
 * @param io where the problems go
 */
export function refuseOutOfOrder(offer: OfferInput & { manifestFile: VFile }, versions: Version[], io: Io): void {
  const problems = orderProblems(versions);
  if (problems.length === 0) return;
  for (const problem of problems) io.stderr(`${problemLine(problem)}\n`);
  const order = filingsInOrder(offer);
  const fix = order
    ? `write them so: "filings": [${order.map((name) => JSON.stringify(name)).join(', ')}]`
    : 'no order of them runs Amendment No. 1, 2, 3 ... without a gap or a repeat: list each amendment once';
  throw inputError(`${offer.manifestFile.path}: Expected \`filings\` in amendment order, found another order; ${fix}`);
}

/**
 * The exit code of a deliverable: 0 when complete, 1 when an instruction in range was not applied.
 * @param problems the problems in range
 * @returns the code
 */
export function completeness(problems: Problem[]): number {
  return problems.some((p) => p.notApplied) ? 1 : 0;
}

/**
 * Read an offer for a deliverable as of a version: build the versions, refuse filings out of order, and find the
 * version asked for.
 * @param dir the offer folder
 * @param asOfText the `--as-of` value as given
 * @param io where warnings and refusals go
 * @returns the offer, its versions and the version asked for
 */
export function offerAsOf(dir: string, asOfText: string, io: Io): { offer: ReturnType<typeof readOfferDir>; versions: Version[]; version: Version } {
  const offer = readOfferDir(dir, io);
  const versions = buildVersions(offer);
  refuseOutOfOrder(offer, versions, io);
  return { offer, versions, version: versionOption(versions, asOfText, '--as-of') };
}
