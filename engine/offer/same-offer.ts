import type { SourceFiling } from './sources.js';

/** Who a filing is about, as far as it says: its subject company's name, CIK and SEC file number. */
interface Identity {
  path: string;
  name: string | null;
  cik: string | null;
  fileNumber: string | null;
}

/**
 * Check that filings belong to one offer and one statement: one subject company and file number, one kind of
 * Schedule, at most one original statement, and nothing that is not a Schedule filing.
 * @param read the filings read
 * @returns why they cannot make one offer folder (naming both files), or null when they can
 */
export function checkOneOffer(read: SourceFiling[]): string | null {
  const stranger = read.find((s) => s.kind !== 'exhibit' && s.kind !== 'communication' && s.family === null);
  if (stranger) return `${stranger.path}: is ${stranger.form ? `a \`${stranger.form}\` filing` : 'no filing amendiff reads'}, expected a Schedule TO, 14D-9 or 13E-3 filing or one of its exhibits`;
  const identities = read.map(identityOf).filter((i): i is Identity => i !== null);
  const first = identities[0];
  const other = first ? identities.find((i) => differ(first, i)) : undefined;
  if (first && other) return `Expected filings of one offer, found \`${first.path}\` (${describe(first)}) and \`${other.path}\` (${describe(other)})`;
  const statements = read.filter((s) => s.family !== null && s.kind !== 'communication');
  const mixed = statements.find((s) => s.family !== statements[0]?.family);
  if (mixed) return `Expected filings of one statement, found \`${statements[0]?.path}\` (${statements[0]?.family}) and \`${mixed.path}\` (${mixed.family}): make one offer folder for each`;
  const originals = read.filter((s) => s.kind === 'original');
  if (originals.length > 1) return `Expected one original statement, found \`${originals[0]?.path}\` and \`${originals[1]?.path}\``;
  return originals[0] ? checkOriginalDates(originals[0], read) : null;
}

/** Days an EDGAR filing date may lie after the date a filing gives itself (a late acceptance is filed next business day). */
const dateSlack = 7;

// One issuer's offers share its file number, so an amendment says which statement it amends by that statement's date.
function checkOriginalDates(original: SourceFiling, read: SourceFiling[]): string | null {
  const filed = original.header?.filed ?? original.filing?.date ?? null;
  if (!filed) return null;
  for (const source of read) {
    const named = source.kind === 'amendment' ? (source.filing?.originalDate ?? null) : null;
    if (named && Math.abs(days(named) - days(filed)) > dateSlack) {
      return `Expected amendments of the statement in \`${original.path}\` (filed ${filed}), found \`${source.path}\` amending a statement filed ${named}`;
    }
  }
  return null;
}

function days(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

function identityOf(source: SourceFiling): Identity | null {
  const subject = source.header?.subject;
  const name = subject?.name ?? source.filing?.subjectCompany ?? null;
  if (!subject && !name) return null;
  return { path: source.path, name, cik: subject?.cik ?? null, fileNumber: subject?.fileNumber ?? null };
}

// File numbers decide when both have one, then CIKs, then names (punctuation, case and corporate suffixes aside).
function differ(a: Identity, b: Identity): boolean {
  if (a.fileNumber && b.fileNumber) return a.fileNumber !== b.fileNumber;
  if (a.cik && b.cik) return Number(a.cik) !== Number(b.cik);
  if (a.name && b.name) return company(a.name) !== company(b.name);
  return false;
}

const suffixes = new Set(['inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'lp', 'plc', 'the', 'sa', 'nv', 'ag']);

function company(name: string): string {
  return name.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word && !suffixes.has(word)).join(' ');
}

function describe(identity: Identity): string {
  const parts = [identity.name ? `subject company ${identity.name}` : null, identity.fileNumber ? `file number ${identity.fileNumber}` : null, identity.cik && !identity.fileNumber ? `CIK ${identity.cik}` : null];
  return parts.filter(Boolean).join(', ');
}
