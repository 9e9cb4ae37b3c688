import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { candidateOpenings, decide, reportUnused, type DecisionBook } from '../../engine/offer/decisions.js';
import { miniOffer } from '../helpers/mini-offer.js';

// In the mini offer, block 9 is the run-in paragraph of Section 3: "We decide all questions. Our decision is final.
// We may reject any option. We may waive defects. ..."
const third = { blocks: [9, 9] as [number, number], sentences: [2, 2] as [number, number] };
const fourth = { blocks: [9, 9] as [number, number], sentences: [3, 3] as [number, number] };
const at = { file: 'amendment-1.txt', path: 'offers/x/amendment-1.txt', source: { line: 30, column: 1 } };

function book(choose: string, instruction = 'amendment-1.txt:30'): DecisionBook {
  const manifest = new VFile({ path: 'offer.json', value: JSON.stringify({ decisions: [{ instruction, choose }] }, null, 2) });
  return { decisions: [{ instruction, choose }], used: [false], manifest };
}

describe('decisions', () => {
  it('quotes each candidate by the fewest opening words (at least four) that tell them apart', () => {
    expect(candidateOpenings(miniOffer(), [third, fourth])).toEqual(['We may reject any', 'We may waive defects.']);
  });

  it('chooses the one candidate the words open, ignoring case, quote style and a closing ellipsis', () => {
    expect(decide(book('we MAY waive…'), at, miniOffer(), [third, fourth])).toEqual(fourth);
  });

  it('names the instruction by the filing as offer.json lists it, or by the path diagnostics print', () => {
    expect(decide(book('We may reject', 'offers/x/amendment-1.txt:30'), at, miniOffer(), [third, fourth])).toEqual(third);
  });

  it('reports words that open several candidates, or none, as stale-decision, choosing nothing', () => {
    for (const [choose, found] of [['We may', '2 candidates'], ['They may', 'no candidate']]) {
      const decisions = book(choose as string);
      expect(decide(decisions, at, miniOffer(), [third, fourth])).toBeNull();
      expect(decisions.manifest?.messages.map((m) => [m.ruleId, m.fatal, m.reason.endsWith(`found ${found}`)])).toEqual([['stale-decision', true, true]]);
    }
  });

  it('reports a decision no instruction used', () => {
    const decisions = book('We may reject', 'amendment-1.txt:31');
    expect(decide(decisions, at, miniOffer(), [third, fourth])).toBeNull();
    reportUnused(decisions);
    expect(decisions.manifest?.messages.map((m) => [m.ruleId, m.line])).toEqual([['stale-decision', 3]]);
  });
});
