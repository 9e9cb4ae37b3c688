import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../engine/core/document-text.js';
import { buildTree } from '../../engine/read/tree.js';
import { checkOffer } from '../../engine/offer/operative.js';
import { stepFiling } from '../../engine/offer/step.js';
import { diagnosticsOf } from '../../engine/core/diagnostics.js';
import type { Instruction, Root } from '../../engine/types.js';
import { readOffer } from '../helpers/read-offer.js';
import { awaitingOperative } from '../helpers/awaiting-parser.js';

const corpus = 'corpus';
// Offers whose main document has expected texts (`expected/as-of-N.txt`; other documents' texts are named for them).
const offers = readdirSync(corpus).filter((name) => existsSync(join(corpus, name, 'expected', 'as-of-0.txt')));

const expectedText = (offer: string, n: number): string => readFileSync(join(corpus, offer, 'expected', `as-of-${n}.txt`), 'utf8');

/**
 * Walks every offer with an `expected/` folder: the operative text as of each amendment (`expected/as-of-N.txt`,
 * written by hand from the edits) must be what the hand-written instructions (`<filing>.instructions.json`) give
 * when resolved and applied, and what the whole pipeline gives from the filings themselves.
 */
describe.each(offers)('corpus %s, operative text', (offer) => {
  const dir = join(corpus, offer);
  const input = readOffer(dir);
  const main = Object.keys(input.manifest.documents)[0] as string;

  it('reaches every expected text from the hand-written instructions, each resolving to one place', () => {
    let documents: Record<string, Root> = { [main]: buildTree(input.documents[main]!) };
    let expiration: string | null = null;
    expect(renderText(documents[main]!)).toBe(expectedText(offer, 0));
    input.manifest.filings.forEach((name, index) => {
      const parsed = JSON.parse(readFileSync(join(dir, name.replace(/\.[^.]+$/, '.instructions.json')), 'utf8')) as { instructions: Instruction[] };
      const own = parsed.instructions.filter((i) => (i.target.document ?? main) === main);
      const file = input.filings[index]!;
      const result = stepFiling({ documents, instructions: own, exhibits: [], exhibitSources: [], stated: [], paragraphs: [], file, name, amendment: index + 1, expiration, main });
      expect(diagnosticsOf([file]).filter((d) => d.ruleId !== 'absent-base-text'), name).toEqual([]);
      documents = result.documents;
      expiration = own.find((i) => i.op === 'extend')?.expiration ?? expiration;
      expect(renderText(documents[main]!), `as of ${index + 1}`).toBe(expectedText(offer, index + 1));
    });
  });

  const pending = awaitingOperative[offer] ?? [];
  const run = pending.length > 0 ? it.fails : it;
  run(`reaches every expected text from the filings${pending.length > 0 ? ` (awaiting the parser for ${pending.join(', ')})` : ''}`, () => {
    const { problems, versions } = checkOffer(readOffer(dir));
    expect(problems).toEqual([]);
    versions.forEach((version) => expect(renderText(version.documents[main]!), `as of ${version.number}`).toBe(expectedText(offer, version.number)));
  });
});
