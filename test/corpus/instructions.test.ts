import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../engine/read/ingest.js';
import { parseFiling } from '../../engine/instructions/parse.js';
import type { OfferManifest } from '../../engine/types.js';
import { awaitingParser } from '../helpers/awaiting-parser.js';

const corpus = 'corpus';
const offers = readdirSync(corpus).filter((name) => existsSync(join(corpus, name, 'offer.json')));
const parserRules = new Set(['unparsed-instruction', 'unclosed-quote']);

/**
 * Walks every filing each offer lists and compares its instructions and exhibit changes with
 * `<name>.instructions.json` beside it, writing that file when it is missing or when UPDATE=1.
 */
describe.each(offers)('corpus %s', (offer) => {
  const manifest = JSON.parse(readFileSync(join(corpus, offer, 'offer.json'), 'utf8')) as OfferManifest;

  const pending = new Set(awaitingParser[offer] ?? []);
  const check = (name: string): void => {
    const path = join(corpus, offer, name);
    const parsed = parseFiling(ingest(path, readFileSync(path)));
    const actual = { instructions: parsed.instructions, exhibits: parsed.exhibits };
    const expectedPath = path.replace(/\.[^.]+$/, '.instructions.json');
    if (!pending.has(name) && (!existsSync(expectedPath) || process.env.UPDATE === '1')) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    expect(parsed.diagnostics.filter((d) => parserRules.has(d.ruleId ?? ''))).toEqual([]);
  };
  it.each(manifest.filings.filter((name) => !pending.has(name)))('%s', check);
  if (pending.size > 0) it.fails.each([...pending])('%s (awaiting the parser)', check);
});
