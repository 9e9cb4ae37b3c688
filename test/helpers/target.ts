import type { Target } from '../../engine/types.js';

/**
 * A target with every field empty (the contract's nulls and empty lists), the given fields set.
 * @param fields the fields to set
 * @returns the target
 */
export function targetOf(fields: Partial<Target> = {}): Target {
  return { document: null, item: null, pages: [], section: null, heading: null, paragraph: null, paragraphs: [], sentences: [], scope: 'sentence', match: null, ...fields };
}
