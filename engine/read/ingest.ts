import { VFile } from 'vfile';
import type { DocumentFormat } from '../types.js';
import { isSubmission, mainDocumentInPlace } from './edgar/submission.js';
import { isPreformattedFiling, unwrapPreformatted } from './html/pre.js';

/** Largest input amendiff reads, in bytes; larger files are refused with a message. */
export const maxInputBytes = 32 * 1024 * 1024;

/** Why an input cannot be used at all. */
export type IngestProblem = 'empty' | 'binary' | 'too-large';

/**
 * Find why bytes cannot be read as a filing, if they cannot.
 * @param bytes the file's content
 * @returns the problem, or null when the bytes are usable text
 */
export function ingestProblem(bytes: Uint8Array): IngestProblem | null {
  if (bytes.length > maxInputBytes) return 'too-large';
  if (bytes.length === 0) return 'empty';
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return 'binary';
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  if (control > sample.length * 0.1) return 'binary';
  return isBlank(bytes) ? 'empty' : null;
}

// Whitespace only (ASCII spaces, tabs, line ends, a byte-order mark): stops at the first other byte, decoding nothing.
function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    const bom = i < 3 && (byte === 0xef || byte === 0xbb || byte === 0xbf);
    if (byte !== 32 && (byte < 9 || byte > 13) && !bom) return false;
  }
  return true;
}

/**
 * Guess a document's format from its name and content.
 * @param path the file path (its extension decides first)
 * @param text the decoded content
 * @returns text, markdown or html
 */
export function detectFormat(path: string, text: string): DocumentFormat {
  const lower = path.toLowerCase();
  if (/\.(md|markdown)$/.test(lower)) return 'markdown';
  if (/\.(html?|xhtml)$/.test(lower)) return 'html';
  if (/\.txt$/.test(lower)) return 'text';
  const head = text.trimStart().slice(0, 4096).toLowerCase();
  if (/<html|<body|<p[\s>]|<div[\s>]|<!doctype html/.test(head)) return 'html';
  return 'text';
}

/**
 * Turn a path and its bytes into a VFile holding decoded text, its format in `data.format`.
 * Normalises CRLF and CR line ends to LF so that positions count lines as editors do. An HTML file that is a text
 * filing wrapped in `<pre>` becomes that text (format `text`), tags blanked and references decoded, lines kept. An
 * EDGAR complete submission is read as its main document (its format told by its content), the SEC header blanked
 * and the other documents left out, lines kept.
 * @param path the path to report in messages
 * @param bytes the file's content (already checked with `ingestProblem`)
 * @returns the file
 */
export function ingest(path: string, bytes: Uint8Array | string): VFile {
  const raw = typeof bytes === 'string' ? bytes : new TextDecoder('utf-8').decode(bytes);
  const normalised = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const main = isSubmission(normalised) ? mainDocumentInPlace(normalised) : null;
  const value = main ?? normalised;
  const format = detectFormat(main === null ? path : '', value);
  // A text filing wrapped in <pre> is read as the text it is, its lines where they stand in the HTML.
  if (format === 'html' && isPreformattedFiling(value)) {
    const file = new VFile({ path, value: unwrapPreformatted(value) });
    file.data.format = 'text';
    return file;
  }
  const file = new VFile({ path, value });
  file.data.format = format;
  return file;
}
