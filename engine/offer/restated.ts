import type { VFile } from 'vfile';
import { warn } from '../core/diagnostics.js';
import { describeDifference, restateDocument } from './restate.js';
import { buildTree } from '../read/tree.js';
import type { Origin, Root, SourcePoint, Version } from '../types.js';

/** A document a filing restates in its entirety, as `offer.json` names it, with the file holding its text. */
export interface Restatement {
  /** The filing that restates it, as `offer.json` lists it. */
  filing: string;
  /** The document's name, matched ignoring case. */
  document: string;
  /** The restated text; its name in `offer.json` is its `path` relative to the offer. */
  file: VFile;
  /** The file's name as `offer.json` gives it. */
  name: string;
}

/**
 * Make each document a filing restates operative: its restated text replaces the text the filing's instructions give,
 * keeping the origin of every sentence the two share. Where they differ, a `restated-differs` warning on the restated
 * file names both texts, so a reviewer sees what the restatement changed beyond the instructions.
 * @param documents the documents after the filing's instructions
 * @param restatements this filing's restatements
 * @param amendment the version the filing makes
 * @returns the documents, and which were restated from which file
 */
export function applyRestatements(documents: Record<string, Root>, restatements: Restatement[], amendment: number): { documents: Record<string, Root>; restated: Version['restated'] } {
  const out = { ...documents };
  const restated: Version['restated'] = [];
  for (const restatement of restatements) {
    const name = Object.keys(out).find((n) => n.toLowerCase() === restatement.document.toLowerCase());
    const reconstructed = name ? out[name] : undefined;
    if (!name || !reconstructed) continue;
    const origin = (place: SourcePoint | undefined): Origin => ({
      amendment,
      sources: [{ file: restatement.name, item: null, line: place?.line ?? 1, column: place?.column ?? 1 }],
      global: false,
    });
    const result = restateDocument(reconstructed, buildTree(restatement.file), origin);
    for (const difference of result.differences) {
      warn(restatement.file, describeDifference(difference, name, amendment), difference.place, 'restated-differs');
    }
    out[name] = result.tree;
    restated.push({ document: name, file: restatement.name });
  }
  return { documents: out, restated };
}
