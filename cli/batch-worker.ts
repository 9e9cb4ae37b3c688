// A worker thread of a batch run: it runs each offer it is sent and posts back what that offer printed.
import { parentPort } from 'node:worker_threads';
import { runBatchTask, type BatchTask } from './batch-run.js';

const port = parentPort;
if (!port) throw new Error('batch-worker runs only as a worker thread');
port.on('message', (task: BatchTask) => {
  void runBatchTask(task, process.env).then((result) => port.postMessage(result));
});
