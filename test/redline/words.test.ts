import { describe, expect, it } from 'vitest';
import { applyEdits, type PlannedEdit } from '../../engine/apply/edits.js';
import { paragraph, root, sentence } from '../../engine/core/nodes.js';
import { redline } from '../../engine/redline/redline.js';
import { resolveTarget } from '../../engine/resolve/target.js';
import type { Root, Target, TargetMatch } from '../../engine/types.js';
import { targetOf } from '../helpers/target.js';
import { doc, origin, redlineXml, versionOf } from '../helpers/redline-fixture.js';

const base = (): Root =>
  root(
    [
      paragraph([sentence('Shares may be delisted, and the Offer and the Merger are fair and reasonable.', 1), sentence('The Offer Price is $17.00 per Share.', 1)], { pages: [1] }),
      paragraph([sentence('We will pay $17.00 per Share in cash and the Offer and the Merger and the Offer will close.', 2)], { pages: [2] }),
    ],
    'text',
  );

const words = (match: TargetMatch, text: string | null, fields: Partial<Target> = {}): PlannedEdit => {
  const target = targetOf({ scope: 'words', match, ...fields });
  const resolved = resolveTarget(target, base());
  if (!resolved.ok) throw new Error(resolved.reason);
  return { op: text === null ? 'delete' : 'replace', target: resolved.target, position: null, scope: 'words', text, origin: origin(1) };
};

function redlineOf(edits: PlannedEdit[]): ReturnType<typeof redline> {
  const applied = applyEdits(base(), edits, doc);
  return redline([versionOf(0, base(), []), versionOf(1, applied.tree, applied.edits)], { document: doc, from: 0, to: 1 });
}

describe('redline of word-level edits', () => {
  it('marks exactly the words replaced, crediting the instruction', () => {
    const result = redlineOf([words({ text: 'may be delisted', mode: 'contains', occurrence: 1 }, 'will be delisted')]);
    expect(redlineXml(result)).toBe(
      'Shares <del>may</del><ins>will</ins> be delisted, and the Offer and the Merger are fair and reasonable. The Offer Price is $17.00 per Share.\n\n' +
        'We will pay $17.00 per Share in cash and the Offer and the Merger and the Offer will close.\n',
    );
    expect(result.changes.map((c) => c.provenance)).toEqual([[origin(1)]]);
  });

  it('marks words deleted, and every reference replaced, each where it stands', () => {
    const result = redlineOf([
      words({ text: 'and reasonable', mode: 'contains', occurrence: 1 }, null),
      words({ text: '$17.00 per Share', mode: 'contains', occurrence: 'all' }, '$18.25 per Share'),
    ]);
    expect(redlineXml(result)).toBe(
      'Shares may be delisted, and the Offer and the Merger are fair<del> and reasonable</del>. The Offer Price is $<del>17.00</del><ins>18.25</ins> per Share.\n\n' +
        'We will pay $<del>17.00</del><ins>18.25</ins> per Share in cash and the Offer and the Merger and the Offer will close.\n',
    );
  });

  it('marks the second of two like phrases when the second is the one deleted', () => {
    const result = redlineOf([words({ text: 'and the Offer', mode: 'contains', occurrence: 2 }, null, { paragraph: 2 })]);
    expect(redlineXml(result)).toBe(
      'Shares may be delisted, and the Offer and the Merger are fair and reasonable. The Offer Price is $17.00 per Share.\n\n' +
        'We will pay $17.00 per Share in cash and the Offer and the Merger <del>and the Offer </del>will close.\n',
    );
  });

  it('marks the first of two like phrases when the first is the one deleted', () => {
    const result = redlineOf([words({ text: 'and the Offer', mode: 'contains', occurrence: -2 }, null, { paragraph: 2 })]);
    expect(redlineXml(result)).toBe(
      'Shares may be delisted, and the Offer and the Merger are fair and reasonable. The Offer Price is $17.00 per Share.\n\n' +
        'We will pay $17.00 per Share in cash <del>and the Offer </del>and the Merger and the Offer will close.\n',
    );
  });
});
