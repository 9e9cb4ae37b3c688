import { describe, expect, it } from 'vitest';
import { commands } from '../../cli/commands.js';
import { commandHelp } from '../../cli/usage.js';
import { runCli } from '../helpers/run-cli.js';

describe('each command\u2019s --help', () => {
  it.each(commands.map((entry) => entry.name))('%s lists every option and gives one example', async (name) => {
    const command = await (commands.find((entry) => entry.name === name) as (typeof commands)[number]).load();
    const help = commandHelp(command);
    const listed = Object.keys(command.help ?? {});
    for (const option of Object.keys(command.options)) {
      expect(listed.some((key) => key === `--${option}` || key.startsWith(`--${option} `)), `--${option}`).toBe(true);
    }
    expect(listed.length).toBe(Object.keys(command.options).length);
    expect(help).toContain(`Usage: amendiff ${command.synopsis}\n`);
    expect(help).toMatch(new RegExp(`\\nExample:\\n  amendiff ${name} \\S`));
  });

  it('is printed by the binary with exit code 0', () => {
    const run = runCli(['text', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  --as-of <version>      Required: the version, as `2`, `A2`, `Amendment No. 2`, `original`, `latest` or a date');
    expect(run.stdout).toContain('Example:\n  amendiff text corpus/sonus-2002-option-exchange --as-of "Amendment No. 2"\n');
  });
});
