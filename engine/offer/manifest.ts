import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { z } from 'zod';
import { error, warn } from '../core/diagnostics.js';
import { jsonErrorPlace, placeOfPath } from '../core/json-place.js';
import type { OfferManifest } from '../types.js';

const fileName = z.string().trim().min(1);

/** A document a filing restates in its entirety (an exhibit such as the Offer to Exchange), held in its own file. */
const restatementSchema = z.object({ filing: fileName, document: z.string().trim().min(1), file: fileName }).strict();

const maybe = z.string().nullable().optional();

/** Where a file came from on EDGAR (written by `amendiff init`): informative, never needed. */
const sourceSchema = z.object({ accession: maybe, form: maybe, filed: maybe, type: maybe, from: maybe }).strict();
/** A person's choice among an ambiguous instruction's candidates: where the instruction starts, and the words chosen. */
const decisionSchema = z.object({ instruction: z.string().trim().regex(/^.+:\d+$/), choose: z.string().trim().min(1) }).strict();

/**
 * The schema of `offer.json` (public contract): a title, documents by name, filings in order; optionally the texts
 * of documents restated by a filing, which are operative from that filing's version on.
 */
export const offerSchema = z.object({
  title: z.string().trim().min(1).optional(),
  documents: z.record(z.string().trim().min(1), fileName),
  filings: z.array(fileName),
  restated: z.array(restatementSchema).optional(),
  sources: z.record(fileName, sourceSchema).optional(),
  decisions: z.array(decisionSchema).optional(),
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
  const duplicatesOk = checkDuplicates(file, result.data, text);
  return checkRestated(file, result.data, text) && duplicatesOk ? result.data : null;
}

// A restatement names a listed filing and a listed document (ignoring case), each at most once.
function checkRestated(file: VFile, manifest: OfferManifest, text: string): boolean {
  let ok = true;
  const names = Object.keys(manifest.documents).map((name) => name.toLowerCase());
  const fail = (index: number, key: string, reason: string): void => {
    error(file, `Expected \`restated[${index}].${key}\` to be ${reason}`, placeOfPath(text, ['restated', index, key]), 'invalid-manifest');
    ok = false;
  };
  const seen = new Set<string>();
  (manifest.restated ?? []).forEach((r, index) => {
    if (!manifest.filings.includes(r.filing)) fail(index, 'filing', `one of \`filings\`, found \`${r.filing}\``);
    if (!names.includes(r.document.toLowerCase())) fail(index, 'document', `one of \`documents\`, found \`${r.document}\``);
    const key = `${r.filing}\u0000${r.document.toLowerCase()}`;
    if (seen.has(key)) fail(index, 'document', `restated once per filing, found \`${r.document}\` again for \`${r.filing}\``);
    seen.add(key);
  });
  return ok;
}

function warnUnknownKeys(file: VFile, data: Record<string, unknown>, text: string): void {
  for (const key of Object.keys(data)) {
    if (knownKeys.has(key)) continue;
    const near = nearest(key, [...knownKeys]);
    const hint = near ? `; did you mean \`${near}\`?` : '';
    warn(file, `Expected keys ${listed([...knownKeys])}, found \`${key}\` (ignored)${hint}`, placeOfPath(text, [key]), 'invalid-manifest');
  }
}

function listed(names: string[]): string {
  const quoted = names.map((name) => `\`${name}\``);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

// The known key a mistyped one is closest to (case aside), when it is within a third of its length.
function nearest(key: string, known: string[]): string | null {
  const scored = known.map((name) => ({ name, cost: editDistance(key.toLowerCase(), name) })).sort((a, b) => a.cost - b.cost)[0];
  return scored && scored.cost <= Math.max(1, Math.floor(scored.name.length / 3)) ? scored.name : null;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length] ?? 0;
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
 * Report a file `offer.json` names that is not in the offer folder, at the place `offer.json` names it.
 * @param file the manifest file
 * @param path where the name stands (`['documents', 'Offer to Exchange']`, `['filings', 2]`)
 * @param name the file name
 * @returns the message, fatal, `file:line:col` first when printed
 */
export function reportMissingFile(file: VFile, path: ReadonlyArray<string | number>, name: string): VFileMessage {
  const reason = `Expected \`${pathText(path)}\` to name a file in the offer folder, found \`${name}\`, which does not exist`;
  return error(file, reason, placeOfPath(String(file.value), path), 'invalid-manifest');
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
  restated: 'an array of `{ "filing", "document", "file" }`',
  sources: 'an object of file names to `{ "accession", "form", "filed", "type", "from" }`',
  decisions: 'an array of `{ "instruction", "choose" }`',
};

const decisionFields: Record<string, string> = {
  instruction: 'the file and line where an instruction starts (`amendment-1.txt:122`)',
  choose: 'the opening words of the place chosen',
};

function issueReason(issue: Issue, data: unknown): string {
  const path = pathText(issue.path);
  const found = describe(valueAt(data, issue.path));
  if (issue.path.length === 0) return `Expected \`offer.json\` to be an object with \`documents\` and \`filings\`, found ${found}`;
  if (issue.code === 'unrecognized_keys') return strayKeys(path, entryKeys[String(issue.path[0])] ?? restatementKeys, issue.keys);
  if (issue.path.length === 1) return `Expected \`${path}\` to be ${expectations[String(issue.path[0])] ?? 'valid'}, found ${found}`;
  const field = String(issue.path[issue.path.length - 1]);
  if (issue.path[0] === 'decisions') return `Expected \`${path}\` to be ${issue.path.length === 2 ? 'an object with `instruction` and `choose`' : (decisionFields[field] ?? 'valid')}, found ${found}`;
  if (issue.path[0] === 'restated' && issue.path.length === 2) return `Expected \`${path}\` to be an object with \`filing\`, \`document\` and \`file\`, found ${found}`;
  return `Expected \`${path}\` to be ${field === 'document' ? 'a document name' : 'a file name'}, found ${found}`;
}

const restatementKeys = Object.keys(restatementSchema.shape);

// The fields of each kind of entry, for a stray field's message.
const entryKeys: Record<string, string[]> = {
  restated: restatementKeys,
  sources: Object.keys(sourceSchema.shape),
  decisions: Object.keys(decisionSchema.shape),
};

function strayKeys(path: string, known: string[], found: string[]): string {
  const near = found.length === 1 ? nearest(found[0] as string, known) : null;
  return `Expected \`${path}\` to have only ${listed(known)}, found \`${found.join('`, `')}\`${near ? `; did you mean \`${near}\`?` : ''}`;
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
