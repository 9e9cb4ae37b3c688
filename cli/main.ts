import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { batchOptions, type Command, type Io } from './command.js';
import { commands } from './commands.js';
import { commandHelp, usage } from './usage.js';

/** The version in `package.json`, read only when asked for (both the tsc output and the bundle sit two folders down). */
const version = (): string => (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const fullUsage = async (): Promise<string> => usage(await Promise.all(commands.map((entry) => entry.load())));

/**
 * Run amendiff with argv (without node and script) and resolve to the exit code.
 * @param argv the arguments
 * @param io where output goes
 * @returns the exit code
 */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(await fullUsage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version()}\n`);
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) return fail(io, `Unknown command \`${name}\``, await fullUsage());
  return runCommand(await entry.load(), rest, io);
}

/**
 * Run one command with its arguments: usage and input errors become messages and exit code 2.
 * @param command the command
 * @param argv its arguments
 * @param io where output goes
 * @returns the exit code
 */
export async function runCommand(command: Command, argv: string[], io: Io): Promise<number> {
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      io.stdout(commandHelp(command));
      return 0;
    }
    const options = command.batch ? { ...command.options, ...batchOptions } : command.options;
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true });
    if (command.batch && (positionals.length > 1 || Object.keys(batchOptions).some((name) => values[name] !== undefined))) {
      return await (await import('./batch.js')).runBatch(command, argv, io);
    }
    const [min, max] = command.positionals;
    if (positionals.length < min || positionals.length > max) {
      const count = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
      return fail(io, `\`${command.name}\` takes ${count} argument(s), found ${positionals.length}`, usage([command]));
    }
    return await command.run({ values, positionals }, io);
  } catch (cause) {
    return report(cause, command, io);
  }
}

function report(cause: unknown, command: Command, io: Io): number {
  const error = cause instanceof Error ? cause : new Error(String(cause));
  if (error.name === 'InputError') return fail(io, error.message);
  if (error.name === 'UsageError' || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    return fail(io, error.message, usage([command]));
  }
  throw error;
}

function fail(io: Io, message: string, help?: string): number {
  if (help) io.stderr(help);
  io.stderr(`amendiff: ${message}\n`);
  return 2;
}
