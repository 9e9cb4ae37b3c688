import type { Command } from './command.js';

/** A command's name and how to load its record: only the command asked for is loaded, so start-up stays light. */
export interface CommandEntry {
  name: string;
  load: () => Promise<Command>;
}

/** Every `amendiff` command, in the order `--help` lists them. */
export const commands: CommandEntry[] = [
  { name: 'init', load: async () => (await import('./init.js')).init },
  { name: 'fetch', load: async () => (await import('./fetch.js')).fetchCommand },
  { name: 'outline', load: async () => (await import('./outline.js')).outline },
  { name: 'parse', load: async () => (await import('./parse.js')).parse },
  { name: 'text', load: async () => (await import('./text.js')).text },
  { name: 'check', load: async () => (await import('./check.js')).check },
  { name: 'timeline', load: async () => (await import('./timeline.js')).timeline },
  { name: 'review', load: async () => (await import('./review.js')).review },
  { name: 'redline', load: async () => (await import('./redline.js')).redlineCommand },
  { name: 'compare', load: async () => (await import('./compare.js')).compareCommand },
];
