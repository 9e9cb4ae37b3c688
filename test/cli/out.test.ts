import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('--out', () => {
  it('says what it wrote and how many changes, on stderr, leaving stdout empty', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'amendiff-out-')), 'redline.json');
    const run = runCli(['redline', 'corpus/sonus-2002-option-exchange', '--from', 'original', '--to', 'A2', '--format', 'json', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const changes = (JSON.parse(readFileSync(out, 'utf8')) as { changes: unknown[] }).changes.length;
    expect(changes).toBeGreaterThan(1);
    expect(run.stderr).toBe(`wrote ${out}: ${changes} changes\n`);
  });
});
