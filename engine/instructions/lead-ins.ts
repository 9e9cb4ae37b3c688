import type { VFile } from 'vfile';
import { warn } from '../core/diagnostics.js';
import { clip } from '../core/clip.js';
import type { SourcePoint } from '../types.js';

/** A lead-in passed over ("Items 1 through 9 ... are hereby amended and supplemented as follows:"), and where. */
export interface LeadIn {
  source: SourcePoint;
  text: string;
}

const before = (a: SourcePoint, b: SourcePoint): boolean => a.line < b.line || (a.line === b.line && a.column < b.column);

/**
 * No silent sentence: a lead-in yields nothing of its own, so one after which nothing was read (no instruction, no
 * exhibit, up to the next lead-in or the end of the filing: a filing cut short, or items the reader cannot take) is
 * reported as `missing-text` at the lead-in.
 * @param file the filing, for the message
 * @param leadIns the lead-ins passed over, in filing order
 * @param yielded where each instruction and exhibit change the filing gave stands
 */
export function reportSilentLeadIns(file: VFile, leadIns: LeadIn[], yielded: SourcePoint[]): void {
  leadIns.forEach((lead, k) => {
    const next = leadIns[k + 1]?.source;
    const followed = yielded.some((place) => before(lead.source, place) && (next === undefined || before(place, next)));
    if (!followed) warn(file, `Expected instructions or new text after the lead-in \`${clip(lead.text, 60)}\`, found none`, lead.source, 'missing-text');
  });
}
