import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockContexts } from '../../engine/read/context.js';
import { ingest } from '../../engine/read/ingest.js';
import { buildTextTree } from '../../engine/read/text/tree.js';
import type { Block, Paragraph, Root } from '../../engine/types.js';

const path = 'corpus/sonus-2002-option-exchange/offer-to-exchange.txt';
const tree: Root = buildTextTree(ingest(path, readFileSync(new URL(`../../${path}`, import.meta.url))));
const contexts = blockContexts(tree);
const norm = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

const headingIndex = (start: string): number => {
  const found = tree.children.flatMap((node, i) => (node.type === 'heading' && norm(node.value).startsWith(norm(start)) ? [i] : []));
  expect(found, `heading ${start}`).toHaveLength(1);
  return found[0] as number;
};
/** Paragraphs under a heading (until the next heading of equal or lower depth). */
const paragraphsUnder = (index: number): Paragraph[] =>
  tree.children.filter((node, i): node is Paragraph => node.type === 'paragraph' && (contexts[i]?.headings.includes(index) ?? false));
/** Paragraphs that start on a printed page, in order. */
const paragraphsStartingOn = (page: number): Paragraph[] =>
  tree.children.filter((node): node is Paragraph => node.type === 'paragraph' && node.pages[0] === page);
const firstBlockOn = (page: number): Block | undefined =>
  tree.children.find((node) => (node.type === 'paragraph' ? node.pages[0] : node.page) === page);
const sentences = (p: Paragraph | undefined): string[] => p?.children.map((s) => s.value) ?? [];

