/**
 * Project an engine document tree onto the reference model's shape, so a property can compare them with one `toEqual`.
 */
import type { Root } from '../../engine/types.js';
import type { ModelBlock, ModelDoc } from './reference-model.js';

/** A block as the properties compare it: headings by kind and text, paragraphs by sentences (and pages when asked). */
export type ProjectedBlock =
  | { type: 'heading'; kind: string; text: string; page?: number | null }
  | { type: 'paragraph'; sentences: string[]; pages?: number[] }
  | { type: 'table' | 'unknown'; text: string };

/**
 * Project an engine tree.
 * @param tree the engine's document
 * @param withPages also compare printed pages
 * @returns its blocks in the compared shape
 */
export function projectTree(tree: Root, withPages = false): ProjectedBlock[] {
  return tree.children.map((block): ProjectedBlock => {
    if (block.type === 'paragraph') {
      const sentences = block.runIn ? [block.runIn, ...block.children.map((s) => s.value)] : block.children.map((s) => s.value);
      return withPages ? { type: 'paragraph', sentences, pages: block.pages } : { type: 'paragraph', sentences };
    }
    if (block.type === 'heading') return withPages ? { type: 'heading', kind: block.kind, text: block.value, page: block.page } : { type: 'heading', kind: block.kind, text: block.value };
    return { type: block.type, text: block.value };
  });
}

/**
 * Project a model document the same way.
 * @param doc the model
 * @param withPages also compare printed pages
 * @returns its blocks in the compared shape
 */
export function projectModel(doc: ModelDoc, withPages = false): ProjectedBlock[] {
  return doc.blocks.map((block: ModelBlock): ProjectedBlock => {
    if (block.type === 'paragraph') return withPages ? { type: 'paragraph', sentences: block.sentences, pages: block.pages } : { type: 'paragraph', sentences: block.sentences };
    return withPages ? { type: 'heading', kind: block.kind, text: block.text, page: block.page } : { type: 'heading', kind: block.kind, text: block.text };
  });
}
