import type { ParseArgsConfig } from 'node:util';

/** Where a command writes: standard output and standard error, as functions so tests can capture them. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Environment (for NO_COLOR and the like). */
  env: Record<string, string | undefined>;
  /** Whether standard output is a terminal. */
  isTTY: boolean;
  /** Whether standard error is a terminal (a batch run draws its progress bar there). */
  stderrIsTTY?: boolean;
}

/** Parsed arguments of one command. */
export interface CommandArgs {
  positionals: string[];
  values: Record<string, string | boolean | Array<string | boolean> | undefined>;
}

/** One `amendiff` command: its usage text is built from these records. */
export interface Command {
  name: string;
  /** One line: what it does. */
  description: string;
  /** Synopsis after `amendiff `, e.g. `parse <file> [--format json|text]`. */
  synopsis: string;
  /** Options for `node:util` `parseArgs`. */
  options: NonNullable<ParseArgsConfig['options']>;
  /** What each option does, keyed as `--help` prints it (`--from <version>`); every option in `options` has one. */
  help?: Record<string, string>;
  /** One example of the command in use, as typed. */
  example?: string;
  /** How many positionals it takes: [min, max] (`Infinity` for no limit). */
  positionals: [number, number];
  /**
   * Whether it runs on many offers at once (several folders, `--all`, `--shard`): `lines` when its output names
   * the files it speaks of, `sections` when each offer's output goes under a `==> folder <==` line.
   */
  batch?: 'lines' | 'sections';
  /** Run it; resolves to the exit code (0 ok, 1 problems found, 2 unusable input or usage). */
  run: (args: CommandArgs, io: Io) => Promise<number>;
}

/** The options every batch command takes besides its own. */
export const batchOptions: NonNullable<ParseArgsConfig['options']> = {
  all: { type: 'string' },
  shard: { type: 'string' },
  jobs: { type: 'string' },
};

/** What the batch options do, as a batch command's `--help` lists them. */
export const batchHelp: Record<string, string> = {
  '--all DIR': 'Run on every offer folder inside DIR too (hidden folders aside), in folder-name order.',
  '--shard i/n': 'Keep only part i of n of the offers, split by a hash of each folder name (every offer in exactly one part).',
  '--jobs N': 'Run N offers at once on worker threads (default: one per core; 1 runs them in this thread).',
};

/**
 * A mistake in how a command was called: printed with the usage, exit code 2.
 * @param message one sentence saying what was expected and found
 * @returns an Error named `UsageError`
 */
export function usageError(message: string): Error {
  return Object.assign(new Error(message), { name: 'UsageError' });
}

/**
 * Input a user gave that cannot be used at all (missing, unreadable, empty, binary): one line, exit code 2.
 * @param message `path: what is wrong`
 * @returns an Error named `InputError`
 */
export function inputError(message: string): Error {
  return Object.assign(new Error(message), { name: 'InputError' });
}

/**
 * Read a `--format` value, checking it is one the command offers.
 * @param values the parsed option values
 * @param allowed the formats the command offers, the first being the default
 * @returns the chosen format
 */
export function formatOption<T extends string>(values: CommandArgs['values'], allowed: readonly T[]): T {
  const value = values.format;
  if (value === undefined) return allowed[0] as T;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw usageError(`Expected \`--format\` to be one of ${allowed.map((f) => `\`${f}\``).join(', ')}, found \`${String(value)}\``);
}
