import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { batchOptions, usageError, type Command, type Io } from './command.js';
import { listOffers, parseShard } from './batch-offers.js';
import { runBatchTask, type BatchResult, type BatchTask } from './batch-run.js';
import { createProgress } from './progress.js';

/**
 * Run a command on many offers (several folders, `--all DIR`, `--shard i/n`) on worker threads across the cores.
 * Each offer's output is printed in folder-name order as soon as those before it are done: in text, as the command
 * prints it (under a `==> folder <==` line when the command prints a document); with `--format json`, one JSON line
 * per offer. A progress bar is drawn on standard error when it is a terminal.
 * @param command the command to run on each offer
 * @param argv the arguments as given (folders and options)
 * @param io where output goes
 * @returns the worst exit code of any offer
 */
export async function runBatch(command: Command, argv: string[], io: Io): Promise<number> {
  const { values, positionals, tokens } = parseArgs({ args: argv, options: { ...command.options, ...batchOptions }, allowPositionals: true, tokens: true });
  const json = values.format === 'json';
  const all = typeof values.all === 'string' ? values.all : undefined;
  const shard = typeof values.shard === 'string' ? parseShard(values.shard) : undefined;
  const offers = listOffers(positionals, all, shard);
  if (offers.length === 0 && !shard) throw usageError(`Expected offer folders${all ? ` in \`${all}\`` : ''}, found none`);
  const own = new Set(tokens.filter((t) => t.kind === 'positional' || (t.kind === 'option' && t.name in batchOptions)).flatMap(takenIndexes));
  const options = argv.filter((_, i) => !own.has(i));
  const tasks = offers.map((dir, index): BatchTask => ({ index, command: command.name, argv: [dir, ...options] }));
  const progress = createProgress(tasks.length, io.stderr, io.stderrIsTTY === true);
  const pending = new Map<number, BatchResult>();
  let next = 0;
  let worst = 0;
  const print = (result: BatchResult): void => {
    pending.set(result.index, result);
    progress?.print(() => flush());
    if (!progress) flush();
    progress?.tick();
  };
  const flush = (): void => {
    for (let ready = pending.get(next); ready; ready = pending.get(next)) {
      pending.delete(next);
      worst = Math.max(worst, ready.code);
      writeResult(ready, offers[next] as string, { json, headers: command.batch === 'sections' }, io);
      next++;
    }
  };
  await runPool(tasks, jobsOption(values.jobs, tasks.length), io.env, print);
  return worst;
}

/** The argv indexes a token takes: an option's separate value takes the next one too. */
function takenIndexes(token: { kind: string; index: number; inlineValue?: boolean | undefined; value?: string | undefined }): number[] {
  return token.kind === 'option' && token.value !== undefined && token.inlineValue === false ? [token.index, token.index + 1] : [token.index];
}

function jobsOption(value: unknown, offers: number): number {
  if (value === undefined) return Math.max(1, Math.min(availableParallelism(), offers));
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw usageError(`Expected \`--jobs\` to be a whole number from 1, found \`${String(value)}\``);
  return Math.min(jobs, Math.max(1, offers));
}

/** One offer's output: its lines as the command wrote them, or one JSON line. */
function writeResult(result: BatchResult, offer: string, shape: { json: boolean; headers: boolean }, io: Io): void {
  if (shape.json) {
    io.stdout(`${JSON.stringify({ offer, status: result.code, result: parseOutput(result.stdout), messages: lines(result.stderr) })}\n`);
    return;
  }
  if (shape.headers && result.stdout !== '') io.stdout(`==> ${offer} <==\n`);
  io.stdout(result.stdout);
  io.stderr(result.stderr);
}

function parseOutput(text: string): unknown {
  try {
    return text === '' ? null : (JSON.parse(text) as unknown);
  } catch {
    return text;
  }
}

const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '');

/**
 * Run the tasks on `jobs` worker threads (in this thread when `jobs` is 1), calling `done` with each result.
 */
async function runPool(tasks: BatchTask[], jobs: number, env: Io['env'], done: (result: BatchResult) => void): Promise<void> {
  if (jobs === 1) {
    for (const task of tasks) done(await runBatchTask(task, env));
    return;
  }
  const queue = [...tasks];
  const workers = Array.from({ length: jobs }, () => new Worker(new URL('./batch-worker.js', import.meta.url)));
  try {
    await Promise.all(workers.map((worker) => feed(worker, queue, done)));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** Give a worker one task at a time until the queue is empty. */
function feed(worker: Worker, queue: BatchTask[], done: (result: BatchResult) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const send = (): void => {
      const task = queue.shift();
      if (task) worker.postMessage(task);
      else resolve();
    };
    worker.on('message', (result: BatchResult) => {
      done(result);
      send();
    });
    worker.on('error', reject);
    send();
  });
}
