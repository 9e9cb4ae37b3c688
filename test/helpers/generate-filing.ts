/**
 * Write a generated Schedule TO amendment as an EDGAR text filing in the style of the Sonus seeds: a cover,
 * an introduction, global instructions, numbered instructions under Item headings with their quoted text
 * indented, page numbers and `<PAGE>` tags (optionally inside a quotation), and a signature.
 */
import { centre, wrap } from './generate-document.js';
import type { ExpectedInstruction } from './generate-plan.js';

/** One instruction as the filing states it: its Item, the words after "by", its quoted text, and what it should parse to. */
export interface RenderedInstruction {
  /** Index into the Item list. */
  item: number;
  text: string;
  quoted: string[] | null;
  /** The contract fields the parser should read (`text` as paragraphs, whitespace collapsed), or absent. */
  expected?: ExpectedInstruction & { text: string[] | null };
  /** The index of the model edit it asks for in its amendment's `edits`, or absent. */
  edit?: number;
}

/** What an amendment filing says. */
export interface FilingSpec {
  number: number;
  instructions: RenderedInstruction[];
  /** The new expiration date in the long form, or null. */
  extension: string | null;
  /** The plan the offer is withdrawn for, or null. */
  withdraw: { full: string; short: string } | null;
  linesPerPage: number;
  breakInQuotes: boolean;
}

/** Schedule TO Items instructions are given under: number, heading, and how an instruction names it. */
export const items: ReadonlyArray<{ number: string; title: string; cite: string }> = [
  { number: '1', title: 'SUMMARY TERM SHEET.', cite: 'Item 1' },
  { number: '2', title: 'SUBJECT COMPANY INFORMATION.', cite: 'Item 2(b)' },
  { number: '4', title: 'TERMS OF THE TRANSACTION.', cite: 'Item 4(a)' },
  { number: '6', title: 'PURPOSES OF THE TRANSACTION AND PLANS OR PROPOSALS.', cite: 'Item 6(b)' },
  { number: '10', title: 'FINANCIAL STATEMENTS.', cite: 'Item 4(a)' },
];

/** A run of lines kept together unless it is a quotation the page may break. */
interface Chunk {
  lines: string[];
  quote: boolean;
}

function cover(number: number): Chunk[] {
  const lines = (...text: string[]): Chunk => ({ lines: text.map(centre), quote: false });
  return [
    lines('SECURITIES AND EXCHANGE COMMISSION', 'WASHINGTON, D.C. 20549'),
    lines('SCHEDULE TO', 'TENDER OFFER STATEMENT UNDER SECTION 14(D)(1) OR 13(E)(1)', 'OF THE SECURITIES EXCHANGE ACT OF 1934'),
    lines(`(AMENDMENT NO. ${number})`),
    lines('SONUS NETWORKS, INC.', '(Name of Subject Company (Issuer) and Filing Person (Offeror))'),
    lines('OPTIONS TO PURCHASE COMMON STOCK, $0.001 PAR VALUE PER SHARE', '(Title of Class of Securities)'),
    lines('835916107', '(CUSIP Number of Class of Securities)'),
  ];
}

function introduction(number: number): Chunk {
  const amended = number > 1 ? `, as amended by the amendments thereto filed before this Amendment No. ${number}` : '';
  const text = `This Amendment No. ${number} amends the Tender Offer Statement on Schedule TO filed with the Securities and Exchange Commission on October 16, 2002${amended} (the "Schedule TO"), relating to our offer to exchange certain options to purchase shares of our common stock for new options upon the terms and subject to the conditions described in the Offer to Exchange Outstanding Stock Options, dated October 16, 2002 (the "Offer to Exchange").`;
  return { lines: wrap(text, 7, 0), quote: false };
}

// Legal style: each quoted paragraph opens with its first line indented, only the last closes. A caption may end a
// page (it ran on into the next paragraph before 481909b).
function quoteChunks(paragraphs: string[]): Chunk[] {
  return paragraphs.map((paragraph, i): Chunk => {
    const open = i === 0 ? '"' : '';
    const close = i === paragraphs.length - 1 ? '"' : '';
    return { lines: wrap(`${open}${paragraph}${close}`, i === 0 ? 12 : 17, 12), quote: true };
  });
}

