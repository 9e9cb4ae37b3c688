import type { Version } from '../types.js';

/**
 * Which version to read: a number (0 = original), the original, the latest, or the version in force on an ISO
 * date (the last one filed on or before it).
 */
export type AsOf = number | 'original' | 'latest' | { date: string };

const amendmentName = /^(?:a|amendment(?:\s*no\.?)?|no\.?)\s*-?\s*(\d+)$/i;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Read a version as a user names it: `2`, `A2`, `Amendment No. 2`, `original`, `latest`, or an ISO date.
 * @param value the value as given
 * @returns the version wanted, or null when the value names none of these
 */
export function parseAsOf(value: string): AsOf | null {
  const text = value.trim().replace(/\s+/g, ' ');
  const word = text.toLowerCase();
  if (word === 'original' || word === 'latest') return word;
  if (/^\d+$/.test(text)) return Number(text);
  const named = amendmentName.exec(text);
  if (named) return Number(named[1]);
  return isRealDate(text) ? { date: text } : null;
}

function isRealDate(text: string): boolean {
  const match = isoDate.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Pick a version. For a date, the version in force that day: the last filed on or before it. The original counts
 * from its date when known; when it is not, it is in force on any day before the first amendment's date.
 * @param versions the offer's versions, 0 first
 * @param asOf which one
 * @returns the version, or null when the offer has no such version (or none was in force that day, or a date
 *   a version lacks leaves it undecided)
 */
export function findVersion(versions: Version[], asOf: AsOf): Version | null {
  if (asOf === 'original') return versions[0] ?? null;
  if (asOf === 'latest') return versions[versions.length - 1] ?? null;
  if (typeof asOf === 'number') return versions.find((v) => v.number === asOf) ?? null;
  return versionOn(versions, asOf.date);
}

function versionOn(versions: Version[], date: string): Version | null {
  let found: Version | null = null;
  let undecided = false;
  for (const version of versions) {
    if (version.date === null) {
      // An undated original stands until the first amendment; an undated amendment may have been filed any day
      // until the next dated one.
      if (version.number === 0) found = version;
      else undecided = true;
      continue;
    }
    if (version.date > date) break;
    found = version;
    undecided = false;
  }
  return undecided ? null : found;
}
