import { batchHelp, type Command } from './command.js';

/**
 * The usage text, built from the command records.
 * @param list the commands to describe
 * @returns the text
 */
export function usage(list: Command[]): string {
  const lines = list.map((command) => `  amendiff ${command.synopsis}\n      ${command.description}`);
  return `Usage:\n${lines.join('\n')}\n  amendiff <command> --help     every option of a command, and an example\n  amendiff --help | --version\n`;
}

/**
 * A command's own help: synopsis, what it does, every option, one example.
 * @param command the command
 * @returns the text
 */
export function commandHelp(command: Command): string {
  const options = Object.entries({ ...command.help, ...(command.batch ? batchHelp : {}), '-h, --help': 'Show this help.' });
  const width = Math.max(...options.map(([name]) => name.length));
  const lines = options.map(([name, text]) => `  ${name.padEnd(width)}  ${text}`);
  const example = command.example ? `\nExample:\n  ${command.example}\n` : '';
  return `Usage: amendiff ${command.synopsis}\n\n${command.description}\n\nOptions:\n${lines.join('\n')}\n${example}`;
}
