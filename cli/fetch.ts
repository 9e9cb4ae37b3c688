import { join } from 'node:path';
import { inputError, usageError, type Command, type CommandArgs, type Io } from './command.js';
import { downloader } from './download.js';
import { checkFolderFree, makeFolder, writeOfferFolder } from './offer-folder.js';
import { writeOutput } from './write.js';
import { assembleOffer, readAccession, readEdgarAddress, submissionPath, type EdgarFiling, type SourceFile } from '../engine/index.js';

const defaultBase = 'https://www.sec.gov';

/** `amendiff fetch <offer-dir> <address|accession>...`: download filings from EDGAR, then make the offer folder. */
export const fetchCommand: Command = {
  name: 'fetch',
  description: 'Download filings\u2019 complete submissions from EDGAR (at most 10 requests a second), keep them in <offer-dir>/edgar/, then make the offer folder as init does.',
  synopsis: 'fetch <offer-dir> <address|accession>... --user-agent "Name email" [--cik N] [--base-url URL] [--force]',
  options: { 'user-agent': { type: 'string' }, cik: { type: 'string' }, 'base-url': { type: 'string' }, force: { type: 'boolean' } },
  help: {
    '--user-agent "Name email"': 'Required: who is asking, as EDGAR\u2019s fair-access policy requires (e.g. "Jane Doe jane@example.com").',
    '--cik <N>': 'The filer\u2019s CIK, for filings named by accession number alone.',
    '--base-url <URL>': `Where EDGAR is (default ${defaultBase}, or AMENDIFF_EDGAR_URL); https, or http to this machine only.`,
    '--force': 'Write into <offer-dir> even when it already holds files.',
  },
  example: 'amendiff fetch my-offer --user-agent "Jane Doe jane@example.com" --cik 1234567 0001234567-02-000001 0001234567-02-000002',
  positionals: [2, Infinity],
  run: async ({ positionals, values }, io) => {
    const [dir, ...names] = positionals as [string, ...string[]];
    const userAgent = userAgentOption(values);
    const base = baseUrl(values, io);
    const filings = names.map((name) => filingOf(name, values.cik));
    checkFolderFree(dir, values.force === true);
    const retried = (url: string, why: string, attempt: number): void => io.stderr(`amendiff: ${url}: ${why}; trying again (${attempt + 1} of 4)\n`);
    const download = downloader({ userAgent, spacing: 100, attempts: 4, backoff: 500, retried });
    const sources: SourceFile[] = [];
    for (const [index, filing] of filings.entries()) {
      const text = await download(`${base}${submissionPath(filing)}`);
      io.stderr(`fetched ${index + 1}/${filings.length} ${filing.accession}.txt (${Math.ceil(text.length / 1024)} kB)\n`);
      sources.push({ path: join(dir, 'edgar', `${filing.accession}.txt`), text });
    }
    const result = assembleOffer(sources);
    if (!result.ok) throw inputError(result.reason);
    makeFolder(join(dir, 'edgar'));
    for (const source of sources) writeOutput(source.text, source.path, io);
    writeOfferFolder(dir, result.offer, io);
    return 0;
  },
};

function userAgentOption(values: CommandArgs['values']): string {
  const agent = values['user-agent'];
  if (typeof agent !== 'string' || !/\S+@\S+\.\S+/.test(agent) || !/\S\s+\S/.test(agent)) {
    const found = typeof agent === 'string' ? `\`${agent}\`` : 'none';
    throw usageError(`Expected \`--user-agent "Name email"\` (EDGAR asks every client to say who it is), found ${found}`);
  }
  return agent;
}

// https anywhere; plain http only to this machine, for tests and mirrors on it.
function baseUrl(values: CommandArgs['values'], io: Io): string {
  const given = typeof values['base-url'] === 'string' ? values['base-url'] : (io.env.AMENDIFF_EDGAR_URL || defaultBase);
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw usageError(`Expected \`--base-url\` to be an address such as \`${defaultBase}\`, found \`${given}\``);
  }
  const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw usageError(`Expected \`--base-url\` to use https (http only to this machine), found \`${given}\``);
  }
  return given.replace(/\/+$/, '');
}

function filingOf(name: string, cik: unknown): EdgarFiling {
  const address = readEdgarAddress(name);
  if (address) return address;
  const accession = readAccession(name);
  if (!accession) throw usageError(`Expected a filing\u2019s EDGAR address or an accession number (\`0000950135-02-004904\`), found \`${name}\``);
  if (typeof cik !== 'string' || !/^\d{1,10}$/.test(cik)) throw usageError(`Expected \`--cik\` with the filer\u2019s CIK for accession number \`${accession}\`, found ${typeof cik === 'string' ? `\`${cik}\`` : 'none'}`);
  return { cik: String(Number(cik)), accession };
}
