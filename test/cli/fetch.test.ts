import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sonus2002Submissions } from '../helpers/edgar-submission.js';
import { repoRoot, type CliRun } from '../helpers/run-cli.js';

// A stand-in for EDGAR on 127.0.0.1: the four 2002 submissions under EDGAR's path layout, with each filing's index.
const cik = '9999901';
const files = new Map<string, string>();
for (const [name, text] of sonus2002Submissions()) {
  const accession = name.replace(/\.txt$/, '');
  const folder = `/Archives/edgar/data/${cik}/${accession.replace(/-/g, '')}`;
  files.set(`${folder}/${name}`, text);
  files.set(`${folder}/${accession}-index.htm`, `<html><body><a href="${folder}/${name}">${name}</a></body></html>`);
}

interface Seen {
  path: string;
  agent: string | undefined;
  at: number;
}

const seen: Seen[] = [];
const failOnce = new Set<string>();
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request: IncomingMessage, response) => {
    const path = request.url ?? '';
    seen.push({ path, agent: request.headers['user-agent'], at: Date.now() });
    if (failOnce.delete(path)) {
      response.writeHead(503).end('busy');
      return;
    }
    const body = files.get(path);
    response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/plain' }).end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

// The bundled binary that ships, run without blocking this process (which serves the requests).
function run(args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['dist/bundle/amendiff.js', ...args], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1', AMENDIFF_EDGAR_URL: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const agent = 'Jane Doe jane@example.com';
const accessions = ['0009999901-02-000001', '0009999901-02-000002', '0009999901-02-000003', '0009999901-02-000004'];

describe('amendiff fetch', () => {
  it('downloads each complete submission with the User-Agent, at most 10 a second, retrying a busy answer, then makes the folder', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'amendiff-fetch-')), 'offer');
    seen.length = 0;
    failOnce.add(`/Archives/edgar/data/${cik}/000999990102000003/0009999901-02-000003.txt`);
    const index = `${base}/Archives/edgar/data/${cik}/000999990102000001/0009999901-02-000001-index.htm`;
    const result = await run(['fetch', dir, index, ...accessions.slice(1), '--cik', cik, '--user-agent', agent, '--base-url', base]);
    expect(result.code).toBe(0);
    expect(result.stderr.replace(/\(\d+ kB\)/g, '(N kB)')).toBe(
      [
        'fetched 1/4 0009999901-02-000001.txt (542 kB)',
        'fetched 2/4 0009999901-02-000002.txt (22 kB)',
        `amendiff: ${base}/Archives/edgar/data/${cik}/000999990102000003/0009999901-02-000003.txt: answered 503; trying again (2 of 4)`,
        'fetched 3/4 0009999901-02-000003.txt (49 kB)',
        'fetched 4/4 0009999901-02-000004.txt (12 kB)',
        '',
      ].join('\n').replace(/\(\d+ kB\)/g, '(N kB)'),
    );
    expect(seen.map((s) => s.path)).toEqual([
      ...accessions.slice(0, 3).map((a) => `/Archives/edgar/data/${cik}/${a.replace(/-/g, '')}/${a}.txt`),
      `/Archives/edgar/data/${cik}/000999990102000003/0009999901-02-000003.txt`,
      `/Archives/edgar/data/${cik}/000999990102000004/0009999901-02-000004.txt`,
    ]);
    expect(new Set(seen.map((s) => s.agent))).toEqual(new Set([agent]));
    const gaps = seen.slice(1).map((s, i) => s.at - (seen[i] as Seen).at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(95);
    expect(readdirSync(join(dir, 'edgar')).sort()).toEqual(accessions.map((a) => `${a}.txt`));
    expect(readFileSync(join(dir, 'offer-to-exchange.txt'), 'utf8')).toBe(readFileSync('corpus/sonus-2002-option-exchange/offer-to-exchange.txt', 'utf8'));
    expect(result.stdout).toContain('  Amendment No. 3    amendment-3.txt        SC TO-I/A, 0009999901-02-000004, filed 2002-11-26\n');
  });

  it('requires a User-Agent that names who asks', async () => {
    const result = await run(['fetch', join(tmpdir(), 'never'), accessions[0] as string, '--cik', cik, '--base-url', base]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/amendiff: Expected `--user-agent "Name email"` \(EDGAR asks every client to say who it is\), found none\n$/);
    const bare = await run(['fetch', join(tmpdir(), 'never'), accessions[0] as string, '--cik', cik, '--user-agent', 'curl', '--base-url', base]);
    expect(bare.stderr).toMatch(/found `curl`\n$/);
  });

  it('says which filing EDGAR does not hold, and writes nothing', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'amendiff-fetch-')), 'offer');
    const result = await run(['fetch', dir, '0009999901-02-000099', '--cik', cik, '--user-agent', agent, '--base-url', base]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`amendiff: ${base}/Archives/edgar/data/${cik}/000999990102000099/0009999901-02-000099.txt: no such filing on EDGAR (404): check the CIK and accession number\n`);
    expect(() => readdirSync(dir)).toThrow();
  });

  it('refuses plain http to another machine, and an accession number without a CIK', async () => {
    const http = await run(['fetch', 'x', accessions[0] as string, '--cik', cik, '--user-agent', agent, '--base-url', 'http://example.com']);
    expect(http.stderr).toMatch(/amendiff: Expected `--base-url` to use https \(http only to this machine\), found `http:\/\/example.com`\n$/);
    const noCik = await run(['fetch', 'x', accessions[0] as string, '--user-agent', agent, '--base-url', base]);
    expect(noCik.stderr).toMatch(/amendiff: Expected `--cik` with the filer’s CIK for accession number `0009999901-02-000001`, found none\n$/);
  });
});
