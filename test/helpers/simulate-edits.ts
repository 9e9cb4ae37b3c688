import { blockText, paragraph, sentence } from '../../engine/core/nodes.js';
import type { Block, Edit, Origin, Paragraph, Root } from '../../engine/types.js';

/**
 * One synthetic edit on the old document: on a sentence (`block`, `sentence`) or, for `insertBlock` and `deleteBlock`,
 * on a whole block (`sentence` ignored). `insert` and `insertBlock` go before the one named (`sentence` may be the
 * paragraph's length, `block` the document's).
 */
export interface SimulatedEdit {
  kind: 'replace' | 'delete' | 'insert' | 'insertBlock' | 'deleteBlock';
  block: number;
  sentence: number;
  /** New sentences, for the kinds that add text. */
  text: string[];
}

interface Builder {
  blocks: Block[];
  edits: Edit[];
  origin: Origin;
  document: string;
}

/**
 * Apply synthetic edits to a document the way an amendment's instructions would, recording each `Edit` as the
 * versions fold does: for benchmarks and property tests of the redline, where no filing states the edits.
 * @param tree the old document (not changed)
 * @param plan edits on distinct places of the old document
 * @param options the origin to stamp on new text and the document's name
 * @returns the new document and its edits
 */
export function simulateEdits(tree: Root, plan: SimulatedEdit[], options: { origin: Origin; document: string }): { root: Root; edits: Edit[] } {
  const builder: Builder = { blocks: [], edits: [], origin: options.origin, document: options.document };
  const byBlock = new Map<number, SimulatedEdit[]>();
  for (const edit of plan) byBlock.set(edit.block, [...(byBlock.get(edit.block) ?? []), edit]);
  for (let b = 0; b <= tree.children.length; b++) {
    const edits = byBlock.get(b) ?? [];
    for (const edit of edits.filter((e) => e.kind === 'insertBlock')) insertBlock(builder, b, edit.text);
    const node = tree.children[b];
    if (!node) continue;
    if (edits.some((e) => e.kind === 'deleteBlock')) {
      deleteBlock(builder, b, node);
      continue;
    }
    const sentenceEdits = edits.filter((e) => e.kind !== 'insertBlock');
    if (node.type === 'paragraph' && sentenceEdits.length > 0) editSentences(builder, b, node, sentenceEdits);
    else builder.blocks.push(node);
  }
  return { root: { ...tree, children: builder.blocks }, edits: builder.edits };
}

function insertBlock(builder: Builder, before: number, text: string[]): void {
  const node = paragraph(text.map((t) => sentence(t, null, { origin: builder.origin })), { origin: builder.origin });
  builder.edits.push(record(builder, 'insert', { block: before, sentences: null, text: [] }, { block: builder.blocks.length, sentences: null, text: [blockText(node)] }));
  builder.blocks.push(node);
}

function deleteBlock(builder: Builder, block: number, node: Block): void {
  const before = { block, sentences: null, text: [blockText(node)] };
  builder.edits.push(record(builder, 'delete', before, { block: builder.blocks.length, sentences: null, text: [] }));
}

/** Rebuild a paragraph's sentences, recording one edit per synthetic edit. */
function editSentences(builder: Builder, block: number, node: Paragraph, edits: SimulatedEdit[]): void {
  const children: Paragraph['children'] = [];
  const at = builder.blocks.length;
  for (let s = 0; s <= node.children.length; s++) {
    for (const edit of edits.filter((e) => e.sentence === s)) {
      const old = edit.kind === 'insert' ? [] : [node.children[s]?.value ?? ''];
      const added = edit.kind === 'delete' ? [] : edit.text;
      const before = { block, sentences: [s, s + old.length] as [number, number], text: old };
      const after = { block: at, sentences: [children.length, children.length + added.length] as [number, number], text: added };
      builder.edits.push(record(builder, edit.kind === 'insert' ? 'insert' : edit.kind === 'delete' ? 'delete' : 'replace', before, after));
      children.push(...added.map((t) => sentence(t, null, { origin: builder.origin })));
    }
    const kept = node.children[s];
    if (kept && !edits.some((e) => e.sentence === s && (e.kind === 'replace' || e.kind === 'delete'))) children.push(kept);
  }
  if (children.length > 0 || node.runIn) builder.blocks.push({ ...node, children });
}

function record(builder: Builder, kind: Edit['kind'], before: Edit['before'], after: Edit['after']): Edit {
  return { document: builder.document, kind, before, after, origin: builder.origin };
}
