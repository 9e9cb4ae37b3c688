// A child of `npm run bench`: run one task on a case and report the process's peak memory.
// Usage: node scripts/bench-child.mjs <folder> <task> <timeout-ms>
import { readCase, tasks } from './bench-cases.mjs';

const [folder, task, timeout] = process.argv.slice(2);
const result = tasks(readCase(folder), Number(timeout))[task]();
process.stdout.write(`${JSON.stringify({ result, peakMb: process.resourceUsage().maxRSS / 1024 })}\n`);
