import { describe, expect, it } from 'vitest';
import { heading, root } from '../../engine/core/nodes.js';
import { resolveTarget } from '../../engine/resolve/target.js';
import { headingMatches } from '../../engine/resolve/headings.js';
import type { Target } from '../../engine/types.js';
import { miniOffer, para } from '../helpers/mini-offer.js';
import { targetOf } from '../helpers/target.js';

const target = (fields: Partial<Target>): Target => targetOf({ document: 'Offer to Exchange', ...fields });

const q23 = 'Q23. What happens if I elect not to surrender any options pursuant to this offer';
const determination = 'Determination of Validity; Rejection of Options; Waiver of Defects; No Obligation to Give Notice of Defects';
const france = 'France: Material Tax Consequences for Employees who are Tax Residents in France';

describe('headingMatches', () => {
  it('ignores case, punctuation and spacing, and takes a quoted start', () => {
    expect(headingMatches(q23, 'Q23. WHAT HAPPENS IF I ELECT NOT TO SURRENDER ANY OPTIONS PURSUANT TO THIS OFFER?')).toBe(true);
    expect(headingMatches('What happens if I elect', 'Q23. WHAT HAPPENS IF I ELECT NOT TO SURRENDER?')).toBe(true);
    expect(headingMatches('What happens if I ele', 'Q23. WHAT HAPPENS IF I ELECT NOT TO SURRENDER?')).toBe(false);
    expect(headingMatches('Germany', 'France: Material Tax Consequences')).toBe(false);
  });
});

describe('resolveTarget', () => {
  const tree = miniOffer();

  it('finds sentences of a paragraph counted on the page and under the heading alike', () => {
    expect(resolveTarget(target({ pages: [7], heading: q23, paragraph: 2, sentences: [2, 3] }), tree)).toEqual({
      ok: true,
      target: { blocks: [6, 6], sentences: [1, 2] },
    });
  });

  it('counts sentences after a run-in heading', () => {
    const found = resolveTarget(target({ pages: [11], section: '3', heading: determination, sentences: [5] }), tree);
    expect(found).toEqual({ ok: true, target: { blocks: [9, 9], sentences: [4, 4] } });
  });

  it('counts backwards within the paragraph a run-in heading opens', () => {
    const found = resolveTarget(target({ pages: [11], section: '3', heading: determination, sentences: [-2], scope: 'clause' }), tree);
    expect(found).toEqual({ ok: true, target: { blocks: [9, 9], sentences: [5, 5] } });
  });

  it('counts a paragraph within the section and the page', () => {
    expect(resolveTarget(target({ pages: [12], section: '5', paragraph: 3, sentences: [-2] }), tree)).toEqual({
      ok: true,
      target: { blocks: [13, 13], sentences: [1, 1] },
    });
    expect(resolveTarget(target({ pages: [12, 13], section: '5', paragraph: 4, sentences: [-1] }), tree)).toEqual({
      ok: true,
      target: { blocks: [14, 14], sentences: [2, 2] },
    });
  });

  it('takes the first full paragraph as the first that starts on the page', () => {
    expect(resolveTarget(target({ pages: [30], heading: france, paragraph: 'first-full', sentences: [1] }), tree)).toEqual({
      ok: true,
      target: { blocks: [18, 18], sentences: [0, 0] },
    });
  });

  it('counts the other full paragraphs among those that start on the page too', () => {
    expect(resolveTarget(target({ pages: [30], paragraph: '2-full', sentences: [1] }), tree)).toEqual({
      ok: true,
      target: { blocks: [19, 19], sentences: [0, 0] },
    });
    expect(resolveTarget(target({ pages: [30], paragraph: '-1-full', sentences: [-1] }), tree)).toEqual({
      ok: true,
      target: { blocks: [22, 22], sentences: [1, 1] },
    });
    // Counted under the heading, paragraph 2 is the first full one: only the full count is unambiguous.
    expect(resolveTarget(target({ pages: [30], heading: france, paragraph: 2, sentences: [1] }), tree)).toMatchObject({ ok: false, ruleId: 'ambiguous-target' });
    expect(resolveTarget(target({ pages: [30], heading: france, paragraph: '2-full', sentences: [1] }), tree)).toEqual({
      ok: true,
      target: { blocks: [19, 19], sentences: [0, 0] },
    });
  });

  it('checks a full paragraph against the heading named', () => {
    const germany = 'Germany: Material Tax Consequences for Employees who are Tax Residents in Germany';
    expect(resolveTarget(target({ pages: [30], heading: germany, paragraph: '2-full', sentences: [1] }), tree)).toEqual({
      ok: false,
      ruleId: 'unresolved-target',
      reason: `Cannot find sentence \`1\` of full paragraph \`2\` under \`${germany.slice(0, 69)}…\` on page \`30\`: page \`30\` ("French closing.") is not under \`${germany}\``,
    });
  });

  it('takes a heading with what it governs when no paragraph is named', () => {
    expect(resolveTarget(target({ pages: [29], section: '13', heading: france, scope: 'section' }), tree)).toEqual({
      ok: true,
      target: { blocks: [16, 19], sentences: null },
    });
  });

  it('lets the heading decide between pages', () => {
    const germany = 'Germany: Material Tax Consequences for Employees who are Tax Residents in Germany';
    expect(resolveTarget(target({ pages: [30, 31], heading: germany, paragraph: 2, sentences: [1] }), tree)).toEqual({
      ok: true,
      target: { blocks: [22, 22], sentences: [0, 0] },
    });
  });

  it('reports a sentence that is not there, naming the paragraph it counted', () => {
    expect(resolveTarget(target({ pages: [12], section: '5', paragraph: 3, sentences: [8] }), tree)).toEqual({
      ok: false,
      ruleId: 'unresolved-target',
      reason: 'Cannot find sentence `8` of paragraph `3` of section `5` on page `12`: page `12` ("We will accept options. We expect to accept pro…") has 3 sentences',
    });
  });

  it('reports a heading that is not there', () => {
    expect(resolveTarget(target({ heading: 'Q99. Why', paragraph: 1 }), tree)).toEqual({
      ok: false,
      ruleId: 'unresolved-target',
      reason: 'Cannot find paragraph `1` under `Q99. Why`: no heading reads `Q99. Why`',
    });
  });

  it('reports a paragraph that fails the page it is said to be on', () => {
    expect(resolveTarget(target({ pages: [7], section: '5', paragraph: 1 }), tree)).toEqual({
      ok: false,
      ruleId: 'unresolved-target',
      reason: 'Cannot find paragraph `1` of section `5` on page `7`: page `7` ("Nothing changes for you.") is in section `none`; page `12` ("First paragraph.") lies on page `12`',
    });
  });

  it('reports an ambiguous locator with its candidates and their pages', () => {
    const ambiguous = resolveTarget(target({ pages: [30], heading: france, paragraph: 1, sentences: [1] }), tree);
    expect(ambiguous.ok === false && ambiguous.ruleId === 'ambiguous-target' ? ambiguous.candidates?.length : null).toBe(2);
    expect(ambiguous).toMatchObject({
      ok: false,
      ruleId: 'ambiguous-target',
      reason: 'Ambiguous target: sentence `1` of paragraph `1` under `France: Material Tax Consequences for Employees who are Tax Residents…` on page `30` matches 2 places: page `30` ("Full paragraph one."); pages `29` and `30` ("French text begins.")',
    });
  });

  it('takes several pages as where the unit lies, not as pages to count on', () => {
    expect(resolveTarget(target({ pages: [30, 31], paragraph: 2, sentences: [1] }), tree)).toMatchObject({ ok: false, ruleId: 'unresolved-target' });
  });

  it('refuses to count across a sentence boundary the splitter is unsure of', () => {
    const unsure = miniOffer();
    const node = unsure.children[6];
    if (node?.type === 'paragraph' && node.children[0]) node.children[0].ambiguous = true;
    expect(resolveTarget(target({ pages: [7], heading: q23, paragraph: 2, sentences: [2, 3] }), unsure)).toEqual({
      ok: false,
      ruleId: 'ambiguous-boundary',
      reason: 'Cannot count sentences `2` and `3` of paragraph `2` under `Q23. What happens if I elect not to surrender any options pursuant to…` on page `7`: the sentence boundary after `Your options stay.` is uncertain',
    });
  });
});