describe('the synthetic Offer to Exchange, counted as Amendment No. 2 cites it', () => {
  it('is a full document: over 32 printed pages and 15,000 words', () => {
    const numbered = tree.data.pages.filter((p) => p.number !== null);
    expect(numbered.length).toBeGreaterThanOrEqual(32);
    const words = tree.children.flatMap((n) => (n.type === 'paragraph' ? n.children.map((s) => s.value) : [n.value])).join(' ').split(/\s+/);
    expect(words.length).toBeGreaterThanOrEqual(15000);
  });

  it('page 7: Q23 opens the page and its second paragraph has the right-to-reject sentences 2 and 3', () => {
    const q23 = headingIndex('Q23. What happens if I elect not to surrender any options pursuant to this offer');
    expect(firstBlockOn(7)).toBe(tree.children[q23]);
    const second = paragraphsUnder(q23)[1];
    expect(second).toBe(paragraphsStartingOn(7)[1]);
    expect(second?.pages).toEqual([7]);
    const [s1, s2, s3] = sentences(second);
    expect(sentences(second).length).toBeGreaterThanOrEqual(3);
    expect(s1).toMatch(/reserved the right.*to reject any or all options surrendered/);
    expect(s2).toMatch(/reserved this right/);
    expect(s3).toMatch(/IRS might take the position/);
  });

  it('page 11, Section 3: the run-in heading opens a paragraph whose 5th sentence rejects and whose 2nd to last waives', () => {
    const index = tree.children.findIndex((n) => n.type === 'paragraph' && n.runIn?.startsWith('DETERMINATION OF VALIDITY; REJECTION OF OPTIONS; WAIVER OF DEFECTS; NO OBLIGATION TO GIVE NOTICE OF DEFECTS.'));
    const paragraph = tree.children[index] as Paragraph;
    expect(contexts[index]?.section).toBe('3');
    expect(paragraph.pages).toEqual([11]);
    const list = sentences(paragraph);
    expect(list.length).toBeGreaterThanOrEqual(7);
    expect(list[4]).toMatch(/right to reject/);
    expect(list[list.length - 2]).toMatch(/waive any of the conditions.*particular optionholder\.$/);
  });

  it('page 12, Section 5: third paragraph accepts promptly; the fourth runs onto page 13 and ends on death or termination', () => {
    const section5 = headingIndex('5. Acceptance of Options for Exchange and Grant of New Options');
    expect(firstBlockOn(12)).toBe(tree.children[section5]);
    const [, , third, fourth] = paragraphsUnder(section5);
    expect(third?.pages).toEqual([12]);
    expect(sentences(third).length).toBeGreaterThanOrEqual(3);
    expect(sentences(third).at(-2)).toMatch(/accept promptly following the expiration date all properly tendered options/);
    expect(fourth?.pages).toEqual([12, 13]);
    expect(sentences(fourth).at(-1)).toMatch(/^This means that if you die, become disabled or your employment .* terminates/);
  });

  it('Section 8 has the subsection on the TTI Plan amendment', () => {
    const index = headingIndex('Amendment to the TTI Plan and Stock Option Agreement');
    expect(contexts[index]?.section).toBe('8');
    expect(paragraphsUnder(index).length).toBeGreaterThanOrEqual(1);
  });

  it('page 25, Section 9: the last paragraph of the page closes the incentive stock option risk factor', () => {
    const risk = headingIndex('Even if you elect not to participate in this offer, your incentive stock options may be affected');
    expect(contexts[risk]?.section).toBe('9');
    const last = paragraphsUnder(risk).at(-1);
    expect(last).toBe(paragraphsStartingOn(25).at(-1));
    expect(last?.pages).toEqual([25]);
    expect(sentences(last).length).toBeGreaterThanOrEqual(4);
    expect(sentences(last)[2]).toMatch(/Private Letter Ruling No\. 9129048/);
  });

  it('page 29, Section 13: the fifth paragraph under the non-tendering caption, then France running onto page 30', () => {
    const caption = headingIndex('Consequences to Non-Tendering Holders of Incentive Stock Options');
    expect(contexts[caption]?.section).toBe('13');
    expect(firstBlockOn(29)).toBe(tree.children[caption]);
    const fifth = paragraphsStartingOn(29)[4];
    expect(fifth).toBe(paragraphsUnder(caption)[4]);
    expect(sentences(fifth).length).toBeGreaterThanOrEqual(3);
    expect(sentences(fifth)[1]).toMatch(/reserved this right to protect the tax status/);
    const france = headingIndex('France: Material Tax Consequences for Employees who are Tax Residents in France');
    expect(tree.children[france]?.type === 'heading' && tree.children[france].page).toBe(29);
    const [first, firstFull] = paragraphsUnder(france);
    expect(first?.pages).toEqual([29, 30]);
    expect(firstFull).toBe(paragraphsStartingOn(30)[0]);
    expect(sentences(firstFull).length).toBeGreaterThanOrEqual(2);
  });

  it.each(['Germany', 'Japan', 'Singapore', 'United Kingdom'])(
    'pages 30-31: %s has a second paragraph opening on tax at surrender or grant',
    (country) => {
      const index = headingIndex(`${country}: Material Tax Consequences for Employees who are Tax Residents in`);
      const second = paragraphsUnder(index)[1];
      expect(paragraphsUnder(index).length).toBeGreaterThanOrEqual(2);
      expect([30, 31]).toContain(second?.pages[0]);
      expect(sentences(second)[0]).toMatch(/tax|taxable/);
      expect(sentences(second)[0]).toMatch(/surrender|grant/);
    },
  );

  it('keeps the TTI Plan eligible in many places and the November 14, 2002 expiration in at least 8', () => {
    const text = tree.children.map((n) => (n.type === 'paragraph' ? sentences(n).join(' ') : n.value)).join('\n');
    expect(tree.children.filter((n) => n.type === 'paragraph' && /TTI Plan|Ansari Agreement/.test(sentences(n).join(' '))).length).toBeGreaterThanOrEqual(10);
    expect(text.match(/November 14, 2002/gi)?.length ?? 0).toBeGreaterThanOrEqual(8);
    expect(text).toContain('5 P.M., EASTERN TIME, ON NOVEMBER 14, 2002');
  });
});
