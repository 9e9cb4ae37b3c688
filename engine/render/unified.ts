import { createTwoFilesPatch } from 'diff';
import type { Redline } from '../types.js';
import { sideLabel } from './change-text.js';

/**
 * Render a redline as a git-style unified diff of the two texts (one line per block), via jsdiff's `createTwoFilesPatch`.
 * @param redline the redline
 * @returns the patch
 */
export function renderUnified(redline: Redline): string {
  const name = (prefix: string, label: string): string => `${prefix}/${redline.document ?? label}`;
  return createTwoFilesPatch(
    name('a', redline.from.label),
    name('b', redline.to.label),
    redline.from.text,
    redline.to.text,
    sideLabel(redline.from),
    sideLabel(redline.to),
    { context: 2 },
  );
}
