import type { Span } from './refine/refine.js';
import type { Origin } from '../types.js';
import { unitsOverlapping, type Unit } from '../align/units.js';

/** Where a unit of a later version came from: its unit in the first version (`a`), or -1 and who made it. */
export interface Trace {
  a: number;
  provenance: Origin[];
}

/**
 * Build the lookup a redline uses to say who made a change: the amendments that deleted the first version's units in
 * the change, and those that made the last version's units in it.
 * @param a units of the first version
 * @param b units of the last version
 * @param deleted for each unit of the first version, who deleted it (empty when it survived)
 * @param trace for each unit of the last version, where it came from
 * @returns a function from the two spans of a change to its provenance, without repeats
 */
export function provenanceLookup(a: Unit[], b: Unit[], deleted: Array<Origin[] | undefined>, trace: Trace[]): (from: Span, to: Span) => Origin[] {
  const collect = (from: Span, to: Span, widen: number): Origin[] => {
    const found = [
      ...unitsOverlapping(a, from.start - widen, from.end + widen).flatMap((i) => deleted[i] ?? []),
      ...unitsOverlapping(b, to.start - widen, to.end + widen).flatMap((j) => trace[j]?.provenance ?? []),
    ];
    return uniqueOrigins(found).sort((x, y) => x.amendment - y.amendment);
  };
  // A change that is only the space between units (a paragraph split or joined) takes the origin of its neighbours.
  return (from, to) => {
    const found = collect(from, to, 0);
    return found.length > 0 ? found : collect(from, to, 2);
  };
}

/**
 * Drop repeated origins, keeping the first of each in order.
 * @param origins origins, possibly repeated
 * @returns each origin once
 */
export function uniqueOrigins(origins: Origin[]): Origin[] {
  const seen = new Set<string>();
  return origins.filter((origin) => {
    const key = JSON.stringify(origin);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
