import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root, for paths in CLI tests. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** What a run of the built `amendiff` binary printed and returned. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run the built binary (`dist/bundle/amendiff.js`, bundled, built by `pretest`) with arguments, from the repository root.
 * @param args the arguments after `amendiff`
 * @param env extra environment variables
 * @returns exit code and output
 */
export function runCli(args: string[], env: Record<string, string> = {}): CliRun {
  const result = spawnSync(process.execPath, ['dist/bundle/amendiff.js', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
