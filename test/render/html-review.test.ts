import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { Element, Nodes, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../engine/render/html.js';
import type { AmendmentTally, Problem, Redline, ReviewPoint } from '../../engine/types.js';
import { sampleRedline } from '../helpers/redline-fixture.js';

// The review page shows the problems and review points a redline carries (instructions not applied, places a person
// must look at), read from their shape; a point placed in the to-text gets a flag there, before its words.

const elements = (node: Nodes): Element[] => [...(node.type === 'element' ? [node] : []), ...('children' in node ? (node.children as Nodes[]).flatMap(elements) : [])];
const textOf = (node: Nodes): string => (node.type === 'text' ? node.value : 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '');
const page = (redline: Redline): Root => unified().use(rehypeParse).parse(renderHtml(redline)) as Root;
const select = (tree: Root, tag: string, className: string): Element[] =>
  elements(tree).filter((el) => el.tagName === tag && ((el.properties?.className as string[] | undefined) ?? []).includes(className));

function withPoints(): Redline {
  const redline = sampleRedline();
  const at = redline.to.text.indexOf('You may withdraw');
  const problem: Problem = { version: 2, amendment: 'Amendment No. 2', item: '4', file: 'amendment-2.txt', line: 30, column: 1, words: 'Item 4 is hereby amended by deleting the fourth sentence', reason: 'Cannot find sentence `4` of paragraph `1`', ruleId: 'unresolved-target', level: 'warning' as const, notApplied: true, candidates: [] };
  const placed: ReviewPoint = { kind: 'global-edit', version: 1, amendment: 'Amendment No. 1', document: 'Offer to Exchange', text: 'You may withdraw at any time.', note: 'a date an extension rewrote', plan: null, source: { file: 'amendment-1.txt', item: '4', line: 10, column: 1 }, candidates: [], start: at, end: at + 29 };
  const unplaced: ReviewPoint = { ...placed, kind: 'withdrawal', note: 'a sentence about a withdrawn plan', start: null, end: null };
  const tallies: AmendmentTally[] = [{ version: 2, amendment: 'Amendment No. 2', instructions: 3, notApplied: 1 }];
  return { ...redline, problems: [problem], review: [placed, unplaced], tallies };
}

describe('problems and review points on the review page', () => {
  it('lists each instruction not applied with its place, reason and words, under its amendment\'s tally', () => {
    const [section] = select(page(withPoints()), 'section', 'problems');
    expect(section?.properties?.role).toBe('alert');
    expect(textOf(section as Element)).toBe(
      '1 of 3 instructions of Amendment No. 2 was not appliedamendment-2.txt:30:1: warning: Cannot find sentence `4` of paragraph `1` [unresolved-target]Amendment No. 2, Item 4: “Item 4 is hereby amended by deleting the fourth sentence”',
    );
  });

  it('flags a review point before its words in the text and links to the flag; an unplaced point has no link', () => {
    const tree = page(withPoints());
    const flags = select(tree, 'a', 'flag');
    expect(flags.map((f) => f.properties?.id)).toEqual(['r1']);
    const [paragraph] = elements(tree).filter((el) => el.tagName === 'p' && elements(el).includes(flags[0] as Element));
    expect(textOf(paragraph as Element)).toMatch(/2002\. ⚑You may withdraw at any time\.$/);
    const [section] = select(tree, 'section', 'review');
    expect(select(tree, 'a', 'to-flag').map((a) => a.properties?.href)).toEqual(['#r1']);
    expect(textOf(section as Element)).toContain('a sentence about a withdrawn plan: You may withdraw at any time.');
  });

  it('shows neither section for a redline that carries none', () => {
    const tree = page(sampleRedline());
    expect([...select(tree, 'section', 'problems'), ...select(tree, 'section', 'review'), ...select(tree, 'a', 'flag')]).toEqual([]);
  });
});
