import { describe, expect, it } from 'vitest';
import { tokenize } from '../../engine/instructions/tokens.js';
import { readLocator } from '../../engine/instructions/locator/read.js';
import { readDocument } from '../../engine/instructions/locator/documents.js';
import { ordinalListEnd, readOrdinalList } from '../../engine/instructions/locator/ordinals.js';
import { readIds } from '../../engine/instructions/locator/units.js';
import type { Target } from '../../engine/types.js';
import { targetOf } from '../helpers/target.js';

const ordinals = (text: string): number[] | null => readOrdinalList(tokenize(text), 0)?.value ?? null;
const ids = (text: string): string[] | null => readIds(tokenize(text), 0)?.value.ids ?? null;
const documentOf = (text: string): string | null => readDocument(tokenize(text), 0)?.value.name ?? null;

const target = (fields: Partial<Target>): Target => targetOf({ scope: 'document', ...fields });
const locate = (text: string) => readLocator(tokenize(text), 'Offer to Purchase');

describe('tokenize', () => {
  it('keeps quotations, labels, ranges and words with offsets', () => {
    const tokens = tokenize('Item 4(a) of the "Q23. What?" paragraph (b), Items 1-12 and Schedule 14D-9');
    expect(tokens.map((t) => [t.kind, t.text])).toEqual([
      ['word', 'Item'], ['word', '4(a)'], ['word', 'of'], ['word', 'the'], ['quoted', 'Q23. What?'], ['word', 'paragraph'],
      ['label', '(b)'], ['punct', ','], ['word', 'Items'], ['number', '1'], ['punct', '-'], ['number', '12'], ['word', 'and'],
      ['word', 'Schedule'], ['word', '14D-9'],
    ]);
    expect(tokens[4]).toMatchObject({ start: 17, end: 29, closed: true });
  });

  it('collapses whitespace in a quotation broken over lines and nests curly quotes', () => {
    expect(tokenize('"What happens\n   if I elect"')[0]?.text).toBe('What happens if I elect');
    expect(tokenize('“the “Offer” as amended”')[0]?.text).toBe('the “Offer” as amended');
    expect(tokenize('"never closed')[0]).toMatchObject({ kind: 'quoted', text: 'never closed', closed: false });
  });
});

describe('ordinals', () => {
  it.each([
    ['first', [1]],
    ['twentieth', [20]],
    ['3rd', [3]],
    ['last', [-1]],
    ['final', [-1]],
    ['penultimate', [-2]],
    ['second to last', [-2]],
    ['next to last', [-2]],
    ['third from the end', [-3]],
    ['second from last', [-2]],
    ['second and third', [2, 3]],
    ['first, second and fourth', [1, 2, 4]],
    ['first, second, and fourth', [1, 2, 4]],
    ['first through third', [1, 2, 3]],
    ['second to fourth', [2, 3, 4]],
    ['2nd - 4th', [2, 3, 4]],
    ['first three', [1, 2, 3]],
    ['last two', [-2, -1]],
    ['second to last and last', [-2, -1]],
  ])('reads "%s"', (text, expected) => {
    expect(ordinals(text)).toEqual(expected);
    expect(ordinalListEnd(tokenize(`${text} sentences`), 0)).toEqual(readOrdinalList(tokenize(`${text} sentences`), 0)?.next);
  });

  it('reads nothing where there is no ordinal', () => {
    expect(ordinals('paragraph')).toBeNull();
  });
});

