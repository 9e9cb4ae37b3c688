import type { Command } from './command.js';
import { check } from './check.js';
import { compareCommand } from './compare.js';
import { outline } from './outline.js';
import { parse } from './parse.js';
import { redlineCommand } from './redline.js';
import { text } from './text.js';
import { timeline } from './timeline.js';

/** Every `amendiff` command, in the order `--help` lists them. */
export const commands: Command[] = [outline, parse, text, check, timeline, redlineCommand, compareCommand];
