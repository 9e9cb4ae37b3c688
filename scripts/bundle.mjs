// The shipped command: `cli/` and everything it imports (the engine and its dependencies) bundled by rolldown from
// tsc's output into `dist/bundle/`, so a command loads a few files instead of some hundreds of modules. Two entries:
// the command itself and the batch worker; code they share goes into chunks beside them.
import { chmodSync } from 'node:fs';
import { build } from 'rolldown';

const outDir = 'dist/bundle';
await build({
  input: { amendiff: 'dist/cli/bin.js', 'batch-worker': 'dist/cli/batch-worker.js' },
  platform: 'node',
  logLevel: 'warn',
  output: { dir: outDir, format: 'esm', cleanDir: true },
});
chmodSync(`${outDir}/amendiff.js`, 0o755);
