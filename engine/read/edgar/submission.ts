/** One document of an EDGAR complete submission: its tags and the span of its text in the submission. */
export interface SubmissionDocument {
  /** `<TYPE>`: the form type for the main document (`SC TO-I/A`), the exhibit type for an exhibit (`EX-99.(A)(1)`). */
  type: string;
  sequence: number | null;
  filename: string | null;
  description: string | null;
  /** Offset of the first character inside `<TEXT>` (after its line end) and of `</TEXT>`. */
  start: number;
  end: number;
}

/** A company named in a submission's header (`SUBJECT COMPANY:`, `FILED BY:`). */
export interface SubmissionCompany {
  name: string | null;
  cik: string | null;
  fileNumber: string | null;
}

/** What a complete submission's `<SEC-HEADER>` says of the filing. */
export interface SubmissionHeader {
  accession: string | null;
  /** `CONFORMED SUBMISSION TYPE`, e.g. `SC TO-I/A`. */
  form: string | null;
  /** `FILED AS OF DATE` as an ISO date. */
  filed: string | null;
  subject: SubmissionCompany | null;
  filedBy: SubmissionCompany | null;
}

/** An EDGAR complete submission split into its header and documents. */
export interface Submission {
  header: SubmissionHeader;
  documents: SubmissionDocument[];
}

const opening = /^\s*(?:-----BEGIN PRIVACY-ENHANCED MESSAGE-----[\s\S]{0,4096}?)?<(?:SEC|IMS)-(?:DOCUMENT|HEADER)>/;

/**
 * Whether a text is an EDGAR complete submission (`<SEC-DOCUMENT>`, `<SEC-HEADER>`, optionally after the
 * privacy-enhanced message banner of older filings).
 * @param text the decoded file
 * @returns true for a complete submission
 */
export function isSubmission(text: string): boolean {
  return opening.test(text.slice(0, 8192));
}

/**
 * Split an EDGAR complete submission into its header fields and its documents (`<DOCUMENT>` ... `</DOCUMENT>`).
 * A document whose `</TEXT>` is missing runs to its `</DOCUMENT>` or the end of the file.
 * @param text the submission (line ends already LF)
 * @returns the header and the documents in order
 */
export function splitSubmission(text: string): Submission {
  const headerEnd = text.search(/<\/(?:SEC|IMS)-HEADER>|^<DOCUMENT>/m);
  const header = readHeader(text.slice(0, headerEnd < 0 ? text.length : headerEnd));
  const opens: number[] = [];
  const tag = /^<DOCUMENT>[ \t]*$/gm;
  for (let match = tag.exec(text); match; match = tag.exec(text)) opens.push(match.index + match[0].length);
  // Each document is read within its own stretch (up to the next `<DOCUMENT>`), so unclosed tags cost one pass.
  const documents = opens
    .map((from, index) => readDocument(text, from, opens[index + 1] ?? text.length))
    .filter((d): d is SubmissionDocument => d !== null);
  return { header, documents };
}

/**
 * The submission's main document: the one whose type is the submission's form, else the first.
 * @param submission the split submission
 * @returns the document, or null when the submission holds none
 */
export function mainDocument(submission: Submission): SubmissionDocument | null {
  const form = submission.header.form?.toUpperCase();
  return submission.documents.find((d) => d.type.toUpperCase() === form) ?? submission.documents[0] ?? null;
}

// `<TYPE>`, `<SEQUENCE>`, `<FILENAME>`, `<DESCRIPTION>` lines, then the text between `<TEXT>` and `</TEXT>`.
function readDocument(text: string, from: number, limit: number): SubmissionDocument | null {
  const stretch = text.slice(from, limit);
  const close = stretch.indexOf('\n</DOCUMENT>');
  const body = close < 0 ? stretch : stretch.slice(0, close + 1);
  const type = tagValue(body, 'TYPE');
  if (!type) return null;
  const open = /^<TEXT>[ \t]*\n?/m.exec(body);
  const start = open ? open.index + open[0].length : body.length;
  const closeText = body.indexOf('</TEXT>', start);
  const end = closeText >= 0 ? closeText : body.length;
  const sequence = tagValue(body, 'SEQUENCE');
  return {
    type,
    sequence: sequence && /^\d+$/.test(sequence) ? Number(sequence) : null,
    filename: tagValue(body, 'FILENAME'),
    description: tagValue(body, 'DESCRIPTION'),
    start: from + start,
    end: from + end,
  };
}

function tagValue(body: string, name: string): string | null {
  const limit = body.search(/^<TEXT>/m);
  const head = (limit < 0 ? body : body.slice(0, limit)).slice(0, 4096);
  const value = new RegExp(`^<${name}>([^\n]*)$`, 'm').exec(head)?.[1]?.trim();
  return value ? value : null;
}

// The header is `KEY:<tab>value` lines; a line with a key and no value opens a section (`SUBJECT COMPANY:`),
// indented lines belong to it.
function readHeader(header: string): SubmissionHeader {
  const top: Record<string, string> = {};
  const sections: Record<string, Record<string, string>> = {};
  let section: Record<string, string> | null = null;
  for (const line of header.split('\n')) {
    const field = line.length > 1000 ? null : /^([ \t]*)([A-Z][A-Z0-9 ./&-]{0,60}):(.*)$/.exec(line);
    if (!field) continue;
    const [, indent = '', key = '', rest = ''] = field;
    const value = rest.trim();
    if (indent === '' && value === '') {
      section = sections[key] ??= {};
    } else if (indent === '') {
      top[key] = value;
      section = null;
    } else if (section && value !== '' && section[key] === undefined) {
      section[key] = value;
    }
  }
  return {
    accession: top['ACCESSION NUMBER'] ?? null,
    form: top['CONFORMED SUBMISSION TYPE'] ?? null,
    filed: isoOf(top['FILED AS OF DATE']),
    subject: company(sections['SUBJECT COMPANY']),
    filedBy: company(sections['FILED BY'] ?? sections.FILER),
  };
}

function company(fields: Record<string, string> | undefined): SubmissionCompany | null {
  if (!fields) return null;
  return { name: fields['COMPANY CONFORMED NAME'] ?? null, cik: fields['CENTRAL INDEX KEY'] ?? null, fileNumber: fields['SEC FILE NUMBER'] ?? null };
}

function isoOf(value: string | undefined): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value ?? '');
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/**
 * The submission read as its main document: everything before the document's text is blanked to spaces (line
 * ends kept) and everything after it dropped, so the document reads as itself while every line and column stays
 * that of the submission file.
 * @param text the submission
 * @returns the main document's text in place, or null when the submission holds no document
 */
export function mainDocumentInPlace(text: string): string | null {
  const main = mainDocument(splitSubmission(text));
  if (!main) return null;
  return text.slice(0, main.start).replace(/[^\n]/g, ' ') + text.slice(main.start, main.end);
}
