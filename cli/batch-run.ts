import type { Io } from './command.js';
import { commands } from './commands.js';
import { runCommand } from './main.js';

/** One offer of a batch: the command and its arguments for that offer alone. */
export interface BatchTask {
  index: number;
  command: string;
  argv: string[];
}

/** What one offer's run printed and returned. */
export interface BatchResult {
  index: number;
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Run a command on one offer with its output captured, as a worker does for each offer it is given.
 * An internal error is that offer's result (exit code 70, the error on its stderr), never the end of the batch.
 * @param task the offer's command and arguments
 * @param env the environment the command sees
 * @returns its exit code and output
 */
export async function runBatchTask(task: BatchTask, env: Io['env']): Promise<BatchResult> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), env, isTTY: false };
  let code: number;
  try {
    const entry = commands.find((c) => c.name === task.command);
    if (!entry) throw new Error(`no command \`${task.command}\``);
    code = await runCommand(await entry.load(), task.argv, io);
  } catch (error) {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    err.push(`amendiff: internal error (please report): ${text}\n`);
    code = 70;
  }
  return { index: task.index, code, stdout: out.join(''), stderr: err.join('') };
}
