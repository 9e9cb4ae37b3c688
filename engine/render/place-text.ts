import type { Change, ChangePlace, Origin, Redline, TimelineEntry } from '../types.js';
import { clip } from '../core/clip.js';
import { amendmentLabel } from './change-text.js';

/**
 * Say where a change stands as a reviewer names it: page, section or question, paragraph under its heading, sentences.
 * @param place the change's place
 * @returns e.g. `p.7 · Q23 ¶2 · sentences 2-3`, or `p.29 · Section 13 · “China” ¶1`
 */
export function describePlace(place: ChangePlace): string {
  const parts: string[] = [];
  if (place.page !== null) parts.push(`p.${place.page}`);
  const under = [place.section, place.heading ? `“${clip(place.heading, 40)}”` : null].filter(Boolean).join(' · ');
  const paragraph = place.paragraph === null ? '' : `¶${place.paragraph}`;
  if (under || paragraph) parts.push([under, paragraph].filter(Boolean).join(' '));
  if (place.sentences) {
    const [first, last] = place.sentences;
    parts.push(first === last ? `sentence ${first}` : `sentences ${first}-${last}`);
  }
  return parts.join(' · ') || `block ${place.block + 1}`;
}

/**
 * The version that made a change as far as a reviewer needs one name: the latest amendment among its provenance.
 * @param redline the redline (its timeline names and dates the amendments)
 * @param change the change
 * @returns the amendment's label and filing date, or null for a change compared without history
 */
export function changeAmendment(redline: Redline, change: Change): { version: number; label: string; date: string | null } | null {
  const latest = change.provenance.reduce<Origin | null>((best, origin) => (best === null || origin.amendment > best.amendment ? origin : best), null);
  if (!latest) return null;
  const entry: TimelineEntry | undefined = redline.timeline.find((t) => t.version === latest.amendment);
  return { version: latest.amendment, label: entry?.label ?? amendmentLabel(latest.amendment), date: entry?.date ?? null };
}
