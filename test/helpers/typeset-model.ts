/**
 * A small tender-offer document held as a model (pages of blocks, paragraphs as their sentences), typeset as EDGAR
 * plain text, and projected to the outline a reader must give for it, written independently of the engine's readers.
 * The typesetting tests set the same model in each HTML habit and require the reader's outline to be this one.
 */
import type { Root } from '../../engine/types.js';

/** One block of the model. */
export type ModelBlock =
  /** A title in capitals, centred: a part heading. */
  | { kind: 'title'; text: string }
  /** A caption in title case, set flush left on a line of its own. */
  | { kind: 'caption'; text: string }
  /** A numbered section heading in capitals: "3. WITHDRAWAL RIGHTS". */
  | { kind: 'section'; number: string; text: string }
  /** A paragraph: its sentences, a run-in heading opening it, the word after which the page breaks it, whether it is a footnote. */
  | { kind: 'paragraph'; sentences: string[]; runIn?: string; breakAfter?: number; note?: boolean }
  /** A list item set with a hanging indent: its mark ("•", "(a)") and its sentences. */
  | { kind: 'item'; mark: string; sentences: string[] }
  /** A table of data, row by row. */
  | { kind: 'table'; rows: string[][] };

/** A printed page: its label ("7", "ii") and its blocks. */
export interface ModelPage {
  label: string;
  blocks: ModelBlock[];
}

/** A paragraph broken by the page: the words that end the page, and the words that open the next one. */
export function splitWords(block: ModelBlock & { kind: 'paragraph' }): [string, string] {
  const words = block.sentences.join(' ').split(' ');
  const at = block.breakAfter ?? words.length;
  return [words.slice(0, at).join(' '), words.slice(at).join(' ')];
}

/** The model's document: a front page numbered in roman, then three pages; one paragraph runs across a page. */
export const sampleDocument: ModelPage[] = [
  {
    label: 'i',
    blocks: [
      { kind: 'title', text: 'OFFER TO PURCHASE FOR CASH' },
      { kind: 'table', rows: [['Summary Term Sheet', '1'], ['Withdrawal Rights', '2'], ['Fees and Expenses', '3']] },
      { kind: 'paragraph', sentences: ['Marlow Ridge Instruments, Inc. offers to buy up to 1,500,000 shares of its common stock.', 'The offer ends at midnight on the expiration date.'] },
    ],
  },
  {
    label: '1',
    blocks: [
      { kind: 'title', text: 'SUMMARY TERM SHEET' },
      { kind: 'caption', text: 'Conditions of the Offer' },
      { kind: 'paragraph', sentences: ['The offer is subject to the conditions below, among others:'] },
      { kind: 'item', mark: '•', sentences: ['no court shall have barred the purchase of shares; and'] },
      { kind: 'item', mark: '•', sentences: ['the price of the shares shall not have fallen by a fifth.', 'We count from the close of trading.'] },
      { kind: 'paragraph', sentences: ['We may waive a condition at any time.', 'We will announce a waiver by press release.'] },
      { kind: 'paragraph', runIn: 'Tender Procedure.', sentences: ['You tender by sending a letter of transmittal to the depositary.'] },
    ],
  },
  {
    label: '2',
    blocks: [
      { kind: 'section', number: '3', text: '3. WITHDRAWAL RIGHTS' },
      { kind: 'paragraph', sentences: ['You may withdraw shares in the ways listed here:'] },
      { kind: 'item', mark: '(a)', sentences: ['by a written notice that reaches the depositary in time;'] },
      { kind: 'item', mark: '(b)', sentences: ['by a notice sent through the book-entry facility.'] },
      { kind: 'table', rows: [['Quarter', 'High', 'Low'], ['First', '$12.40', '$10.15'], ['Second', '$13.05', '$11.20']] },
      {
        kind: 'paragraph',
        sentences: ['A withdrawal may not be revoked, and shares withdrawn are no longer tendered for any purpose of the offer.', 'They may be tendered again before the offer ends.'],
        breakAfter: 11,
      },
    ],
  },
  {
    label: '3',
    blocks: [
      { kind: 'caption', text: 'Fees and Expenses' },
      { kind: 'paragraph', sentences: ['We will pay the depositary a fee(1) of $8,000.', 'Brokers will not be paid for soliciting tenders.'] },
      { kind: 'paragraph', sentences: ['(1) The fee excludes out-of-pocket expenses.'], note: true },
    ],
  },
];

const width = 72;

function wrap(text: string, first: number, rest: number): string[] {
  const lines: string[] = [];
  let line = ' '.repeat(first);
  for (const word of text.split(' ')) {
    if (line.trim() !== '' && line.length + word.length + 1 > width) {
      lines.push(line);
      line = ' '.repeat(rest);
    }
    line += line.trim() === '' ? word : ` ${word}`;
  }
  return [...lines, line];
}

