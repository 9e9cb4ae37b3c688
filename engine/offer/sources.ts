import type { VFile } from 'vfile';
import { detectFormat, ingest } from '../read/ingest.js';
import { isSubmission, mainDocument, splitSubmission, type SubmissionDocument, type SubmissionHeader } from '../read/edgar/submission.js';
import { readFiling } from '../filing/read.js';
import type { DocumentFormat, Filing } from '../types.js';

/** A file given to build an offer folder from: its path (for messages and its extension) and its decoded text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** One document held by a source: a submission's document, or a file saved on its own. */
export interface SourceDocument {
  /** Where it comes from, for messages: `path` or `path (EX-99.(A)(1))`. */
  origin: string;
  /** Its EDGAR type (`SC TO-I`, `EX-99.(A)(1)`), or null for a file saved on its own. */
  type: string | null;
  description: string | null;
  text: string;
  format: DocumentFormat;
}

/** Which statement a filing belongs to: each statement and its amendments make one offer folder. */
export type StatementFamily = 'Schedule TO' | 'Schedule 14D-9' | 'Schedule 13E-3';

/** A source read: a filing (its main document and exhibits) or a document saved on its own with no filing around it. */
export interface SourceFiling {
  path: string;
  header: SubmissionHeader | null;
  /** What it is: the original statement, an amendment, a communication (not part of the folder), or a lone exhibit. */
  kind: 'original' | 'amendment' | 'communication' | 'exhibit';
  family: StatementFamily | null;
  /** The EDGAR form type, from the header, else from the cover (`SC TO/A`-like names are not invented: null). */
  form: string | null;
  main: SourceDocument | null;
  /** The main document read as a filing (its cover), with its VFile. */
  filing: Filing | null;
  file: VFile | null;
  exhibits: SourceDocument[];
}

const families: Array<[RegExp, StatementFamily]> = [
  [/^SC\s*TO-[IT]\b/i, 'Schedule TO'],
  [/^SC\s*14D-?9(?!C)/i, 'Schedule 14D-9'],
  [/^SC\s*13E-?3\b/i, 'Schedule 13E-3'],
];
const communication = /^SC\s*TO-C\b|^SC\s*14D-?9C\b/i;
const nonText = /^(?:GRAPHIC|ZIP|EXCEL|PDF|XML|JSON|EX-101|EX-FILING FEES)/i;

/**
 * Read a source file: an EDGAR complete submission (split into its documents, its header read) or a document
 * saved from EDGAR on its own (a filing's main document, or an exhibit).
 * @param source the file
 * @returns what it is
 */
export function readSource(source: SourceFile): SourceFiling {
  const text = source.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return isSubmission(text) ? readSubmission(source.path, text) : readLoose(source.path, text);
}

function readSubmission(path: string, text: string): SourceFiling {
  const submission = splitSubmission(text);
  const main = mainDocument(submission);
  const documents = submission.documents.filter((d) => !nonText.test(d.type) && !isUuencoded(text, d));
  const form = submission.header.form ?? main?.type ?? null;
  const file = main ? ingest(path, text) : null;
  return {
    path,
    header: submission.header,
    kind: kindOfForm(form),
    family: familyOfForm(form),
    form,
    main: main ? documentOf(path, text, main) : null,
    filing: file ? readFiling(file) : null,
    file,
    exhibits: documents.filter((d) => d !== main).map((d) => documentOf(path, text, d)),
  };
}

function isUuencoded(text: string, document: SubmissionDocument): boolean {
  return /^\s*begin \d{3} /.test(text.slice(document.start, document.start + 200));
}

function documentOf(path: string, text: string, document: SubmissionDocument): SourceDocument {
  const body = text.slice(document.start, document.end);
  return { origin: `${path} (${document.type})`, type: document.type, description: document.description, text: body, format: detectFormat('', body) };
}

// A document saved on its own is a filing when its cover reads as one, else an exhibit.
function readLoose(path: string, text: string): SourceFiling {
  const file = ingest(path, text);
  const filing = readFiling(file);
  const document: SourceDocument = { origin: path, type: null, description: null, text, format: detectFormat(path, text) };
  const family = filing?.form ? familyOfCover(filing.form) : null;
  if (!filing || !family) return { path, header: null, kind: 'exhibit', family: null, form: null, main: null, filing: null, file: null, exhibits: [document] };
  const kind = filing.amendment === null ? 'original' : 'amendment';
  return { path, header: null, kind, family, form: null, main: document, filing, file, exhibits: [] };
}

function kindOfForm(form: string | null): SourceFiling['kind'] {
  if (form && communication.test(form)) return 'communication';
  return form && /\/A\s*$/i.test(form) ? 'amendment' : 'original';
}

function familyOfForm(form: string | null): StatementFamily | null {
  return families.find(([pattern]) => pattern.test(form ?? ''))?.[1] ?? null;
}

function familyOfCover(form: string): StatementFamily | null {
  if (/^Schedule TO/i.test(form)) return 'Schedule TO';
  if (/^Schedule 14D-9/i.test(form)) return 'Schedule 14D-9';
  return /^Schedule 13E-3/i.test(form) ? 'Schedule 13E-3' : null;
}
