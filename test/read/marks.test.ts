import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { applyEdits } from '../../engine/apply/edits.js';
import { blockText } from '../../engine/core/nodes.js';
import { marksLegend, readMarks } from '../../engine/read/html/marks.js';
import { ingest } from '../../engine/read/ingest.js';
import { buildTree } from '../../engine/read/tree.js';
import { resolveTarget } from '../../engine/resolve/target.js';
import type { Instruction, Origin } from '../../engine/types.js';
import { targetOf } from '../helpers/target.js';

const supplement = (legend: string): VFile =>
  new VFile({
    path: 'supplement.htm',
    value: `<html><body>
<p style="font-family:Times">${legend}</p>
<p style="font-family:Times"><span>As of the date of this Offer to Purchase, </span><span style="text-decoration:line-through">no lawsuit challenging the Offer or the Merger has been filed.</span><span style="text-decoration:underline">two lawsuits challenging the Offer have been filed, captioned <i>Rennick v. Brightwater Diagnostics, Inc.</i> and <i>Oyelowo v. Brightwater Diagnostics, Inc.</i></span><u> Parent believes the claims are without merit.</u></p>
<p>Purchaser <del>does not expect</del><ins>expects</ins> that a filing in Ruritania will be required.</p>
<p>This paragraph is unchanged.</p>
</body></html>`,
  });

describe('marked supplements', () => {
  it('reads a legend only where one sentence names underlining for new text and striking for old', () => {
    expect(marksLegend('The Offer to Purchase is amended as follows (new text is underlined and deleted text is struck through):')).toBe(true);
    expect(marksLegend('Additions are bold and underlined; deletions are shown with a strikethrough.')).toBe(true);
    expect(marksLegend('Additions are bold and underlined and deletions are shown with a strikethrough.')).toBe(true);
    expect(marksLegend('The heading is underlined. Nothing was deleted.')).toBe(false);
  });

  it('gives each marked paragraph as it stood and as it stands, and nothing without a legend', () => {
    const marked = readMarks(supplement('The Offer to Purchase is amended as follows (new text is underlined and deleted text is struck through):'));
    expect(marked.map((m) => [m.before, m.after, m.place.line])).toEqual([
      [
        'As of the date of this Offer to Purchase, no lawsuit challenging the Offer or the Merger has been filed.',
        'As of the date of this Offer to Purchase, two lawsuits challenging the Offer have been filed, captioned Rennick v. Brightwater Diagnostics, Inc. and Oyelowo v. Brightwater Diagnostics, Inc. Parent believes the claims are without merit.',
        3,
      ],
      ['Purchaser does not expect that a filing in Ruritania will be required.', 'Purchaser expects that a filing in Ruritania will be required.', 4],
    ]);
    expect(readMarks(supplement('The Offer to Purchase is amended as follows:'))).toEqual([]);
  });

  it('replaces the paragraph that reads as the marked one stood, and finds no place for one that never stood', () => {
    const path = 'corpus/brightwater-2021-offer-to-purchase/offer-to-purchase.html';
    const tree = buildTree(ingest(path, readFileSync(path)));
    const [litigation, unknown] = readMarks(supplement('(new text is underlined and deleted text is struck through)'));
    const locate = (before: string) => resolveTarget(targetOf({ scope: 'paragraph', match: { text: before, mode: 'exact', occurrence: 1 } }), tree);
    const found = locate(litigation!.before);
    if (!found.ok) throw new Error(found.reason);
    const origin: Origin = { amendment: 1, sources: [{ file: 'supplement.htm', item: null, line: 3, column: 1 }], global: false };
    const applied = applyEdits(tree, [{ op: 'replace', target: found.target, position: null, scope: 'paragraph', text: litigation!.after, origin }], 'Offer to Purchase');
    expect(blockText(applied.tree.children[found.target.blocks[0]]!)).toBe(litigation!.after);
    expect(locate(unknown!.before)).toMatchObject({ ok: false, ruleId: 'unresolved-target' });
  });

  it('reads the marked paragraph of the Brightwater Amendment No. 3 as its hand-written instruction says', () => {
    const dir = 'corpus/brightwater-2021-offer-to-purchase';
    const file = ingest(`${dir}/amendment-3.htm`, readFileSync(`${dir}/amendment-3.htm`));
    const expected = JSON.parse(readFileSync(`${dir}/amendment-3.instructions.json`, 'utf8')) as { instructions: Instruction[] };
    const marked = expected.instructions.find((i) => i.target.match?.mode === 'exact');
    expect(readMarks(file).map((m) => [m.before, m.after, m.place.line])).toEqual([[marked?.target.match?.text, marked?.text, 47]]);
  });

  it('leaves struck text out of the tree a reader builds, where the legend says it is deleted, and only there', () => {
    const texts = (file: VFile): string[] => buildTree(ingest(String(file.path), String(file.value))).children.map((b) => blockText(b));
    const marked = texts(supplement('(new text is underlined and deleted text is struck through)'));
    expect(marked[1]).toMatch(/^As of the date of this Offer to Purchase, two lawsuits challenging the Offer have been filed/);
    expect(marked[2]).toBe('Purchaser expects that a filing in Ruritania will be required.');
    expect(texts(supplement('Plain emphasis only.'))[2]).toBe('Purchaser does not expectexpects that a filing in Ruritania will be required.');
  });
});