function itemChunks(index: number, list: RenderedInstruction[]): Chunk[] {
  const item = items[index] as (typeof items)[number];
  const heading: Chunk = { lines: [`ITEM ${item.number}.${item.number.length > 1 ? ' ' : '  '}${item.title}`], quote: false };
  return [heading, ...list.flatMap((instruction, k) => {
    const further = k === 0 ? '' : 'further ';
    const sentence = `${k + 1}. ${item.cite} of the Schedule TO is hereby ${further}amended and supplemented by ${instruction.text}`;
    return [{ lines: wrap(sentence, 0, 0), quote: false }, ...quoteChunks(instruction.quoted ?? [])];
  })];
}

// Instructions for the whole document, numbered before the Items as in Amendment No. 2 of the seeds.
function globalChunks(spec: FilingSpec): Chunk[] {
  const plan = spec.withdraw;
  const texts = [
    plan ? `Items 1-12, as applicable, of the Schedule TO are hereby amended by deleting in its entirety from the Offer to Exchange each reference to and disclosure regarding the ${plan.full} (the "${plan.short}"), and amended and supplemented by modifying the disclosure throughout the Offer to Exchange to make it clear that outstanding options granted under the ${plan.short} are not eligible for exchange, as the Offer has been withdrawn with respect to all Options granted under the ${plan.short}.` : null,
    spec.extension ? `Items 1-12, as applicable, of the Schedule TO are hereby amended by revising all appropriate dates throughout the Offer to Exchange to reflect the extension of the Offer to ${spec.extension}.` : null,
  ].filter((t): t is string => t !== null);
  if (texts.length === 0) return [];
  return [{ lines: ['OFFER TO EXCHANGE.'], quote: false }, ...texts.map((text, i) => ({ lines: wrap(`${i + 1}. ${text}`, 0, 0), quote: false }))];
}

function signature(number: number): Chunk[] {
  const certify = 'After due inquiry and to the best of my knowledge and belief, I certify that the information set forth in this statement is true, complete and correct.';
  return [
    { lines: [centre('SIGNATURE')], quote: false },
    { lines: wrap(certify, 7, 0), quote: false },
    { lines: [`${' '.repeat(43)}SONUS NETWORKS, INC.`, '', `${' '.repeat(43)}By: /s/ Hassan M. Ahmed`, `${' '.repeat(47)}Hassan M. Ahmed`], quote: false },
    { lines: [`Date: November ${Math.min(28, 10 + number)}, 2002`], quote: false },
  ];
}

const endsClause = /[.:;,!?]["'”’)\]]*$/;

// Pages of at most `size` lines; a quotation may be broken where a line does not end a clause.
function paginate(chunks: Chunk[], size: number, breakInQuotes: boolean): string {
  const pages: string[][] = [];
  let open: string[] = [];
  const close = (): void => {
    pages.push([...open, '', centre(String(pages.length + 1)), '']);
    open = [];
  };
  for (const chunk of chunks.filter((c) => c.lines.length > 0)) {
    const room = size - open.length - (open.length ? 1 : 0);
    if (chunk.lines.length > room && open.length > 0) {
      const k = breakInQuotes && chunk.quote ? splitAt(chunk.lines, room) : 0;
      if (k > 0) {
        open.push('', ...chunk.lines.slice(0, k));
        close();
        open.push(...chunk.lines.slice(k));
        continue;
      }
      close();
    }
    if (open.length) open.push('');
    open.push(...chunk.lines);
  }
  if (open.length) close();
  return `<PAGE>\n${pages.map((lines) => lines.join('\n')).join('\n<PAGE>\n')}\n`;
}

function splitAt(lines: string[], room: number): number {
  for (let k = Math.min(room, lines.length - 1); k >= 1; k--) {
    const [before, after] = [lines[k - 1] as string, lines[k] as string];
    if (before.trim() !== '' && after.trim() !== '' && !endsClause.test(before)) return k;
  }
  return 0;
}

/**
 * Write an amendment filing.
 * @param spec what the amendment says
 * @returns the filing's text
 */
export function renderAmendment(spec: FilingSpec): string {
  const byItem = new Map<number, RenderedInstruction[]>();
  for (const instruction of spec.instructions) byItem.set(instruction.item, [...(byItem.get(instruction.item) ?? []), instruction]);
  const body = [...byItem.keys()].sort((a, b) => a - b).flatMap((index) => itemChunks(index, byItem.get(index) ?? []));
  const chunks = [...cover(spec.number), introduction(spec.number), ...globalChunks(spec), ...body, ...signature(spec.number)];
  return paginate(chunks, spec.linesPerPage, spec.breakInQuotes);
}
