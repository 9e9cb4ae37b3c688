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

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/**
 * Decode a file's bytes: UTF-8 when they are valid UTF-8, else Windows-1252, the code page older EDGAR filings
 * were typed in (its curly quotes, 0x93 and 0x94, open and close the new texts of instructions).
 * @param bytes the file's content
 * @returns the text
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    // Some Node versions decode the label as Latin-1, leaving 0x80-0x9F as control characters: map them here.
    return windows1252.decode(bytes).replace(/[\u0080-\u009f]/g, (char) => cp1252High[char.charCodeAt(0) - 0x80] ?? char);
  }
}

// Windows-1252 0x80-0x9F; the five bytes it leaves undefined stay as they are.
const cp1252High = [...'\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'];

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
  const raw = typeof bytes === 'string' ? bytes : decodeText(bytes);
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
