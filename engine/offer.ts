import type { VFile } from 'vfile';
import { z } from 'zod';
import { error, warn } from './diagnostics.js';
import type { OfferManifest, SourcePoint } from './types.js';

const fileName = z.string().trim().min(1);

/** The schema of `offer.json` (public contract): a title, documents by name, filings in order. */
export const offerSchema = z.object({
  title: z.string().trim().min(1),
  documents: z.record(z.string().trim().min(1), fileName),
  filings: z.array(fileName),
});

const knownKeys = new Set(Object.keys(offerSchema.shape));

type Issue = z.core.$ZodIssue;

/**
 * Read and validate an offer directory's `offer.json`; problems are fatal messages on the file that point at the bad field.
 * @param file the manifest file (its value is the JSON text)
 * @returns the manifest, or null when it is unusable
 */
export function readManifest(file: VFile): OfferManifest | null {
  const text = String(file.value);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    error(file, `Expected \`offer.json\` to be JSON, found a syntax error (${detail})`, jsonErrorPlace(text, detail), 'invalid-manifest');
    return null;
  }
  const result = offerSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) error(file, issueReason(issue, data), placeOfPath(text, issue.path), 'invalid-manifest');
    return null;
  }
  warnUnknownKeys(file, data as Record<string, unknown>, text);
  return checkDuplicates(file, result.data, text) ? result.data : null;
}

function warnUnknownKeys(file: VFile, data: Record<string, unknown>, text: string): void {
  for (const key of Object.keys(data)) {
    if (!knownKeys.has(key)) warn(file, `Expected keys \`title\`, \`documents\` and \`filings\`, found \`${key}\` (ignored)`, placeOfPath(text, [key]), 'invalid-manifest');
  }
}

// Document names are matched case-insensitively, and a filing listed twice would be applied twice.
function checkDuplicates(file: VFile, manifest: OfferManifest, text: string): boolean {
  let ok = true;
  const names = Object.keys(manifest.documents);
  names.forEach((name, index) => {
    const first = names.findIndex((other) => other.toLowerCase() === name.toLowerCase());
    if (first === index) return;
    error(file, `Expected document names to differ ignoring case, found \`${name}\` and \`${names[first]}\``, placeOfPath(text, ['documents', name]), 'invalid-manifest');
    ok = false;
  });
  manifest.filings.forEach((name, index) => {
    const first = manifest.filings.indexOf(name);
    if (first === index) return;
    error(file, `Expected each filing once, found \`filings[${index}]\` \`${name}\` again (also \`filings[${first}]\`)`, placeOfPath(text, ['filings', index]), 'invalid-manifest');
    ok = false;
  });
  return ok;
}

/**
 * Write a JSON path the way a reader looks for it: `filings[1]`, `documents.Offer to Exchange`.
 * @param path the path segments
 * @returns the path as text, or `offer.json` for the root
 */
export function pathText(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out || 'offer.json';
}

const expectations: Record<string, string> = {
  title: 'a non-empty title',
  documents: 'an object of document names to file names',
  filings: 'an array of filing file names',
};

function issueReason(issue: Issue, data: unknown): string {
  const path = pathText(issue.path);
  const found = describe(valueAt(data, issue.path));
  if (issue.path.length === 0) return `Expected \`offer.json\` to be an object with \`title\`, \`documents\` and \`filings\`, found ${found}`;
  if (issue.path.length === 1) return `Expected \`${path}\` to be ${expectations[String(issue.path[0])] ?? 'valid'}, found ${found}`;
  return `Expected \`${path}\` to be a file name, found ${found}`;
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty string' : `\`${value}\``;
  if (Array.isArray(value)) return 'an array';
  if (value === null) return '`null`';
  return typeof value === 'object' ? 'an object' : `\`${String(value)}\``;
}

// Best effort: the key's line, or for an array index the index-th string after the key.
function placeOfPath(text: string, path: ReadonlyArray<PropertyKey>): SourcePoint | undefined {
  let offset = -1;
  for (const part of path) {
    if (typeof part === 'number') offset = nthValue(text, offset, part);
    else offset = text.indexOf(JSON.stringify(String(part)), offset + 1);
    if (offset < 0) return undefined;
  }
  return offset < 0 ? undefined : pointAt(text, offset);
}

function nthValue(text: string, from: number, index: number): number {
  const open = text.indexOf('[', from);
  if (open < 0) return -1;
  const re = /[^\s,[\]][^,\]]*/g;
  re.lastIndex = open + 1;
  for (let i = 0, match = re.exec(text); match; i++, match = re.exec(text)) if (i === index) return match.index;
  return -1;
}

function pointAt(text: string, offset: number): SourcePoint {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function jsonErrorPlace(text: string, detail: string): SourcePoint | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(detail);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(detail);
  return position ? pointAt(text, Number(position[1])) : undefined;
}
