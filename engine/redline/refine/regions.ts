import type { Matching } from '../../align/align.js';
import type { DocumentUnits, Unit } from '../../align/units.js';

/** A span of text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The spans between consecutive matched units whose texts differ.
 * @param a the from-document's units
 * @param b the to-document's units
 * @param matching pairs of unit indexes known to be the same, in order
 * @returns each differing span pair, in document order
 */
export function regions(a: DocumentUnits, b: DocumentUnits, matching: Matching): Array<{ from: Span; to: Span }> {
  const found: Array<{ from: Span; to: Span }> = [];
  let startA = 0;
  let startB = 0;
  const close = (endA: number, endB: number): void => {
    if (!sameSpan(a.text, startA, endA, b.text, startB, endB)) found.push({ from: { start: startA, end: endA }, to: { start: startB, end: endB } });
  };
  for (const [i, j] of matching) {
    const unitA = a.units[i] as Unit;
    const unitB = b.units[j] as Unit;
    close(unitA.start, unitB.start);
    startA = unitA.end;
    startB = unitB.end;
  }
  close(a.text.length, b.text.length);
  return found;
}

/** Whether two spans hold the same text, compared in place: most are the space or blank line between two units. */
function sameSpan(x: string, startX: number, endX: number, y: string, startY: number, endY: number): boolean {
  if (endX - startX !== endY - startY) return false;
  for (let k = 0; k < endX - startX; k++) if (x.charCodeAt(startX + k) !== y.charCodeAt(startY + k)) return false;
  return true;
}
