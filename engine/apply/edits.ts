import { applySentenceChanges } from './sentences.js';
import { mergeIdentical, settleChanges, toChanges, type BlockChange, type SpanChange, type Conflict, type PlannedEdit, type SentenceChange, type WordChange } from './plan.js';
import { ownWords } from './own-words.js';
import { textBlocks } from './text.js';
import { blockText } from '../core/nodes.js';
import { blockPages } from '../resolve/scopes.js';
import type { Block, Edit, Root } from '../types.js';

export type { PlannedEdit, SpanChange, Conflict } from './plan.js';

/** One amendment's edits of one document, applied. */
export interface Applied {
  tree: Root;
  edits: Edit[];
  /** Pairs of different edits of one span: neither was applied. */
  conflicts: Conflict[];
}

/**
 * Apply one amendment's resolved edits of a document together: identical edits apply once (their origin lists
 * every instruction that asked), different edits of one span conflict, and the earlier version is never mutated.
 * @param tree the document as it stood before the amendment (every edit was resolved against it)
 * @param planned the resolved edits, in instruction order
 * @param document the document's name, for the edits
 * @returns the new document, the edits as the redline reads them, and the conflicts
 */
export function applyEdits(tree: Root, planned: PlannedEdit[], document: string): Applied {
  const { apply, conflicts } = settleChanges(mergeIdentical(planned.flatMap((edit) => toChanges(edit, tree))));
  const blockChanges = apply.filter((c): c is BlockChange => c.level === 'block');
  const bySentenceBlock = groupSentenceChanges(apply);
  const children: Block[] = [];
  const edits: Edit[] = [];
  const n = tree.children.length;
  for (let i = 0; i <= n; ) {
    for (const change of blockChanges.filter((c) => c.kind === 'insert' && c.range[0] === i)) {
      edits.push(insertBlocks(tree, change, children, document));
    }
    if (i === n) break;
    const covering = blockChanges.find((c) => c.kind !== 'insert' && c.range[0] === i);
    if (covering) {
      edits.push(replaceBlocks(tree, covering, children, document));
      i = covering.range[1];
      continue;
    }
    const own = bySentenceBlock.get(i);
    const node = ownWords(tree.children[i] as Block, own, { document, block: i, newBlock: children.length }, edits);
    if (own && node.type === 'paragraph') {
      const result = applySentenceChanges(node, own, { document, block: i, newBlock: children.length });
      if (isEmptied(result.node)) edits.push(deletedParagraph(node, result.edits, i, children.length, document));
      else edits.push(...result.edits);
      if (!isEmptied(result.node)) children.push(result.node);
    } else children.push(node);
    i++;
  }
  return { tree: { ...tree, children }, edits, conflicts };
}

// A paragraph whose every sentence was deleted is gone: it neither prints as a blank block nor counts for later locators.
function isEmptied(node: Block): boolean {
  return node.type === 'paragraph' && node.children.length === 0 && !node.runIn;
}

function deletedParagraph(node: Block, sentenceEdits: Edit[], block: number, newBlock: number, document: string): Edit {
  const origin = sentenceEdits[0]?.origin ?? { amendment: 0, sources: [], global: false };
  return {
    document,
    kind: 'delete',
    before: { block, sentences: null, text: [blockText(node)] },
    after: { block: newBlock, sentences: null, text: [] },
    origin,
  };
}

function groupSentenceChanges(changes: SpanChange[]): Map<number, Array<SentenceChange | WordChange>> {
  const map = new Map<number, Array<SentenceChange | WordChange>>();
  for (const change of changes) {
    if (change.level === 'block') continue;
    map.set(change.block, [...(map.get(change.block) ?? []), change]);
  }
  return map;
}

// New text takes the page of the place it is put: the page where the block before the insertion ends.
function pageAtPoint(tree: Root, point: number): number | null {
  const before = blockPages(tree.children[point - 1]);
  const after = blockPages(tree.children[point]);
  return before[before.length - 1] ?? after[0] ?? null;
}

function insertBlocks(tree: Root, change: BlockChange, children: Block[], document: string): Edit {
  const at = change.range[0];
  const blocks = textBlocks(change.text, pageAtPoint(tree, at), change.origin);
  const after = { block: children.length, sentences: null, text: blocks.map(blockText) };
  children.push(...blocks);
  return { document, kind: 'insert', before: { block: at, sentences: null, text: [] }, after, origin: change.origin };
}

function replaceBlocks(tree: Root, change: BlockChange, children: Block[], document: string): Edit {
  const [start, end] = change.range;
  const old = tree.children.slice(start, end);
  const page = blockPages(old[0])[0] ?? null;
  const blocks = change.kind === 'delete' ? [] : change.kind === 'rewrite' ? rewriteBlock(old[0], change) : textBlocks(change.text, page, change.origin);
  const before = { block: start, sentences: null, text: old.map(blockText) };
  const after = { block: children.length, sentences: null, text: blocks.map(blockText) };
  children.push(...blocks);
  const kind = change.kind === 'delete' ? 'delete' : 'replace';
  return { document, kind, before, after, origin: change.origin };
}

// A global rewrite of a heading, table or marker keeps the node and changes its text.
function rewriteBlock(node: Block | undefined, change: BlockChange): Block[] {
  if (!node) return [];
  if (node.type === 'paragraph') return [node];
  const { position: _position, ...rest } = node;
  return [{ ...rest, value: change.text, origin: change.origin }];
}