describe('ids after a unit word', () => {
  it.each([
    ['5 of', ['5']],
    ['12 and 13', ['12', '13']],
    ['1-12, as applicable', ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']],
    ['1 through 3', ['1', '2', '3']],
    ['(b) and (c)', ['(b)', '(c)']],
    ['4(a) of', ['4(a)']],
    ['3, 5 and 7', ['3', '5', '7']],
  ])('reads "%s"', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('documents', () => {
  it.each([
    ['the Offer to Exchange', 'Offer to Exchange'],
    ['the Offer to Exchange Outstanding Stock Options', 'Offer to Exchange'],
    ['Offer to Purchase', 'Offer to Purchase'],
    ['the Schedule TO', 'Schedule TO'],
    ['the Schedule 14D-9', 'Schedule 14D-9'],
    ['the Offer', 'Offer'],
  ])('reads "%s"', (text, expected) => {
    expect(documentOf(text)).toBe(expected);
  });

  it('does not read "the Offer to November 22" as a document title', () => {
    expect(readDocument(tokenize('the Offer to November 22, 2002'), 0)).toBeNull();
  });
});

describe('readLocator', () => {
  it('reads sentences of a paragraph on a page under a heading', () => {
    const found = locate('the second and third sentences of the second paragraph on page 7 of the Offer to Exchange, under the heading "Q23. What happens?"');
    expect(found.targets).toEqual([
      target({ document: 'Offer to Exchange', pages: [7], heading: 'Q23. What happens?', paragraph: 2, sentences: [2, 3], scope: 'sentence' }),
    ]);
  });

  it('reads the penultimate sentence of the final paragraph of a section', () => {
    expect(locate('the penultimate sentence of the final paragraph of Section 11').targets).toEqual([
      target({ document: 'Offer to Purchase', section: '11', paragraph: -1, sentences: [-2], scope: 'sentence' }),
    ]);
  });

  it('reads the first through third sentences', () => {
    expect(locate('the first through third sentences of the fourth paragraph of Section 2').targets[0]).toMatchObject({ sentences: [1, 2, 3], paragraph: 4 });
  });

  it('reads a paragraph captioned, a subsection entitled, and a caption under which', () => {
    expect(locate('the paragraph captioned "Odd Lots"').targets[0]).toMatchObject({ heading: 'Odd Lots', scope: 'paragraph' });
    expect(locate('the subsection entitled "Certain Legal Matters."').targets[0]).toMatchObject({ heading: 'Certain Legal Matters', scope: 'section' });
    expect(locate('the third paragraph under the caption "Background of the Offer"').targets[0]).toMatchObject({ heading: 'Background of the Offer', paragraph: 3, scope: 'paragraph' });
    expect(locate('the first paragraph under "Summary Term Sheet"').targets[0]).toMatchObject({ heading: 'Summary Term Sheet', paragraph: 1 });
  });

  it('keeps a question named by its number or label as the heading', () => {
    expect(locate('the third sentence of the answer to Question 23 of the Offer to Exchange').targets).toEqual([
      target({ document: 'Offer to Exchange', heading: 'Question 23', sentences: [3], scope: 'sentence' }),
    ]);
    expect(locate('the second paragraph under Question 9A').targets[0]).toMatchObject({ heading: 'Question 9A', paragraph: 2 });
    expect(locate('the last sentence in Q23').targets[0]).toMatchObject({ heading: 'Q23', sentences: [-1] });
    expect(locate('the question "How long do I have?"').targets[0]).toMatchObject({ heading: 'How long do I have?' });
    expect(locate('the first sentence of Quarter 23 and q23').targets[0]).toMatchObject({ heading: null });
  });

  it('reads an unquoted heading up to where the locator resumes', () => {
    const heading = (text: string) => locate(text).targets.map((t) => t.heading);
    expect(heading('under the heading Extension of Offer; Termination; Amendment in Section 14 of the Offer to Exchange')).toEqual(['Extension of Offer; Termination; Amendment']);
    expect(heading('the section entitled Conditions of the Offer on page 20')).toEqual(['Conditions of the Offer']);
    expect(heading('under the heading Source and Amount of Funds and replacing it with')).toEqual(['Source and Amount of Funds']);
    expect(heading('the caption Q23. What Happens? on page 7')).toEqual(['Q23. What Happens?']);
    expect(heading('the paragraph under the heading Odd Lots, in Section 1')).toEqual(['Odd Lots']);
    expect(locate('the first paragraph under the heading Odd Lots').unreadable).toEqual([]);
  });

  it('reads no unquoted heading where none is named', () => {
    expect(locate('options granted under the TTI Plan').targets[0]?.heading).toBeNull();
    expect(locate('adding the following new heading and paragraph').targets[0]?.heading).toBeNull();
    expect(locate('the paragraph under Section 5').targets[0]).toMatchObject({ heading: null, section: '5' });
    expect(locate('the heading "Odd Lots"').targets[0]?.heading).toBe('Odd Lots');
  });

  it('marks an unquoted heading whose end cannot be told as unreadable, not as a shorter heading', () => {
    const found = locate('the paragraph under the heading Extension of the offer period in Section 14');
    expect(found.targets[0]?.heading).toBeNull();
    expect(found.unreadable).toHaveLength(1);
  });

  it('expands a list of captions to one target each', () => {
    const found = locate('the first sentence of the second paragraph of each of the disclosures on pages 30 and 31 in the sections entitled "A", "B" and "C"');
    expect(found.targets.map((t) => [t.heading, t.pages, t.paragraph, t.sentences])).toEqual([
      ['A', [30, 31], 2, [1]],
      ['B', [30, 31], 2, [1]],
      ['C', [30, 31], 2, [1]],
    ]);
  });

  it('expands a list of sections and of paragraphs', () => {
    expect(locate('Sections 3 and 5 of the Offer to Purchase').targets.map((t) => t.section)).toEqual(['3', '5']);
    // A run of paragraphs is one target; the builder makes one deletion per paragraph of it.
    expect(locate('the second and third paragraphs of Section 9').targets.map((t) => [t.paragraph, t.paragraphs])).toEqual([[null, [2, 3]]]);
  });

  it('reads positions and their anchors', () => {
    expect(locate('immediately following the third paragraph of Section 5')).toMatchObject({ position: 'after', anchor: { kind: 'unit', unit: 'paragraph' } });
    expect(locate('immediately prior to the disclosure entitled "France"')).toMatchObject({ position: 'before', anchor: { kind: 'unit', unit: 'heading' } });
    expect(locate('to the end of the second paragraph')).toMatchObject({ position: 'end', anchor: { kind: 'unit', unit: 'paragraph' } });
    expect(locate('at the beginning of Section 4')).toMatchObject({ position: 'start' });
    expect(locate('Section 11 at the end')).toMatchObject({ position: 'end', anchor: null });
    expect(locate('as the last sentence of the third paragraph')).toMatchObject({ position: 'end', anchor: { kind: 'unit', unit: 'paragraph' } });
  });

  it('reads the new-text marker and text given inline', () => {
    expect(locate('with the following clause:').newText).toEqual({ unit: 'clause', text: null });
    expect(locate('to read as follows: "Friday, March 28, 2005."').newText).toEqual({ unit: null, text: 'Friday, March 28, 2005.' });
    expect(locate('replacing it with "the Purchaser"').newText).toEqual({ unit: null, text: 'the Purchaser' });
  });

  it('takes the statement for an Item and the offer document for "the Offer"', () => {
    expect(locate('Item 2(b) ... paragraph (b)').targets[0]).toMatchObject({ document: 'Schedule TO', item: '2(b)', paragraph: '(b)', scope: 'paragraph' });
    expect(locate('Items 1-12, as applicable, of the Schedule TO').targets[0]).toMatchObject({ document: 'Schedule TO', item: '1-12', scope: 'item' });
    expect(locate('Item 4 of the Schedule 14D-9').targets[0]).toMatchObject({ document: 'Schedule 14D-9', item: '4' });
    expect(locate('Section 3 of the Offer').targets[0]).toMatchObject({ document: 'Offer to Purchase', section: '3' });
  });

  it('passes over definitions and incorporation clauses', () => {
    const found = locate('the TTI Plan (the "TTI Plan" as defined on page 4), which was previously incorporated by reference into the Schedule TO, and the first paragraph');
    expect(found.targets[0]).toMatchObject({ document: 'Offer to Purchase', pages: [], heading: null, paragraph: 1 });
  });
});

describe('readLocator: long runs, read once each, read as short ones', () => {
  it('skips a run of adjectives to the unit', () => {
    expect(locate(`the second ${'- '.repeat(40)}paragraph of Section 5`).targets).toEqual([
      target({ document: 'Offer to Purchase', section: '5', paragraph: 2, scope: 'paragraph' }),
    ]);
  });

  it('reads a long list of ordinals, and passes over one no unit follows', () => {
    expect(locate(`the ${'first, '.repeat(30)}and second sentences`).targets[0]?.sentences).toEqual([1, 2]);
    expect(locate(`${'first, '.repeat(30)}in any event the third sentence`).targets[0]?.sentences).toEqual([3]);
  });

  it('passes over parentheses left open and reads the title after a number', () => {
    expect(locate(`${'( '.repeat(40)}Section 3 ("Procedures") (the "Plan" (as defined))`).targets).toEqual([
      target({ document: 'Offer to Purchase', section: '3', heading: 'Procedures', scope: 'section' }),
    ]);
  });

  it('reads a long run of words after "under the heading" once, bounded or not', () => {
    const run = 'Heading '.repeat(4000);
    expect(locate(`the paragraph under the heading ${run}in Section 5`).targets[0]).toMatchObject({ section: '5', heading: run.trim() });
    expect(locate(`the paragraph under the heading ${run}period in Section 5`).unreadable).toHaveLength(1);
  });

  it('reads an incorporation clause after a run of "that"', () => {
    expect(locate(`${'that '.repeat(40)}was previously incorporated by reference, the first paragraph`).targets[0]).toMatchObject({ paragraph: 1 });
    expect(locate(`${'that '.repeat(40)}Section 4, which was previously filed`).targets[0]).toMatchObject({ section: '4' });
  });
});
