import type { Command } from './command.js';
import { outline } from './outline.js';

/** Every `amendiff` command, in the order `--help` lists them. */
export const commands: Command[] = [outline];
