import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../engine/sentences/split.js';

/**
 * The English "Golden Rules" of sentence boundary detection, a public peer suite, read from the shared data
 * folder beside the repository; none of its sentences is copied here. A fresh clone has no `../shared`, so the
 * suite is skipped there with a message.
 */
const file = fileURLToPath(new URL('../../../shared/data/golden_rules_en.json', import.meta.url));
const present = existsSync(file);

interface GoldenRule {
  name: string;
  input: string;
  expected: string[];
}

/** Rules we break on purpose, by name prefix, each with the reason. */
const exceptions: Record<string, string> = {
  '#042': 'expects a split at each newline; our caller joins a paragraph\'s lines with single spaces before splitting, so line structure is decided upstream, not here',
};

function readRules(): GoldenRule[] {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`Expected an array of rules in ${file}`);
  return data.map((item: unknown) => {
    const rule = item as Partial<GoldenRule>;
    if (typeof rule.name !== 'string' || typeof rule.input !== 'string' || !Array.isArray(rule.expected)) {
      throw new Error(`Expected {name, input, expected} in ${file}`);
    }
    return { name: rule.name, input: rule.input, expected: rule.expected.map(String) };
  });
}

// As `buildParagraph` does: the splitter is given a paragraph with its whitespace collapsed to single spaces.
const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();
const exceptionFor = (name: string): string | undefined => exceptions[name.slice(0, 4)];

if (!present) console.warn(`golden rules: skipped, ${file} is absent (a fresh clone has no ../shared)`);

describe.skipIf(!present)('golden rules (pragmatic segmenter, English)', () => {
  const rules = present ? readRules() : [];

  it.each(rules.filter((rule) => !exceptionFor(rule.name)).map((rule) => [rule.name, rule] as const))('%s', (_name, rule) => {
    const text = collapse(rule.input);
    const got = splitSentences(text).map((span) => text.slice(span.start, span.end));
    expect(got).toEqual(rule.expected.map(collapse));
  });

  it.each(rules.filter((rule) => exceptionFor(rule.name)).map((rule) => [rule.name, exceptionFor(rule.name) ?? ''] as const))(
    '%s is a deliberate exception: %s',
    (name) => {
      expect(Object.keys(exceptions)).toContain(name.slice(0, 4));
    },
  );

  it('every listed exception names a rule in the file', () => {
    const names = rules.map((rule) => rule.name.slice(0, 4));
    for (const key of Object.keys(exceptions)) expect(names).toContain(key);
  });
});
