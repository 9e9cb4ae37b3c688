import { describe, expect, it } from 'vitest';
import { heading, root } from '../engine/nodes.js';
import { affectedSentences, instructionParagraph, planAliases } from '../engine/withdraw.js';
import { para } from './helpers/mini-offer.js';

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

describe('instructionParagraph', () => {
  it('reads from the instruction to the next blank line', () => {
    const filing = `OFFER TO EXCHANGE.\n\n${instruction}\n\n2. Items 1-12 ...`;
    expect(instructionParagraph(filing, { line: 3, column: 1 })).toBe(instruction);
  });
});

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
