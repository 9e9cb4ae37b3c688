import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { heading, root } from '../../engine/core/nodes.js';
import { offerTimeline } from '../../engine/offer/operative.js';
import { renderTimelineText } from '../../engine/render/timeline-text.js';
import { buildVersions } from '../../engine/offer/versions.js';
import { affectedSentences, planAliases } from '../../engine/apply/withdraw.js';
import { para } from '../helpers/mini-offer.js';
import { readOffer } from '../helpers/read-offer.js';

const instruction = `1. Items 1-12, as applicable, of the Schedule TO are hereby amended by
deleting in its entirety from the Offer to Exchange each reference to and
disclosure regarding the telecom technologies, inc. Amended and Restated 1998
Equity Incentive Plan (the "TTI Plan"), holders of options granted under the
TTI Plan, the Option Plan Funding and Escrow Agreement by and among Anousheh
and Hamid Ansari and Sonus (the "Ansari Agreement") and the Amended Ansari
Agreement, and amended and supplemented by modifying the disclosure
throughout the Offer to Exchange to make it clear that outstanding options
granted under the TTI Plan are not eligible for exchange, as the Offer has
been withdrawn with respect to all Options granted under the TTI Plan.`;

describe('planAliases and affectedSentences', () => {
  const document = 'Options granted under the TTI Plan (the "TTI Options") are eligible. Options under the 1997 Plan (the "1997 Plan Options") too.';
  const aliases = planAliases('TTI Plan', instruction, document);

  it('gathers the plan, its full name, the related agreement and terms defined by them', () => {
    expect(aliases).toEqual([
      'Option Plan Funding and Escrow Agreement by and among Anousheh and Hamid Ansari and Sonus',
      'telecom technologies, inc. Amended and Restated 1998 Equity Incentive Plan',
      'Ansari Agreement',
      'TTI Options',
      'TTI Plan',
    ]);
  });

  it('lists every sentence and heading that mentions one of them, with its page', () => {
    const tree = root(
      [
        para(['Options granted under the telecom technologies, inc. Amended and Restated\n1998 Equity Incentive Plan are eligible.', 'Others are not.'], [2]),
        heading('Amendment to the TTI Plan and Stock Option Agreement', 'caption', { page: 18 }),
        para(['The Amended Ansari Agreement funds the exercise.', 'ATTI Planner is unrelated.'], [18, 19]),
      ],
      'text',
    );
    expect(affectedSentences(tree, 'Offer to Exchange', 'TTI Plan', aliases).map((a) => [a.block, a.sentence, a.page])).toEqual([
      [0, 0, 2],
      [1, 0, 18],
      [2, 0, 18],
    ]);
  });
});

describe('planAliases for one of several plans withdrawn together', () => {
  const both = `The Offer has been withdrawn with respect to all options granted under the telecom technologies, inc.
1998 Equity Incentive Plan (the "TTI Plan") and the Westford Networks 1995 Stock Plan (the "1995 Plan").`;
  const document = 'Options under the 1995 Plan (the "1995 Options") and the TTI Plan (the "TTI Options") are eligible.';

  it('leaves each plan the names the instruction defines for it', () => {
    expect(planAliases('TTI Plan', both, document, ['TTI Plan', '1995 Plan'])).toEqual([
      'telecom technologies, inc. 1998 Equity Incentive Plan',
      'TTI Options',
      'TTI Plan',
    ]);
    expect(planAliases('1995 Plan', both, document, ['TTI Plan', '1995 Plan'])).toEqual(['Westford Networks 1995 Stock Plan', '1995 Options', '1995 Plan']);
  });

  it('would mix them without the siblings named', () => {
    expect(planAliases('TTI Plan', both, document)).toContain('1995 Plan');
  });
});

describe('a withdrawal of two plans in one instruction, end to end', () => {
  const dir = 'corpus/sonus-2002-option-exchange';
  const filed = readFileSync(`${dir}/amendment-2.txt`, 'utf8');
  const last = 'been withdrawn with respect to all Options granted under the TTI Plan.';
  const twoPlans = 'been withdrawn with respect to all Options granted under the TTI Plan and the Amended\nand Restated Sonus Networks, Inc. 1997 Stock Incentive Plan (the "1997 Plan").';
  const versions = buildVersions(readOffer(dir, ['amendment-1.txt', ['amendment-2.txt', filed.replace(last, twoPlans)], 'amendment-3.txt']));
  const entry = offerTimeline(versions)[2];

  it('records both plans, and counts for each only the sentences that name it', () => {
    expect(filed).toContain(last);
    expect(entry?.withdrawn).toEqual(['TTI Plan', '1997 Plan']);
    const byPlan = entry?.affectedByPlan ?? {};
    expect(byPlan['TTI Plan']).toBe(offerTimeline(buildVersions(readOffer(dir)))[2]?.affectedByPlan['TTI Plan']);
    expect(byPlan['1997 Plan']).toBeGreaterThan(0);
    const affected = versions[2]?.affected ?? [];
    // Its own names, and the related agreement the instruction names without saying for which plan (listed for both).
    for (const a of affected.filter((x) => x.plan === '1997 Plan')) expect(a.text).toMatch(/1997|Ansari/i);
    expect(affected.filter((x) => x.plan === '1997 Plan' && /1997/.test(x.text)).length).toBeGreaterThan(0);
    expect(renderTimelineText(offerTimeline(versions))).toContain(`withdrawn for: 1997 Plan (${byPlan['1997 Plan']} sentences to review)`);
  });
});

describe('affectedSentences with a damaged alias', () => {
  it('passes over a "name" too long to be one instead of failing to compile it', () => {
    const tree = root([para(['Options under the TTI Plan are eligible.', 'Others are not.'], [2])], 'text');
    const aliases = ['TTI Plan', `A${'x'.repeat(200_000)}`];
    expect(affectedSentences(tree, 'Offer to Exchange', 'TTI Plan', aliases).map((a) => a.sentence)).toEqual([0]);
  });
});
