import { describe, expect, it } from 'vitest';
import { readCase, type PhrasingCase } from './frame.js';
import { patterns } from './patterns/index.js';

const cases = patterns.flatMap((p) => p.cases.map((c): [string, string, PhrasingCase] => [p.pattern, c.name, c]));

describe('phrasings amendiff reads', () => {
  it('holds at least 200 cases over at least 25 patterns', () => {
    expect(patterns.length).toBeGreaterThanOrEqual(25);
    expect(cases.length).toBeGreaterThanOrEqual(200);
  });

  it.each(cases)('%s: %s', (_pattern, _name, phrasing) => {
    const read = readCase(phrasing);
    expect(read.instructions).toEqual(phrasing.instructions);
    const want = phrasing.diagnostics ?? [];
    expect(read.diagnostics.map((d) => d.ruleId)).toEqual(want.map((d) => d.ruleId));
    want.forEach((d, k) => expect(read.diagnostics[k]?.reason).toContain(d.says));
  });
});