const centre = (text: string): string => ' '.repeat(Math.max(0, Math.floor((78 - text.length) / 2))) + text;

const textBlocks: { [K in ModelBlock['kind']]: (block: ModelBlock & { kind: K }) => string[] } = {
  title: (b) => [centre(b.text)],
  caption: (b) => [b.text],
  section: (b) => [b.text],
  paragraph: (b) => wrap([b.runIn?.toUpperCase(), ...b.sentences].filter(Boolean).join(' '), 5, 0),
  item: (b) => wrap(`${b.mark}${' '.repeat(Math.max(1, 5 - b.mark.length))}${b.sentences.join(' ')}`, 5, 10),
  table: (b) => ['<TABLE>', ...b.rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(24) : cell.padStart(12))).join('').trimEnd()), '</TABLE>'],
};

/**
 * The model as an EDGAR plain-text filing: blocks apart by blank lines, paragraphs indented five and wrapped, run-in
 * headings in capitals, each page closed by its centred number and `<PAGE>`; a paragraph the page breaks goes on
 * flush left at the top of the next page.
 * @param pages the model
 * @returns the text
 */
export function modelAsText(pages: ModelPage[]): string {
  let carried: string | null = null;
  const out = pages.map((page, p) => {
    const lines: string[] = carried === null ? [] : [...wrap(carried, 0, 0), ''];
    carried = null;
    for (const block of page.blocks) {
      if (block.kind === 'paragraph' && block.breakAfter !== undefined) {
        const [head, tail] = splitWords(block);
        lines.push(...wrap([block.runIn?.toUpperCase(), head].filter(Boolean).join(' '), 5, 0), '');
        carried = tail;
      } else lines.push(...textBlocks[block.kind](block as never), '');
    }
    return [...lines, centre(page.label), p < pages.length - 1 ? '<PAGE>' : ''].join('\n');
  });
  return `${out.join('\n')}\n`;
}

/** A block as the outline shows it, in one line of plain data. */
export type OutlineRow =
  | ['heading', string, string, number | string | null]
  | ['paragraph', string | null, string[], number[]]
  | ['table', string];

/** What a reader must give for a document: its printed pages and its blocks. */
export interface ExpectedOutline {
  pages: Array<number | string | null>;
  blocks: OutlineRow[];
}

const pageKey = (label: string): number | string => (/^\d+$/.test(label) ? Number(label) : label);
// Blocks carry arabic page numbers only; a page numbered in roman is known by its label on the tree's pages.
const blockPage = (label: string): number | null => (/^\d+$/.test(label) ? Number(label) : null);

/**
 * The outline the model holds: printed pages, headings with their kind, paragraphs with their run-in heading (lower
 * case: the typesettings differ in its case) and sentences, tables by their words.
 * @param pages the model
 * @returns the outline
 */
export function modelOutline(pages: ModelPage[]): ExpectedOutline {
  const blocks: OutlineRow[] = [];
  pages.forEach((page, p) => {
    const here = blockPage(page.label);
    for (const block of page.blocks) {
      if (block.kind === 'title' || block.kind === 'caption') blocks.push(['heading', block.kind === 'title' ? 'part' : 'caption', block.text, here]);
      else if (block.kind === 'section') blocks.push(['heading', 'section', block.text, here]);
      else if (block.kind === 'table') blocks.push(['table', block.rows.flat().join(' ')]);
      else if (block.kind === 'item') blocks.push(['paragraph', null, [`${block.mark} ${block.sentences[0]}`, ...block.sentences.slice(1)], here === null ? [] : [here]]);
      else {
        const next = pages[p + 1];
        const across = [here, block.breakAfter !== undefined && next ? blockPage(next.label) : null].filter((n): n is number => n !== null);
        blocks.push(['paragraph', block.runIn?.toLowerCase() ?? null, block.sentences, across]);
      }
    }
  });
  return { pages: pages.map((page) => pageKey(page.label)), blocks };
}

/**
 * The outline a reader gave, in the same shape: a page is its printed number, or its roman label as printed.
 * @param tree the document read
 * @returns the outline
 */
export function treeOutline(tree: Root): ExpectedOutline {
  const blocks = tree.children.map((node): OutlineRow => {
    if (node.type === 'heading') return ['heading', node.kind, node.value, node.page];
    if (node.type === 'paragraph') return ['paragraph', node.runIn?.toLowerCase() ?? null, node.children.map((s) => s.value), node.pages];
    return ['table', node.value.split(/\s+/).join(' ')];
  });
  return { pages: tree.data.pages.map((page) => page.number ?? romanOf(page.label)), blocks };
}

function romanOf(label: string | null): string | null {
  return /([ivxlc]+)/i.exec(label ?? '')?.[1]?.toLowerCase() ?? null;
}
