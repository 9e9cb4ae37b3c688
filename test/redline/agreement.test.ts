import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare } from '../../engine/redline/compare.js';
import { compareTexts } from '../../engine/redline/compare-text.js';
import { blockText, heading, paragraph, root, sentence } from '../../engine/core/nodes.js';
import { redline } from '../../engine/redline/redline.js';
import { renderText } from '../../engine/core/document-text.js';
import type { SimulatedEdit } from '../helpers/simulate-edits.js';
import { applyChanges } from '../helpers/splice.js';
import type { Change, Root } from '../../engine/types.js';
import { doc, versionsOf } from '../helpers/redline-fixture.js';

const words = ['option', 'grant', 'the', 'price', 'of', 'shares', 'plan', 'date', 'and', 'exchange'];

/** A document whose sentences are all different (each has its own first word), so that content alone aligns it one way. */
const documents = fc
  .array(fc.record({ runIn: fc.boolean(), sentences: fc.array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }) }), { minLength: 1, maxLength: 7 })
  .map((blocks): Root =>
    root(
      [
        heading('THE OFFER', 'part'),
        ...blocks.map((b, i) =>
          paragraph(b.sentences.map((w, s) => sentence(`Clause${i}x${s} ${w.join(' ')}.`, null)), { runIn: b.runIn ? `HEADING ${i}.` : null }),
        ),
      ],
      'text',
    ),
  );

/** Raw picks turned into edits on distinct places of a document by `placeEdits`. */
const picks = fc.array(
  fc.record({ kind: fc.constantFrom('replace', 'replace', 'delete', 'insert', 'insertBlock', 'deleteBlock'), block: fc.nat(), sentence: fc.nat(), word: fc.nat() }),
  { minLength: 1, maxLength: 4 },
);

type Pick = { kind: SimulatedEdit['kind']; block: number; sentence: number; word: number };

/** A paragraph's identity across versions: the number its clauses carry, or its text for one added later. */
const identity = (text: string): string => /Clause(\d+)x/.exec(text)?.[1] ?? text;

/**
 * Place raw picks on a document: at most one edit per paragraph over the whole history (`touched`), so that every
 * paragraph an edit leaves in place keeps enough of itself to be recognised by content.
 */
function placeEdits(tree: Root, raw: Pick[], version: number, touched: Set<string>): SimulatedEdit[] {
  return raw.flatMap((pick, k): SimulatedEdit[] => {
    const block = 1 + (pick.block % Math.max(1, tree.children.length - 1));
    const node = tree.children[block];
    if (node?.type !== 'paragraph' || node.children.length === 0 || touched.has(identity(blockText(node)))) return [];
    touched.add(identity(blockText(node)));
    const s = pick.sentence % Math.max(1, node.children.length);
    const old = node.children[s]?.value ?? '';
    const fresh = `Added${version}x${k} novel${version}x${k}.`;
    const reworded = old.split(' ').map((w, i) => (i === 1 + (pick.word % 3) ? `v${version}w${k}${w.endsWith('.') ? '.' : ''}` : w)).join(' ');
    const text = pick.kind === 'replace' ? [reworded] : [fresh];
    return [{ kind: pick.kind, block, sentence: pick.kind === 'insert' ? s + 1 : s, text }];
  });
}

const labels = { from: 'a', to: 'b' };
const shape = (changes: Change[]): unknown => changes.map((c) => [c.kind, c.from, c.to]);

describe('edit-derived and diff-derived redlines', () => {
  it('agree on generated edits between any two versions, and their changes applied to the from-text give the to-text', () => {
    let changed = 0;
    fc.assert(
      fc.property(documents, fc.array(picks, { minLength: 1, maxLength: 3 }), (base, rawPlans) => {
        const plans: SimulatedEdit[][] = [];
        const touched = new Set<string>();
        for (const raw of rawPlans) plans.push(placeEdits(versionsOf(base, plans).at(-1)!.documents[doc]!, raw, plans.length + 1, touched));
        const all = versionsOf(base, plans);
        const last = all.length - 1;
        const edited = redline(all, { document: doc, from: 0, to: last });
        const diffed = compare(base, all[last]!.documents[doc]!);
        expect(edited.to.text).toBe(renderText(all[last]!.documents[doc]!));
        expect(shape(edited.changes)).toEqual(shape(diffed.changes));
        expect(shape(compareTexts(edited.from.text, edited.to.text, labels).changes)).toEqual(shape(diffed.changes));
        if (edited.changes.length > 0) changed++;
        for (let from = 0; from <= last; from++) {
          for (let to = 0; to <= last; to++) {
            const r = redline(all, { document: doc, from, to });
            expect(applyChanges(r.from.text, r.changes)).toBe(r.to.text);
            expect(shape(r.changes)).toEqual(shape(compare(all[from]!.documents[doc]!, all[to]!.documents[doc]!).changes));
          }
        }
      }),
      { numRuns: Number(process.env.RUNS ?? 300) },
    );
    expect(changed).toBeGreaterThan(Number(process.env.RUNS ?? 300) * 0.8);
  });

  it('round-trips compare between arbitrary texts', () => {
    const texts = fc.array(fc.array(fc.constantFrom(...words, 'Clause 1.', 'Clause 2.'), { minLength: 1, maxLength: 8 }), { minLength: 0, maxLength: 6 });
    const asRoot = (paragraphs: string[][]): Root => root(paragraphs.map((p) => paragraph([sentence(`${p.join(' ')}.`, null)])), 'text');
    fc.assert(
      fc.property(texts, texts, (a, b) => {
        const result = compare(asRoot(a), asRoot(b));
        expect(applyChanges(result.from.text, result.changes)).toBe(result.to.text);
      }),
      { numRuns: 300 },
    );
  });
});
