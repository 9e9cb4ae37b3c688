import { inputError } from './command.js';
import { decodeText, maxInputBytes } from '../engine/index.js';

/** How downloads are made: who we say we are, the pace, and how often to try again. */
export interface DownloadOptions {
  userAgent: string;
  /** Least time between an answer and the next request, in ms (100 keeps under EDGAR's 10 requests a second). */
  spacing: number;
  /** How many times a request is tried in all. */
  attempts: number;
  /** Wait before the first retry, in ms; doubled each time (a `Retry-After` the server gives is taken instead, up to a minute). */
  backoff: number;
  /** Told of each failed attempt that will be tried again. */
  retried?: (url: string, why: string, attempt: number) => void;
}

/** A downloader that keeps its pace across calls. */
export type Download = (url: string) => Promise<string>;

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Make a downloader: GET with the User-Agent, one request at a time `spacing` ms apart, retrying network failures,
 * 429 and 5xx answers; any other failure is one line naming the address.
 * @param options the options
 * @returns the downloader
 */
export function downloader(options: DownloadOptions): Download {
  let next = 0;
  // Requests go one at a time, each `spacing` ms after the answer to the one before: however slow the network, the
  // server never sees two closer together than that.
  const paced = async (url: string): Promise<Response> => {
    const now = Date.now();
    if (next > now) await wait(next - now);
    try {
      return await fetch(url, { headers: { 'User-Agent': options.userAgent, 'Accept-Encoding': 'gzip, deflate' }, signal: AbortSignal.timeout(60_000) });
    } finally {
      next = Date.now() + options.spacing;
    }
  };
  return async (url) => {
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= options.attempts;
      let response: Response;
      try {
        response = await paced(url);
      } catch (cause) {
        if (last) throw inputError(`${url}: cannot be downloaded (${reasonOf(cause)})`);
        options.retried?.(url, reasonOf(cause), attempt);
        await wait(options.backoff * 2 ** (attempt - 1));
        continue;
      }
      if (response.ok) return body(url, response);
      const retry = response.status === 429 || response.status >= 500;
      if (!retry || last) throw inputError(`${url}: ${statusText(response.status)}`);
      await response.body?.cancel();
      options.retried?.(url, `answered ${response.status}`, attempt);
      await wait(retryAfter(response) ?? options.backoff * 2 ** (attempt - 1));
    }
  };
}

async function body(url: string, response: Response): Promise<string> {
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > maxInputBytes) throw inputError(`${url}: is larger than the ${maxInputBytes / 1024 / 1024} MiB amendiff reads`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > maxInputBytes) throw inputError(`${url}: is larger than the ${maxInputBytes / 1024 / 1024} MiB amendiff reads`);
  return decodeText(bytes);
}

function statusText(status: number): string {
  if (status === 404) return 'no such filing on EDGAR (404): check the CIK and accession number';
  if (status === 403) return 'refused (403): EDGAR refuses a client whose User-Agent does not name it, or that asks too fast';
  return `answered ${status}, after retries`;
}

function retryAfter(response: Response): number | null {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 60) * 1000 : null;
}

function reasonOf(cause: unknown): string {
  const inner = cause instanceof Error ? ((cause.cause as { code?: string } | undefined)?.code ?? cause.name) : String(cause);
  return inner === 'TimeoutError' ? 'no answer within a minute' : inner;
}
