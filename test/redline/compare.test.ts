import { describe, expect, it } from 'vitest';
import { compare } from '../../engine/redline/compare.js';
import { paragraph, root, sentence } from '../../engine/core/nodes.js';
import { applyChanges } from '../helpers/splice.js';
import type { Root } from '../../engine/types.js';
import { redlineXml, smallDoc } from '../helpers/redline-fixture.js';

const doc = (paragraphs: string[][]): Root => root(paragraphs.map((p) => paragraph(p.map((s) => sentence(s, null)))), 'text');

const first = 'Eligible employees may exchange options granted under the 1997 Stock Incentive Plan.';
const second = 'The exchange ratio is one new option for each two options surrendered.';
const third = 'Options surrendered in the offer will be cancelled on the expiration date.';

describe('compare (diff-derived)', () => {
  it('diffs words only inside the sentence that changed', () => {
    const a = doc([[first, second], [third]]);
    const b = doc([[first, second.replace('two', 'three')], [third]]);
    expect(redlineXml(compare(a, b))).toBe(`${first} The exchange ratio is one new option for each <del>two</del><ins>three</ins> options surrendered.\n\n${third}\n`);
  });

  it('shows inserted and deleted paragraphs whole', () => {
    const result = compare(doc([[first], [second]]), doc([[second], [third]]));
    expect(redlineXml(result)).toBe(`<del>${first}\n\n</del>${second}<ins>\n\n${third}</ins>\n`);
    expect(result.changes.map((c) => c.kind)).toEqual(['delete', 'insert']);
  });

  it('shows a paragraph found whole elsewhere as a move, its two halves naming each other', () => {
    const result = compare(doc([[first], [second], [third]]), doc([[second], [third], [first]]));
    expect(result.changes.map((c) => [c.id, c.kind, c.pair])).toEqual([
      ['c1', 'moveFrom', 'c2'],
      ['c2', 'moveTo', 'c1'],
    ]);
    expect(result.changes[0]!.from.text).toBe(`${first}\n\n`);
    expect(applyChanges(result.from.text, result.changes)).toBe(result.to.text);
  });

  it('strikes a rewritten sentence whole rather than shredding it', () => {
    const a = doc([[first, second]]);
    const b = doc([[first, 'Nothing in this offer is a recommendation.']]);
    expect(redlineXml(compare(a, b))).toBe(`${first} <del>${second}</del><ins>Nothing in this offer is a recommendation.</ins>\n`);
  });

  it('round-trips between documents with nothing in common, and finds nothing between equal ones', () => {
    const a = smallDoc();
    const b = doc([[third, first], [second]]);
    const result = compare(a, b, { from: 'a.txt', to: 'b.txt' });
    expect(applyChanges(result.from.text, result.changes)).toBe(result.to.text);
    expect(result.from.label).toBe('a.txt');
    expect(compare(a, smallDoc()).changes).toEqual([]);
  });
});
