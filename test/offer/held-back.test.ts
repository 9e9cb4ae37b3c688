import { describe, expect, it } from 'vitest';
import { renderText } from '../../engine/core/document-text.js';
import { diagnosticsOf } from '../../engine/core/diagnostics.js';
import { buildVersions } from '../../engine/offer/versions.js';
import type { Root } from '../../engine/types.js';
import { item4, trustOffer } from '../helpers/trust-offer.js';

const text = (versions: ReturnType<typeof buildVersions>, n: number): string => renderText(versions[n]?.documents['Offer to Exchange'] as Root);
const problems = (input: ReturnType<typeof trustOffer>): string[] =>
  diagnosticsOf(input.filings).filter((d) => d.fatal !== null).map((d) => `${d.file}:${d.line}:${d.column}: ${d.ruleId}`);

// Amendment No. 1 was to add a paragraph to Section 5, but its locator fails; the filer of Amendment No. 2 counted
// Section 5's paragraphs with it. Counting there without it would rewrite another paragraph than the one meant.
describe('an instruction counting where an earlier instruction was not applied', () => {
  const addToSection5 = item4('adding the following paragraph immediately following the fourth paragraph of Section 5 of the Offer to Exchange:\n\n            "We will also accept late tenders."');

  it('is held back (depends-on-unapplied), naming the instruction it depends on; one counting elsewhere is applied', () => {
    const input = trustOffer([
      [addToSection5],
      [item4('deleting in its entirety the third paragraph of Section 5 of the Offer to Exchange.'), item4('deleting in its entirety the first paragraph of Section 6 of the Offer to Exchange.')],
    ]);
    const versions = buildVersions(input);
    expect(problems(input)).toEqual(['amendment-1.txt:21:1: unresolved-target', 'amendment-2.txt:21:1: depends-on-unapplied']);
    const held = versions[2]?.problems.find((p) => p.ruleId === 'depends-on-unapplied');
    expect(held?.reason).toBe(
      'Cannot count paragraph `3` of section `5`: its region holds `amendment-1.txt:21:1` ("Item 4(a) of the Schedule TO is hereby amended…"), an earlier instruction that was not applied, so it is not applied either',
    );
    // Section 5's third paragraph stands; Section 6's paragraph is gone.
    expect(text(versions, 2)).toContain('French social charges may apply. We will report them to you.');
    expect(text(versions, 2)).not.toContain('We may terminate the offer');
    expect(versions[2]?.problems.map((p) => [p.notApplied, p.item, p.words.slice(0, 22)])).toEqual([[true, '4(a)', 'Item 4(a) of the Sched']]);
  });

  it('holds back a sentence count in the paragraph a failed sentence insertion named, but not a paragraph count', () => {
    const input = trustOffer([
      [item4('adding the following sentence immediately after the fourth sentence of the first paragraph of Section 5 of the Offer to Exchange:\n\n            "Late tenders are accepted."')],
      [
        item4('deleting in its entirety the third sentence of the first paragraph of Section 5 of the Offer to Exchange.'),
        item4('deleting in its entirety the third paragraph of Section 5 of the Offer to Exchange.'),
      ],
    ]);
    const versions = buildVersions(input);
    expect(problems(input)).toEqual(['amendment-1.txt:21:1: unresolved-target', 'amendment-2.txt:21:1: depends-on-unapplied']);
    expect(text(versions, 2)).toContain('You will be notified of our acceptance.');
    expect(text(versions, 2)).not.toContain('French social charges');
  });

  it('holds back in a chain: an instruction depending on one held back is held back too', () => {
    const input = trustOffer([
      [addToSection5],
      [item4('deleting in its entirety the second paragraph of Section 5 of the Offer to Exchange.')],
      [item4('deleting in its entirety the first paragraph of Section 5 of the Offer to Exchange.')],
    ]);
    const versions = buildVersions(input);
    expect(problems(input)).toEqual(['amendment-1.txt:21:1: unresolved-target', 'amendment-2.txt:21:1: depends-on-unapplied', 'amendment-3.txt:21:1: depends-on-unapplied']);
    expect(versions[3]?.problems[0]?.reason).toContain('`amendment-2.txt:21:1`');
    expect(text(versions, 3)).toBe(text(versions, 0));
  });

  it('holds nothing back when every earlier instruction was applied', () => {
    const input = trustOffer([
      [item4('adding the following paragraph immediately following the first paragraph of Section 5 of the Offer to Exchange:\n\n            "We will also accept late tenders."')],
      [item4('deleting in its entirety the second paragraph of Section 5 of the Offer to Exchange.')],
    ]);
    const versions = buildVersions(input);
    expect(problems(input)).toEqual([]);
    expect(text(versions, 2)).not.toContain('late tenders');
  });
});
