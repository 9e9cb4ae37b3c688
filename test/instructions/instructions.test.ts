import { describe, expect, it } from 'vitest';
import { ingest } from '../../engine/read/ingest.js';
import { parseInstructions } from '../../engine/instructions/parse.js';
import { buildTree } from '../../engine/read/tree.js';
import type { Instruction } from '../../engine/types.js';
import { edit } from '../phrasings/frame.js';

/** A small filing: an introduction naming the Offer to Purchase (and dating it 2005), Item 4, then the instruction on line 5. */
function parse(say: string, after = ''): { instructions: Instruction[]; messages: string[] } {
  const intro =
    'This Amendment No. 1 amends and supplements the Tender Offer Statement on Schedule TO filed with the Securities and ' +
    'Exchange Commission on February 14, 2005, relating to the offer described in the Offer to Purchase, dated February 14, 2005 ' +
    '(the "Offer to Purchase").';
  const file = ingest('filing.txt', `${intro}\n\nITEM 4.  TERMS OF THE TRANSACTION.\n\n${say}\n\n${after}\n`);
  const { instructions } = parseInstructions(file, buildTree(file));
  return { instructions, messages: file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`) };
}

/** An instruction with every field not given at its empty value; the target's item defaults to the Item 4 heading. */
const expected = edit;

const quoted = '    "New text, with an "inner" quotation."';
const newText = 'New text, with an "inner" quotation.';

describe('phrasings beyond the seeds', () => {
  it.each<[string, string, string, Instruction[]]>([
    [
      'the penultimate sentence',
      'The penultimate sentence of the third paragraph of Section 5 of the Offer to Purchase is hereby deleted in its entirety.',
      '',
      [expected('delete', { section: '5', paragraph: 3, sentences: [-2] })],
    ],
    [
      'the subject replaced by "replacing it with the following"',
      'The penultimate sentence of the first paragraph on page 14 of the Offer to Purchase is hereby amended by replacing it with the following:',
      quoted,
      [expected('replace', { pages: [14], paragraph: 1, sentences: [-2] }, { text: newText })],
    ],
    [
      'the subject deleted by "deleting it in its entirety"',
      'The second paragraph of Section 7 of the Offer to Purchase is hereby amended by deleting it in its entirety.',
      '',
      [expected('delete', { section: '7', paragraph: 2, scope: 'paragraph' })],
    ],
    [
      'the final paragraph, amended and restated to read as follows',
      'The final paragraph of Section 14 of the Offer to Purchase is hereby amended and restated in its entirety to read as follows:',
      quoted,
      [expected('replace', { section: '14', paragraph: -1, scope: 'paragraph' }, { text: newText })],
    ],
    [
      'the paragraph captioned',
      'The paragraph captioned "Odd Lots." in Section 1 of the Offer to Purchase is hereby deleted.',
      '',
      [expected('delete', { section: '1', heading: 'Odd Lots', scope: 'paragraph' })],
    ],
    [
      'under the caption',
      'The second paragraph under the caption "Background of the Offer" in the Offer to Purchase is hereby amended and restated to read as follows:',
      quoted,
      [expected('replace', { heading: 'Background of the Offer', paragraph: 2, scope: 'paragraph' }, { text: newText })],
    ],
    [
      'the subsection entitled ... immediately following the third paragraph',
      'The subsection entitled "Certain Legal Matters" of Section 12 of the Offer to Purchase is hereby amended by adding the following paragraph immediately following the third paragraph thereof:',
      quoted,
      [expected('insert', { section: '12', heading: 'Certain Legal Matters', paragraph: 3, scope: 'paragraph' }, { position: 'after', text: newText })],
    ],
    [
      'the first through third sentences',
      'The first through third sentences of the second paragraph of Section 2 of the Offer to Purchase are hereby deleted and replaced with the following:',
      quoted,
      [expected('replace', { section: '2', paragraph: 2, sentences: [1, 2, 3] }, { text: newText })],
    ],
    [
      'adding the following paragraph at the end',
      'Section 11 of the Offer to Purchase is amended by adding the following paragraph at the end:',
      quoted,
      [expected('insert', { section: '11', scope: 'section' }, { position: 'end', text: newText })],
    ],
    [
      'all references to a date amended to read another, the year taken from the first',
      'All references to March 14, 2005 in the Offer to Purchase are amended to read March 28.',
      '',
      [expected('extend', { scope: 'document' }, { expiration: '2005-03-28' })],
    ],
    [
      'all references to a date with no year, the year taken from the filing',
      'All references to March 14 are hereby amended to read March 28.',
      '',
      [expected('extend', { scope: 'document' }, { expiration: '2005-03-28' })],
    ],
    [
      'the Expiration Date is extended',
      'The Expiration Date is extended to 12:00 midnight, New York City time, on Friday, March 28, 2005.',
      '',
      [expected('extend', { scope: 'document' }, { expiration: '2005-03-28' })],
    ],
    [
      'quoted dates: all references amended to read',
      'All references to "March 14, 2005" in the Offer to Purchase are hereby amended to read "March 28, 2005".',
      '',
      [expected('extend', { scope: 'document' }, { expiration: '2005-03-28' })],
    ],
    [
      'quoted dates: one replaced with another throughout',
      'The Offer to Purchase is hereby amended by replacing "March 14, 2005" with "March 28, 2005" in each place it appears.',
      '',
      [expected('extend', { scope: 'document' }, { expiration: '2005-03-28' })],
    ],
    [
      'quoted dates: references in a document amended to refer to',
      'All references in the Offer to Purchase to "12:00 midnight, New York City time, on Monday, March 14, 2005" are hereby amended to refer to "12:00 midnight, New York City time, on Monday, March 28, 2005."',
      '',
      [expected('extend', { scope: 'document' }, { expiration: '2005-03-28' })],
    ],
    [
      'a lead-in with no operation of its own is passed over',
      'Items 1 through 11 of the Schedule TO, to the extent such Items incorporate by reference the information contained in the Offer to Purchase, are hereby amended as follows:',
      '1. The Offer to Purchase is hereby amended by deleting Section 9 in its entirety.',
      [expected('delete', { section: '9', scope: 'section' }, { source: { line: 7, column: 1 } })],
    ],
    [
      'the Offer is extended until',
      'The Offer is hereby extended until 5:00 p.m., New York City time, on April 4, 2005.',
      '',
      [expected('extend', { scope: 'document' }, { expiration: '2005-04-04' })],
    ],
    [
      'revising all appropriate dates, Items 1 through 11',
      'Items 1 through 11 of the Schedule TO are hereby amended by revising all appropriate dates throughout the Offer to Purchase to reflect the extension of the Offer to April 4, 2005.',
      '',
      [expected('extend', { item: '1-11', scope: 'document' }, { expiration: '2005-04-04' })],
    ],
    [
      'Schedule 14D-9',
      'Item 4 of the Schedule 14D-9 is hereby amended and supplemented by adding the following at the end thereof:',
      quoted,
      [expected('insert', { document: 'Schedule 14D-9', scope: 'item' }, { position: 'end', text: newText })],
    ],
    [
      '"the Offer" as the offer document',
      'Section 3 of the Offer is hereby amended by deleting the last sentence of the fourth paragraph.',
      '',
      [expected('delete', { section: '3', paragraph: 4, sentences: [-1] })],
    ],
    [
      'immediately after the second sentence of the first paragraph on a page',
      'The Offer to Purchase is hereby amended and supplemented by adding the following sentence immediately after the second sentence of the first paragraph on page 3:',
      quoted,
      [expected('insert', { pages: [3], paragraph: 1, sentences: [2] }, { position: 'after', text: newText })],
    ],
    [
      'inserting immediately before the last paragraph',
      'Section 7 of the Offer to Purchase is hereby amended by inserting the following paragraph immediately before the last paragraph of Section 7:',
      quoted,
      [expected('insert', { section: '7', paragraph: -1, scope: 'paragraph' }, { position: 'before', text: newText })],
    ],
    [
      'to the beginning of a paragraph',
      'The Offer to Purchase is hereby amended by adding the following sentence to the beginning of the second paragraph of Section 6:',
      quoted,
      [expected('insert', { section: '6', paragraph: 2, scope: 'paragraph' }, { position: 'start', text: newText })],
    ],
    [
      'the paragraph preceded by the bold heading, amended to read',
      'The third sentence of the paragraph preceded by the bold heading "Withdrawal Rights" in Section 4 is hereby amended to read:',
      quoted,
      [expected('replace', { section: '4', heading: 'Withdrawal Rights', sentences: [3] }, { text: newText })],
    ],
    [
      'the next to last sentence',
      'The next to last sentence of the second paragraph of Section 9 of the Offer to Purchase is hereby deleted.',
      '',
      [expected('delete', { section: '9', paragraph: 2, sentences: [-2] })],
    ],
    [
      'the third sentence from the end',
      'The third sentence from the end of the fifth paragraph of Section 10 of the Offer to Purchase is hereby deleted.',
      '',
      [expected('delete', { section: '10', paragraph: 5, sentences: [-3] })],
    ],
    [
      'the first three sentences of the last paragraph',
      'The first three sentences of the last paragraph of Section 1 of the Offer to Purchase are hereby amended and restated in their entirety as follows:',
      quoted,
      [expected('replace', { section: '1', paragraph: -1, sentences: [1, 2, 3] }, { text: newText })],
    ],
    [
      'the last two paragraphs, one instruction each',
      'The last two paragraphs of Section 10 of the Offer to Purchase are hereby deleted in their entirety.',
      '',
      [expected('delete', { section: '10', paragraph: -2, scope: 'paragraph' }), expected('delete', { section: '10', paragraph: -1, scope: 'paragraph' })],
    ],
    [
      'a lettered paragraph of an Item',
      'Paragraph (c) of Item 3 of the Schedule TO is hereby amended and restated in its entirety as follows:',
      quoted,
      [expected('replace', { document: 'Schedule TO', item: '3', paragraph: '(c)', scope: 'paragraph' }, { text: newText })],
    ],
    [
      'an Item supplemented with plain paragraphs',
      'Item 11 of the Schedule TO is hereby amended and supplemented by adding the following:',
      'On March 1, 2005, the Purchaser issued a press release.\n\nA copy of it is filed as Exhibit (a)(5)(C).',
      [expected('insert', { document: 'Schedule TO', item: '11', scope: 'item' }, { position: 'end', text: 'On March 1, 2005, the Purchaser issued a press release.\n\nA copy of it is filed as Exhibit (a)(5)(C).' })],
    ],
    [
      'an Item amended in its entirety to read',
      'Item 1 of the Schedule TO is amended in its entirety to read as follows:',
      quoted,
      [expected('replace', { document: 'Schedule TO', item: '1', scope: 'item' }, { text: newText })],
    ],
    [
      'withdrawn with respect to all options under a plan',
      'The Offer has been withdrawn with respect to all Options granted under the 2000 Stock Plan.',
      '',
      [expected('withdraw', { scope: 'document' }, { plan: '2000 Stock Plan' })],
    ],
    [
      'withdrawn for two plans, one instruction each',
      'The Offer has been withdrawn with respect to all options granted under the TTI Plan and the 1995 Plan.',
      '',
      [expected('withdraw', { scope: 'document' }, { plan: 'TTI Plan' }), expected('withdraw', { scope: 'document' }, { plan: '1995 Plan' })],
    ],
    [
      'withdrawn for three plans listed with commas',
      'The Offer has been withdrawn with respect to all options granted under the A Plan, the B Plan and the C Plan.',
      '',
      ['A Plan', 'B Plan', 'C Plan'].map((plan) => expected('withdraw', { scope: 'document' }, { plan })),
    ],
    [
      'withdrawn for two plans, one named in full with its company and defined term',
      'The Offer has been withdrawn with respect to all options granted under the TTI Plan and the Amended and Restated Sonus Networks, Inc. 1997 Stock Incentive Plan (the "1997 Plan").',
      '',
      [expected('withdraw', { scope: 'document' }, { plan: 'TTI Plan' }), expected('withdraw', { scope: 'document' }, { plan: '1997 Plan' })],
    ],
    [
      'withdrawn for a plan named in full, by its defined term',
      'The Offer has been withdrawn with respect to all options granted under the Acme Widgets, Ltd. 2001 Option Plan (the "2001 Plan").',
      '',
      [expected('withdraw', { scope: 'document' }, { plan: '2001 Plan' })],
    ],
    [
      'withdrawn for a plan whose name has "and" in it',
      'The Offer has been withdrawn with respect to all options granted under the 1998 Stock Option and Incentive Plan.',
      '',
      [expected('withdraw', { scope: 'document' }, { plan: '1998 Stock Option and Incentive Plan' })],
    ],
    [
      'withdrawn for a plan, and a clause after it that names no plan',
      'The Offer has been withdrawn with respect to all options granted under the TTI Plan and held by former employees.',
      '',
      [expected('withdraw', { scope: 'document' }, { plan: 'TTI Plan' })],
    ],
    [
      'withdrawn with respect to a class',
      'The Offer is hereby withdrawn with respect to all Class B Shares.',
      '',
      [expected('withdraw', { scope: 'document' }, { plan: 'Class B Shares' })],
    ],
    [
      "a section's parenthesised title is its heading",
      'Section 8 ("Certain Information Concerning the Company") of the Offer to Purchase is hereby amended by deleting the second paragraph in its entirety.',
      '',
      [expected('delete', { section: '8', heading: 'Certain Information Concerning the Company', paragraph: 2, scope: 'paragraph' })],
    ],
    [
      'a lead-in announcing numbered instructions is passed over',
      'Item 4 of the Schedule TO, which incorporates by reference the information contained in the Offer to Purchase, is hereby amended and supplemented as follows:',
      '1. Section 9 of the Offer to Purchase is hereby deleted in its entirety.',
      [expected('delete', { section: '9', scope: 'section' }, { source: { line: 7, column: 1 } })],
    ],
    [
      'the risk factor entitled ... on page',
      'The risk factor entitled "We may not complete the Offer" on page 12 of the Offer to Purchase is hereby deleted in its entirety.',
      '',
      [expected('delete', { pages: [12], heading: 'We may not complete the Offer', scope: 'section' })],
    ],
    [
      'a question of the summary term sheet',
      'The answer to the question "How long do I have to decide whether to tender?" in the Offer to Purchase is hereby amended and restated in its entirety to read as follows:',
      quoted,
      [expected('replace', { heading: 'How long do I have to decide whether to tender?', scope: 'section' }, { text: newText })],
    ],
    [
      'the answer to a question named by its number',
      'Item 4 of the Schedule TO is hereby amended by deleting the third sentence of the answer to Question 23 of the Offer to Purchase.',
      '',
      [expected('delete', { heading: 'Question 23', sentences: [3] })],
    ],
    [
      'a paragraph under a question named by its number',
      'The second paragraph under Question 23 of the Offer to Purchase is hereby deleted.',
      '',
      [expected('delete', { heading: 'Question 23', paragraph: 2, scope: 'paragraph' })],
    ],
    [
      'a question named by its label, in Q23',
      'The last sentence of the first paragraph in Q23 of the Offer to Purchase is hereby deleted.',
      '',
      [expected('delete', { heading: 'Q23', paragraph: 1, sentences: [-1] })],
    ],
    [
      'two questions named by number, one instruction each',
      'The answers to Questions 4 and 5 of the Offer to Purchase are hereby deleted in their entirety.',
      '',
      [expected('delete', { heading: 'Question 4', scope: 'section' }), expected('delete', { heading: 'Question 5', scope: 'section' })],
    ],
    [
      'a numeric ordinal',
      'The 2nd paragraph of Section 3 of the Offer to Purchase is hereby deleted.',
      '',
      [expected('delete', { section: '3', paragraph: 2, scope: 'paragraph' })],
    ],
    [
      'as the last sentence of',
      'Section 1 of the Offer to Purchase is hereby amended by adding the following new sentence as the last sentence of the third paragraph:',
      quoted,
      [expected('insert', { section: '1', paragraph: 3, scope: 'paragraph' }, { position: 'end', text: newText })],
    ],
    [
      'two paragraphs deleted, one instruction each',
      'Section 2 of the Offer to Purchase is amended by deleting the fourth and fifth paragraphs thereof.',
      '',
      [expected('delete', { section: '2', paragraph: 4, scope: 'paragraph' }), expected('delete', { section: '2', paragraph: 5, scope: 'paragraph' })],
    ],
    [
      'replacement given inline',
      'The second sentence of the first full paragraph on page 14 of the Offer to Purchase is hereby replaced with "We will pay for Shares promptly."',
      '',
      [expected('replace', { pages: [14], paragraph: 'first-full', sentences: [2] }, { text: 'We will pay for Shares promptly.' })],
    ],
    [
      'the second full paragraph on a page',
      'The second full paragraph on page 12 of the Offer to Purchase is hereby deleted in its entirety.',
      '',
      [expected('delete', { pages: [12], paragraph: '2-full', scope: 'paragraph' })],
    ],
    [
      'the last sentence of the last full paragraph on a page',
      'The last sentence of the last full paragraph on page 12 of the Offer to Purchase is hereby deleted.',
      '',
      [expected('delete', { pages: [12], paragraph: '-1-full', sentences: [-1] })],
    ],
    [
      'the first and third full paragraphs, one instruction each',
      'The first and third full paragraphs on page 12 of the Offer to Purchase are hereby deleted.',
      '',
      [expected('delete', { pages: [12], paragraph: 'first-full', scope: 'paragraph' }), expected('delete', { pages: [12], paragraph: '3-full', scope: 'paragraph' })],
    ],
    [
      'an unquoted heading, read up to where the locator resumes',
      'Item 4 of the Schedule TO is hereby amended by replacing the first sentence of the paragraph under the heading Extension of Offer; Termination; Amendment in Section 14 of the Offer to Purchase with the following: "We may extend the offer."',
      '',
      [expected('replace', { section: '14', heading: 'Extension of Offer; Termination; Amendment', sentences: [1] }, { text: 'We may extend the offer.' })],
    ],
    [
      'an unquoted heading ending at a page',
      'The second paragraph under the caption Background of the Offer on page 12 of the Offer to Purchase is hereby deleted.',
      '',
      [expected('delete', { pages: [12], heading: 'Background of the Offer', paragraph: 2, scope: 'paragraph' })],
    ],
    [
      'a section entitled without quotes, ending at the verb',
      'The section entitled Dissenters’ Rights is hereby deleted in its entirety.',
      '',
      [expected('delete', { heading: 'Dissenters’ Rights', scope: 'section' })],
    ],
    [
      'the paragraph under an unquoted heading, no ordinal',
      'The paragraph under the heading Odd Lots in Section 1 of the Offer to Purchase is hereby deleted.',
      '',
      [expected('delete', { section: '1', heading: 'Odd Lots', scope: 'paragraph' })],
    ],
    [
      'a whole section deleted',
      'The Offer to Purchase is hereby amended by deleting Section 9 in its entirety.',
      '',
      [expected('delete', { section: '9', scope: 'section' })],
    ],
    [
      'at the end thereof: the paragraph named is the anchor',
      'The fourth paragraph on page 18 of the Offer to Purchase, in the section entitled "Dissenters’ Rights", is hereby amended by adding the following sentence at the end thereof:',
      quoted,
      [expected('insert', { pages: [18], heading: 'Dissenters’ Rights', paragraph: 4, scope: 'paragraph' }, { position: 'end', text: newText })],
    ],
    [
      'curly quotes around a caption',
      'The section entitled “Source and Amount of Funds” of the Offer to Purchase is hereby amended and restated in its entirety as follows:',
      quoted,
      [expected('replace', { heading: 'Source and Amount of Funds', scope: 'section' }, { text: newText })],
    ],
    [
      'a list of Items',
      'Items 1, 4 and 11 of the Schedule TO are hereby amended and supplemented by adding the following:',
      quoted,
      [expected('insert', { document: 'Schedule TO', item: '1, 4, 11', scope: 'item' }, { position: 'end', text: newText })],
    ],
    [
      'sentences after a heading, counted from it',
      'The Offer to Purchase is hereby amended by deleting the second and third sentences after the heading "Appraisal Rights" in Section 12.',
      '',
      [expected('delete', { section: '12', heading: 'Appraisal Rights', sentences: [2, 3] })],
    ],
    [
      'a whole document restated',
      'The Offer to Purchase is hereby amended and restated in its entirety as follows:',
      quoted,
      [expected('replace', { scope: 'document' }, { text: newText })],
    ],
    [
      'subsections listed by caption, one instruction each',
      'The subsections entitled "Canada" and "Israel" in Section 13 of the Offer to Purchase are hereby deleted in their entirety.',
      '',
      [expected('delete', { section: '13', heading: 'Canada', scope: 'section' }), expected('delete', { section: '13', heading: 'Israel', scope: 'section' })],
    ],
    [
      'new text on the same line after "as follows:"',
      'The last sentence of Section 4 of the Offer to Purchase is hereby amended to read as follows: Shares may be withdrawn at any time before the Expiration Date.',
      '',
      [expected('replace', { section: '4', sentences: [-1] }, { text: 'Shares may be withdrawn at any time before the Expiration Date.' })],
    ],
    [
      'a lettered instruction, its source at the letter',
      '(a) The second paragraph of Section 12 of the Offer to Purchase is hereby deleted in its entirety.',
      '',
      [expected('delete', { section: '12', paragraph: 2, scope: 'paragraph' })],
    ],
    [
      'striking a sentence',
      'Section 6 of the Offer to Purchase is hereby amended by striking the fourth sentence of the first paragraph.',
      '',
      [expected('delete', { section: '6', paragraph: 1, sentences: [4] })],
    ],
  ])('%s', (_name, say, after, want) => {
    const { instructions, messages } = parse(say, after);
    expect(instructions).toEqual(want);
    expect(messages).toEqual([]);
  });
});

describe('what is not an instruction', () => {
  it.each([
    'Except as amended hereby, all terms and conditions of the Offer remain unchanged.',
    'Except as amended and supplemented by this Amendment, all terms of the Offer to Purchase and all disclosure set forth in the Schedule TO remain unchanged.',
    'This Amendment No. 1 amends the Tender Offer Statement on Schedule TO.',
    'The amended and restated exhibits and the new exhibits are attached hereto.',
    'Eligible holders whose options have been amended will receive cash payments.',
  ])('%s', (say) => {
    expect(parse(say)).toEqual({ instructions: [], messages: [] });
  });
});

describe('diagnostics', () => {
  it('warns about an amending sentence that yields no instruction, at its line and column', () => {
    const { instructions, messages } = parse('1. Item 7 of the Schedule TO is hereby amended as set forth herein.');
    expect(instructions).toEqual([]);
    expect(messages).toEqual([
      '5:1 unparsed-instruction Expected an operation and a target in the amending sentence `Item 7 of the Schedule TO is hereby amended as set forth...`, found none',
    ]);
  });

  it('does not fall back on the Item when the object of a deletion is cut off', () => {
    const { instructions, messages } = parse('1. Item 4(a) of the Schedule TO is hereby amended and supplemented by deleting in its entirety the');
    expect(instructions).toEqual([]);
    expect(messages.map((m) => m.slice(0, 26))).toEqual(['5:1 unparsed-instruction E']);
  });

  it('warns at the sentence itself when it is not the first of its paragraph', () => {
    const { messages } = parse('Nothing to see.\nItem 7 is hereby amended as set forth herein.');
    expect(messages.map((m) => m.slice(0, 26))).toEqual(['6:1 unparsed-instruction E']);
  });

  it('reads words changed inside a sentence as a word-level edit located in it', () => {
    const words = (text: string) => ({ text, mode: 'contains' as const, occurrence: 1 });
    const deleted = parse(
      'The Offer to Purchase is hereby amended by deleting the clause "and the Offer will be extended" from the last sentence of the first paragraph of Section 1.',
    );
    expect(deleted).toEqual({
      instructions: [expected('delete', { section: '1', paragraph: 1, sentences: [-1], scope: 'words', match: words('and the Offer will be extended') })],
      messages: [],
    });
    const replaced = parse('Section 2 of the Offer to Purchase is hereby amended by replacing "$25.00" with "$27.50" in the first sentence.');
    expect(replaced).toEqual({
      instructions: [expected('replace', { section: '2', sentences: [1], scope: 'words', match: words('$25.00') }, { text: '$27.50' })],
      messages: [],
    });
  });

  it.each([
    ['a heading in sentence case', 'The first sentence of the paragraph under the heading Extension of the offer period in Section 14 of the Offer to Purchase is hereby deleted.', 'under the heading', 'Extension of the offer period in Section 14 of the…'],
    ['two headings with no quotes', 'The subsections under the headings Canada and Israel in Section 13 of the Offer to Purchase are hereby deleted.', 'under the headings', 'Canada and Israel in Section 13 of the Offer to…'],
    ['a comma inside or after the heading', 'The paragraph under the caption Price Range of Shares, Dividends in Section 8 of the Offer to Purchase is hereby deleted.', 'under the caption', 'Price Range of Shares, Dividends in Section 8 of…'],
  ])('reports an unquoted heading whose end cannot be told (%s), instead of dropping it', (_name, say, introducer, found) => {
    const { instructions, messages } = parse(say);
    expect(instructions).toEqual([]);
    expect(messages).toEqual([
      `5:1 unparsed-instruction Expected the heading after \`${introducer}\` in quotation marks or ending where the locator resumes (\`in Section\`, \`on page\`, \`of the Offer to ...\`), found \`${found}\``,
    ]);
  });

  it('reads a quotation whose every paragraph opens with a quotation mark, as legal style writes it', () => {
    const { instructions, messages } = parse(
      'Section 1 of the Offer to Purchase is hereby amended and restated in its entirety as follows:',
      '    "First paragraph, with the "Shares" defined.\n\n    "Second paragraph.\n\n    "Third paragraph."',
    );
    expect(messages).toEqual([]);
    expect(instructions[0]?.text).toBe('First paragraph, with the "Shares" defined.\n\nSecond paragraph.\n\nThird paragraph.');
  });

  it('passes over a lead-in followed by Item headings', () => {
    const { instructions, messages } = parse('The Schedule TO is hereby amended and supplemented as follows:', 'ITEM 11.  ADDITIONAL INFORMATION.\n\nItem 11 of the Schedule TO is hereby amended and supplemented by adding the following:\n\n    "New text."');
    expect(messages).toEqual([]);
    expect(instructions.map((i) => [i.op, i.target.item, i.text])).toEqual([['insert', '11', 'New text.']]);
  });

  it('reports a replacement with no new text after it, and drops it', () => {
    const { instructions, messages } = parse('Section 1 of the Offer to Purchase is hereby amended and restated in its entirety as follows:', 'SIGNATURE');
    expect(instructions).toEqual([]);
    expect(messages).toEqual([
      '5:1 missing-text Expected the new text after `Section 1 of the Offer to Purchase is hereby amended and...`, found none',
    ]);
  });

  it('reports a quotation that never closes, keeping the text it found', () => {
    const { instructions, messages } = parse(
      'Section 1 of the Offer to Purchase is hereby amended and restated in its entirety as follows:',
      '    "The Offer will expire on March 28, 2005.\n\nITEM 5.  PAST CONTACTS.',
    );
    expect(instructions[0]?.text).toBe('The Offer will expire on March 28, 2005.');
    expect(messages).toEqual([
      '7:5 unclosed-quote Expected a closing quotation mark for the new text, found none before the next instruction or heading',
    ]);
  });
});
