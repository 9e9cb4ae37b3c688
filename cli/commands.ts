import type { Command } from './command.js';
import { check } from './check.js';
import { outline } from './outline.js';
import { parse } from './parse.js';
import { text } from './text.js';
import { timeline } from './timeline.js';

/** Every `amendiff` command, in the order `--help` lists them. */
export const commands: Command[] = [outline, parse, text, check, timeline];