describe('resolveTarget for a paragraph named by its caption', () => {
  const tree = miniOffer();

  it('takes the one paragraph a run-in heading opens', () => {
    expect(resolveTarget(target({ section: '3', heading: determination, scope: 'paragraph' }), tree)).toEqual({
      ok: true,
      target: { blocks: [9, 9], sentences: null },
    });
  });

  it('names every paragraph under a caption that has several', () => {
    const germany = 'Germany: Material Tax Consequences';
    const several = resolveTarget(target({ heading: germany, scope: 'paragraph' }), tree);
    expect(several.ok === false ? several.candidates?.length : null).toBe(2);
    expect(several).toMatchObject({
      ok: false,
      ruleId: 'ambiguous-target',
      reason: 'Ambiguous target: the paragraph under `Germany: Material Tax Consequences` matches 2 places: page `30` ("German one."); page `30` ("You will be taxed on the grant. Second German.")',
    });
  });
});

describe('resolveTarget for a question named by its number', () => {
  // Q2, Q23 and Q230 side by side: a number must match whole, never as the start of another.
  const tree = root(
    [
      heading('Q2. WHY ARE WE MAKING THE OFFER?', 'question', { number: 'Q2', page: 2 }),
      para(['To help you.', 'Second of Q2.'], [2]),
      heading('Q23. WHAT HAPPENS IF I ELECT NOT TO SURRENDER?', 'question', { number: 'Q23', page: 7 }),
      para(['Nothing changes.', 'Second of Q23.', 'Third of Q23.'], [7]),
      heading('Q230. IS THERE A LAST QUESTION?', 'question', { number: 'Q230', page: 9 }),
      para(['Yes.', 'Second of Q230.'], [9]),
      heading('Question 24: May I ask more?', 'caption', { page: 9 }),
      para(['Ask us.', 'Second of Question 24.'], [9]),
    ],
    'text',
  );

  it.each([
    ['Question 23', 3, [3, 3]],
    ['Q23', 3, [3, 3]],
    ['question 23', 2, [3, 3]],
    ['Question 2', 2, [1, 1]],
    ['Question 230', 2, [5, 5]],
    ['Question 24', 2, [7, 7]],
  ])('matches %s to that question only', (name, sentence, blocks) => {
    expect(resolveTarget(target({ heading: name, sentences: [sentence] }), tree)).toEqual({
      ok: true,
      target: { blocks, sentences: [sentence - 1, sentence - 1] },
    });
  });

  it('reports a question the document does not have', () => {
    expect(resolveTarget(target({ heading: 'Question 3', sentences: [1] }), tree)).toEqual({
      ok: false,
      ruleId: 'unresolved-target',
      reason: 'Cannot find sentence `1` under `Question 3`: no heading reads `Question 3`',
    });
  });
});
