/** One filing on EDGAR: the filer's CIK (no leading zeros) and the accession number (`0000950135-02-004904`). */
export interface EdgarFiling {
  cik: string;
  accession: string;
}

const accessionForms = /^(\d{10})-?(\d{2})-?(\d{6})$/;

/**
 * Read an accession number written with or without its dashes.
 * @param text the number as given
 * @returns it with dashes (`0000950135-02-004904`), or null when it is not one
 */
export function readAccession(text: string): string | null {
  const match = accessionForms.exec(text.trim());
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/**
 * Read a filing's EDGAR address: any address inside its folder, `/Archives/edgar/data/<cik>/<accession without
 * dashes>/...` (the filing index `<accession>-index.htm`, the complete submission `<accession>.txt`, a document),
 * the older `/Archives/edgar/data/<cik>/<accession>.txt`, or a viewer's address holding one of these
 * (`/ix?doc=/Archives/...`); with or without the host.
 * @param text the address as given
 * @returns the filing, or null when the address is not one of a filing
 */
export function readEdgarAddress(text: string): EdgarFiling | null {
  let address = text.trim();
  try {
    address = decodeURIComponent(address);
  } catch {
    // Not percent-encoded: read it as it stands.
  }
  const folder = /\/Archives\/edgar\/data\/(\d{1,10})\/(\d{18})(?=[/?#]|$)/i.exec(address);
  const flat = folder ? null : /\/Archives\/edgar\/data\/(\d{1,10})\/(\d{10}-\d{2}-\d{6})\.txt\b/i.exec(address);
  const match = folder ?? flat;
  const accession = match ? readAccession(match[2] as string) : null;
  return match && accession ? { cik: String(Number(match[1])), accession } : null;
}

/**
 * The path of a filing's complete submission on EDGAR.
 * @param filing the filing
 * @returns `/Archives/edgar/data/<cik>/<accession without dashes>/<accession>.txt`
 */
export function submissionPath(filing: EdgarFiling): string {
  return `/Archives/edgar/data/${Number(filing.cik)}/${filing.accession.replace(/-/g, '')}/${filing.accession}.txt`;
}
