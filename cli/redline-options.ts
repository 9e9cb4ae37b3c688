import { formatOption, usageError, type Command, type CommandArgs, type Io } from './command.js';
import { writeOutput } from './write.js';
import { binaryRedlineFormats, redlineFormats, renderRedline, type Redline, type RedlineFormat } from '../engine/index.js';

/** The options `redline` and `compare` share: format, output file and colour. */
export const redlineOutputOptions: Command['options'] = {
  format: { type: 'string' },
  out: { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
};

/** What the shared output options do, for `--help`. */
export const redlineOutputHelp: Record<string, string> = {
  '--format <format>': `${redlineFormats.map((f) => `\`${f}\``).join(', ')} (default \`${redlineFormats[0]}\`).`,
  '--out <FILE>': 'Write to FILE (whole or not at all) instead of standard output, and say what was written.',
  '--color': 'Colour the terminal format even when output is not a terminal.',
  '--no-color': 'No colour (so does a non-empty NO_COLOR).',
};

/**
 * Whether the terminal format may use colour: `--color` forces it; `--no-color`, a non-empty `NO_COLOR`, `--out`
 * or output that is not a terminal (unless `FORCE_COLOR` is set) turn it off.
 * @param values the parsed options
 * @param io the environment and whether stdout is a terminal
 * @returns true for colour
 */
export function useColor(values: CommandArgs['values'], io: Io): boolean {
  if (values['no-color'] === true || values.out !== undefined) return false;
  if (values.color === true) return true;
  if (io.env.NO_COLOR) return false;
  const forced = io.env.FORCE_COLOR;
  return forced !== undefined && forced !== '0' ? true : io.isTTY;
}

/**
 * Render a redline in the format asked for and write it to `--out` (atomically) or stdout. A Word file is written
 * only with `--out`: its bytes are no use on a terminal or in a pipe.
 * @param redline the redline
 * @param values the parsed options
 * @param io where output goes
 */
export async function writeRedline(redline: Redline, values: CommandArgs['values'], io: Io): Promise<void> {
  const format: RedlineFormat = formatOption(values, redlineFormats);
  const out = typeof values.out === 'string' ? values.out : undefined;
  if (out === undefined && binaryRedlineFormats.includes(format)) {
    throw usageError(`Expected \`--out FILE.${format}\` with \`--format ${format}\`, which writes a Word file, not text to standard output`);
  }
  const output = await renderRedline(redline, format, { color: useColor(values, io) });
  writeOutput(output, out, io);
  const count = redline.changes.length;
  if (out !== undefined) io.stderr(`wrote ${out}: ${count} change${count === 1 ? '' : 's'}\n`);
}
