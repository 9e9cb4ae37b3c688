import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { inputError, usageError } from './command.js';

/** One part of a split run: the `i`th (1-based) of `n`. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * Read `--shard i/n` (1 <= i <= n).
 * @param value the option's value
 * @returns the shard
 */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw usageError(`Expected \`--shard\` as \`i/n\` with 1 <= i <= n, found \`${value}\``);
  return { index, count };
}

/**
 * Which shard (1-based) an offer folder belongs to: a hash (FNV-1a) of its folder name, so the split depends on the
 * name alone, never on which other offers are in the run or on the machine.
 * @param name the offer folder's name (its last path segment)
 * @param count how many shards
 * @returns the shard number, 1 to `count`
 */
export function shardOf(name: string, count: number): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(name, 'utf8')) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return (hash % count) + 1;
}

/**
 * The offer folders of a run: those named, then every folder inside `--all DIR` (hidden ones aside), in name order,
 * without repeats, and only those of the shard asked for.
 * @param named the folders given as arguments
 * @param all the folder of offer folders, if any
 * @param shard the part of the run to keep, if any
 * @returns the folders, as paths
 */
export function listOffers(named: string[], all: string | undefined, shard: Shard | undefined): string[] {
  const found = all === undefined ? [] : subfolders(all);
  const seen = new Set<string>();
  const offers = [...named, ...found].filter((dir) => {
    const key = resolve(dir);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  offers.sort((a, b) => (basename(a) < basename(b) ? -1 : basename(a) > basename(b) ? 1 : a < b ? -1 : 1));
  return shard ? offers.filter((dir) => shardOf(basename(resolve(dir)), shard.count) === shard.index) : offers;
}

function subfolders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => join(dir, entry.name));
  } catch {
    throw inputError(`${dir}: expected a folder of offer folders for \`--all\``);
  }
}
