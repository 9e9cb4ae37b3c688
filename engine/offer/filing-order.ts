import { VFile } from 'vfile';
import { readFiling } from '../filing/read.js';
import type { Problem, Version } from '../types.js';
import type { OfferInput } from './versions.js';

const orderRules = new Set(['amendment-order', 'amendment-after-final']);

/**
 * The problems that make an offer's versions meaningless: amendments out of order, duplicated, with a gap, or after
 * the final one. `text`, `redline` and `timeline` refuse such an offer.
 * @param versions the offer's versions
 * @returns those problems, in filing order
 */
export function orderProblems(versions: Version[]): Problem[] {
  return versions.flatMap((v) => v.problems.filter((p) => p.ruleId !== null && orderRules.has(p.ruleId)));
}

/**
 * The `filings` list of `offer.json` in amendment order, when putting the filings in the order of their amendment
 * numbers makes them run 1, 2, 3 ... without a gap or a repeat; else null (reordering cannot mend it).
 * @param input the offer
 * @returns the file names in amendment order, or null
 */
export function filingsInOrder(input: OfferInput): string[] | null {
  const numbered = input.filings.map((file, index) => ({ name: input.manifest.filings[index] ?? String(file.basename), number: amendmentOf(file) }));
  if (numbered.some((f) => f.number === null)) return null;
  const sorted = [...numbered].sort((a, b) => (a.number as number) - (b.number as number));
  return sorted.every((f, i) => f.number === i + 1) ? sorted.map((f) => f.name) : null;
}

// Read on a copy: the filing's own messages were reported when its version was built.
function amendmentOf(file: VFile): number | null {
  return readFiling(new VFile({ path: file.path, value: file.value, data: file.data }))?.amendment ?? null;
}
