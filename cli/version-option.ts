import { usageError } from './command.js';
import { findVersion, parseAsOf, type Version } from '../engine/index.js';

/** How a version may be named, for usage text and messages. */
export const versionForms = '`2`, `A2`, `Amendment No. 2`, `original`, `latest` or a date (`2002-11-15`)';

/**
 * Read a version option (`--as-of`, `--from`, `--to`): a number, `A2`, `Amendment No. 2`, `original`, `latest` or an
 * ISO date (the version in force that day). A value naming no version of the offer is a usage error saying which exist.
 * @param versions the offer's versions, 0 first
 * @param value the option's value, or undefined
 * @param name the option as written (`--from`)
 * @param fallback the version when the option is absent, or undefined when it must be given
 * @returns the version
 */
export function versionOption(versions: Version[], value: unknown, name: string, fallback?: 'original' | 'latest'): Version {
  const text = typeof value === 'string' ? value : fallback;
  if (text === undefined) throw usageError(`Expected \`${name}\` with a version (${versionForms}), found none`);
  const asOf = parseAsOf(text);
  if (asOf === null) throw usageError(`Expected \`${name}\` to be a version (${versionForms}), found \`${text}\``);
  const found = findVersion(versions, asOf);
  if (found) return found;
  const last = versions[versions.length - 1] as Version;
  if (typeof asOf === 'object') {
    const first = versions.find((v) => v.date !== null);
    const since = first ? `; the offer's first dated version is ${first.label}, ${first.date}` : '; its versions carry no dates';
    throw usageError(`Expected \`${name}\` to be a date some version of the offer was in force${since}, found \`${text}\``);
  }
  throw usageError(`Expected \`${name}\` to be \`original\`, \`latest\` or a version from \`0\` to \`${last.number}\`, found \`${text}\``);
}
