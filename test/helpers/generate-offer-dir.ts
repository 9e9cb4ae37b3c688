/**
 * Small offer directories for CLI tests, written under a temporary folder: a two-page Offer to Exchange in the
 * EDGAR text style and Schedule TO amendments that say what each test needs, in the seeds' phrasing.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const pageNumber = (n: number): string => `\n${' '.repeat(38)}${n}\n\n<PAGE>\n`;

/**
 * The base document: pages 31 and 32; Section 5 has a paragraph of three sentences; a caption appears twice.
 * @returns its text
 */
export function baseDocument(): string {
  return [
    '                              OFFER TO EXCHANGE',
    '',
    '     THE OFFER EXPIRES AT 5:00 P.M., EASTERN TIME, ON NOVEMBER 14, 2002, UNLESS',
    'WE EXTEND THE OFFER.',
    '',
    '5. ACCEPTANCE OF OPTIONS FOR EXCHANGE.',
    '',
    '     We will accept all properly tendered options. We expect to accept them',
    'promptly after the expiration date. You will be notified of our acceptance.',
    '',
    'France: Material Tax Consequences',
    '',
    '     French employees are taxed on exercise. The tax is withheld by us.',
    pageNumber(31),
    'France: Material Tax Consequences',
    '',
    '     French social charges may apply. We will report them to you.',
    '',
    '6. CONDITIONS OF THE OFFER.',
    '',
    '     We may terminate the offer in the circumstances set out below.',
    `\n${' '.repeat(38)}32\n`,
  ].join('\n');
}

/** What one amendment filing says. */
export interface AmendmentSpec {
  number: number;
  /** Numbered instruction paragraphs (with their quoted text), written under Item 4. */
  instructions: string[];
  /** Check the final-amendment box. */
  final?: boolean;
}

/**
 * An amendment filing.
 * @param spec its number, instructions and final box
 * @returns its text
 */
export function amendmentText(spec: AmendmentSpec): string {
  const box = spec.final ? '|X|' : '|_|';
  return [
    '<PAGE>',
    '                                   SCHEDULE TO',
    '            TENDER OFFER STATEMENT UNDER SECTION 14(D)(1) OR 13(E)(1)',
    '                     OF THE SECURITIES EXCHANGE ACT OF 1934',
    '',
    `                                (AMENDMENT NO. ${spec.number})`,
    '',
    '                              SONUS NETWORKS, INC.',
    '         (Name of Subject Company (Issuer) and Filing Person (Offeror))',
    '',
    'Check the following box if the filing is a final amendment reporting the results',
    `of the tender offer: ${box}`,
    '',
    `       This Amendment No. ${spec.number} amends the Tender Offer Statement on Schedule TO`,
    'filed with the Securities and Exchange Commission on October 16, 2002 (the',
    '"Schedule TO"), relating to the Offer to Exchange Outstanding Stock Options, dated',
    'October 16, 2002 (the "Offer to Exchange").',
    '',
    'ITEM 4.  TERMS OF THE TRANSACTION.',
    '',
    ...spec.instructions.flatMap((text, i) => [`${i + 1}. ${text}`, '']),
    '                                    SIGNATURE',
    '',
    'Date: November 12, 2002',
    '',
  ].join('\n');
}

/** An instruction replacing the Nth sentence of the first paragraph of Section 5 on page 31 with a new sentence. */
export const replaceSentence = (n: string, text = 'We will accept them at once.'): string =>
  `Item 4(a) of the Schedule TO is hereby amended and supplemented by deleting in its entirety the ${n} sentence of the first paragraph of Section 5 on page 31 of the Offer to Exchange, and replacing it with the following sentence:\n\n            "${text}"`;

/**
 * Write an offer directory under a fresh temporary folder.
 * @param name the folder's name
 * @param files file name -> content; `offer.json` is written from `filings` unless given
 * @param filings the filing names in order, for the manifest
 * @returns the folder's path
 */
export function writeOfferDir(name: string, files: Record<string, string>, filings: string[] = Object.keys(files).filter((f) => f.startsWith('amendment'))): string {
  const dir = join(scratchRoot(), name);
  mkdirSync(dir, { recursive: true });
  const manifest = { title: 'Test offer', documents: { 'Offer to Exchange': 'offer-to-exchange.txt' }, filings };
  const all: Record<string, string> = { 'offer.json': `${JSON.stringify(manifest, null, 2)}\n`, 'offer-to-exchange.txt': baseDocument(), ...files };
  for (const [file, content] of Object.entries(all)) writeFileSync(join(dir, file), content);
  return dir;
}

let root: string | null = null;

/**
 * The temporary folder the test's offer directories go in (one per test process).
 * @returns its path
 */
export function scratchRoot(): string {
  root ??= mkdtempSync(join(tmpdir(), 'amendiff-bad-input-'));
  return root;
}
