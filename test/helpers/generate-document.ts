/**
 * fast-check arbitraries for tender offer documents in the EDGAR plain-text style: pages ended by a centred
 * printed page number and `<PAGE>`, centred part titles, numbered section headings in capitals, summary
 * questions, country captions, and paragraphs hard-wrapped at 78 columns whose sentences carry the legal
 * abbreviations real filings use. Each generated document comes with its reference model.
 */
import fc from 'fast-check';
import type { ModelBlock, ModelDoc, ModelHeading, ModelParagraph } from './reference-model.js';

/** Page width of EDGAR text filings. */
export const pageWidth = 78;

const subjects = ['We', 'The Company', 'Sonus Networks, Inc.', 'Each eligible optionholder', 'The compensation committee',
  'Our board of directors', 'Your employer', 'The exchange agent', 'Smith & Co.', 'Any holder of new options', 'The plan administrator'];
const verbs = ['will accept', 'may amend', 'will reject', 'shall grant', 'must deliver', 'may cancel', 'may not withdraw',
  'will notify', 'shall determine', 'will exchange', 'will issue', 'may waive'];
const objects = ['all properly tendered options', 'the election form', 'any option granted under the 1997 Plan',
  'new options to purchase common stock', 'the notice of withdrawal', 'each surrendered option', 'the Offer to Exchange',
  'the restricted stock units', 'the required tax withholding', 'the applicable grant agreement'];
const modifiers = ['pursuant to Rule 13e-4 under the Securities Exchange Act of 1934', 'under Sec. 422 of the Code',
  'for U.S. federal income tax purposes', '(e.g., after a termination of employment)', '(i.e., on the new grant date)',
  'as described in Section 5 of this offer', 'covering approx. 14,480,000 shares', 'at an exercise price of $0.67 per share',
  'with the Securities and Exchange Commission', 'as set forth in Exhibit (a)(1) hereto', 'through Smith & Co. as agent',
  'as of Sept. 30, 1999', 'in Private Letter Ruling No. 9129048 issued by the IRS', 'under the laws of the State of Delaware',
  'within the period required by Rule 14e-1(c)', 'by Hassan M. Ahmed on behalf of Sonus Networks, Inc. and its subsidiaries'];
const expiryModifier = (date: string): string => `before 5:00 p.m., Eastern Time, on ${date}`;

const sectionTitles = ['NUMBER OF OPTIONS; EXPIRATION DATE.', 'PURPOSE OF THE OFFER.', 'PROCEDURES FOR SURRENDERING OPTIONS.',
  'WITHDRAWAL RIGHTS.', 'ACCEPTANCE OF OPTIONS FOR EXCHANGE AND GRANT OF NEW OPTIONS.', 'CONDITIONS OF THE OFFER.',
  'PRICE RANGE OF COMMON STOCK UNDERLYING THE OPTIONS.', 'SOURCE AND AMOUNT OF CONSIDERATION; TERMS OF NEW OPTIONS.',
  'INFORMATION CONCERNING SONUS.', 'INTERESTS OF DIRECTORS AND OFFICERS.', 'LEGAL MATTERS; REGULATORY APPROVALS.',
  'MATERIAL TAX CONSEQUENCES.', 'EXTENSION OF OFFER; TERMINATION; AMENDMENT.', 'FEES AND EXPENSES.', 'ADDITIONAL INFORMATION.'];
const questions = ['WHY ARE WE MAKING THE OFFER?', 'WHAT SECURITIES ARE WE OFFERING TO EXCHANGE?', 'WHO IS ELIGIBLE?',
  'HOW MANY NEW OPTIONS WILL I RECEIVE?', 'WHEN WILL I RECEIVE MY NEW OPTIONS?', 'WHAT IF I CHANGE MY MIND?',
  'WHAT HAPPENS IF I ELECT NOT TO SURRENDER ANY OPTIONS PURSUANT TO THIS OFFER?', 'WHOM CAN I TALK TO ABOUT THE OFFER?'];
/** Countries for captions; none is a word-prefix of another, so a quoted caption names one heading. */
export const countries = ['France', 'Germany', 'Japan', 'Singapore', 'United Kingdom', 'Canada', 'India', 'Israel', 'China',
  'Ireland', 'Netherlands', 'Sweden', 'Australia', 'Korea'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A caption heading in the style of the tax disclosures. */
export const countryCaption = (country: string): string => `${country}: Material Tax Consequences for Employees who are Tax Residents in ${country}`;

/** A sentence before layout: indices into the word lists. */
export interface SentenceSeed {
  subject: number;
  verb: number;
  object: number;
  modifiers: number[];
  /** Mention the expiration date. */
  expiry: boolean;
}

/** A paragraph before layout. */
export type ParagraphSeed = SentenceSeed[];

/** A section before layout: its paragraphs, and country captions with theirs. */
export interface SectionSeed {
  paragraphs: ParagraphSeed[];
  captions: ParagraphSeed[][];
}

/** A whole document before layout. */
export interface DocumentSeed {
  questions: ParagraphSeed[][];
  sections: SectionSeed[];
  linesPerPage: number;
  firstPage: number;
  expiration: { month: number; day: number; year: number };
}

/** A document laid out as EDGAR text, with its model. */
export interface GeneratedDocument {
  text: string;
  model: ModelDoc;
}

/**
 * An arbitrary sentence seed.
 * @returns the arbitrary
 */
export function sentenceSeed(): fc.Arbitrary<SentenceSeed> {
  return fc.record({
    subject: fc.nat(subjects.length - 1),
    verb: fc.nat(verbs.length - 1),
    object: fc.nat(objects.length - 1),
    modifiers: fc.uniqueArray(fc.nat(modifiers.length - 1), { maxLength: 2 }),
    expiry: fc.nat(11).map((n) => n === 0),
  });
}

/**
 * Write a sentence from its seed.
 * @param seed the seed
 * @param expiration the expiration date as written
 * @returns the sentence, ending in a period
 */
export function writeSentence(seed: SentenceSeed, expiration: string): string {
  const parts = [subjects[seed.subject], verbs[seed.verb], objects[seed.object], ...seed.modifiers.map((m) => modifiers[m])];
  if (seed.expiry) parts.push(expiryModifier(expiration));
  return `${parts.join(' ')}.`;
}

/**
 * The same sentence seed with its next verb, for a second paragraph of new text.
 * @param seed the seed
 * @returns the varied seed
 */
export function nextVerb(seed: SentenceSeed): SentenceSeed {
  return { ...seed, verb: (seed.verb + 1) % verbs.length };
}

const paragraphSeed = (max = 5): fc.Arbitrary<ParagraphSeed> => fc.array(sentenceSeed(), { minLength: 1, maxLength: max });

/**
 * An arbitrary document seed: a summary of questions, then numbered sections, some with country captions.
 * @param size `small` for quick properties, `large` for a longer document
 * @returns the arbitrary
 */
export function documentSeed(size: 'small' | 'large' = 'small'): fc.Arbitrary<DocumentSeed> {
  const scale = size === 'small' ? 1 : 4;
  return fc.record({
    questions: fc.array(fc.array(paragraphSeed(3), { minLength: 1, maxLength: 2 }), { maxLength: 3 * scale }),
    sections: fc.array(
      fc.record({
        paragraphs: fc.array(paragraphSeed(), { minLength: 1, maxLength: 4 * scale }),
        captions: fc.array(fc.array(paragraphSeed(), { minLength: 1, maxLength: 3 }), { maxLength: 2 }),
      }),
      { minLength: 1, maxLength: 4 * scale },
    ),
    linesPerPage: fc.integer({ min: 24, max: 56 }),
    firstPage: fc.integer({ min: 1, max: 30 }),
    expiration: fc.record({ month: fc.nat(11), day: fc.integer({ min: 1, max: 28 }), year: fc.integer({ min: 2000, max: 2009 }) }),
  });
}

/**
 * An arbitrary document, laid out, with its model.
 * @param size `small` or `large`
 * @returns the arbitrary
 */
export function generatedDocument(size: 'small' | 'large' = 'small'): fc.Arbitrary<GeneratedDocument> {
  return documentSeed(size).map(layoutDocument);
}

/**
 * Write a date in the long form filings use.
 * @param date month (0-based), day and year
 * @returns e.g. "November 14, 2002"
 */
export function longDate(date: { month: number; day: number; year: number }): string {
  return `${months[date.month]} ${date.day}, ${date.year}`;
}

type Unplaced = Omit<ModelHeading, 'page'> | Omit<ModelParagraph, 'pages'>;

/**
 * Turn a seed into blocks (no pages yet), dropping a sentence already used so that every sentence is unique.
 * @param seed the document seed
 * @returns the blocks in order
 */
export function seedBlocks(seed: DocumentSeed): Unplaced[] {
  const expiration = longDate(seed.expiration);
  const used = new Set<string>();
  const para = (p: ParagraphSeed): Unplaced[] => {
    const sentences = p.map((s) => writeSentence(s, expiration)).filter((s) => !used.has(s) && used.add(s));
    return sentences.length > 0 ? [{ type: 'paragraph', sentences, origin: 0 }] : [];
  };
  const head = (kind: ModelHeading['kind'], text: string, number: string | null = null): Unplaced => ({ type: 'heading', kind, number, text });
  const cover = `THE OFFER AND WITHDRAWAL RIGHTS EXPIRE AT 5:00 P.M., EASTERN TIME, ON ${expiration.toUpperCase()}, UNLESS WE EXTEND THE OFFER.`;
  const blocks: Unplaced[] = [head('part', 'OFFER TO EXCHANGE'), { type: 'paragraph', sentences: [cover], origin: 0 }];
  if (seed.questions.length > 0) blocks.push(head('part', 'SUMMARY TERM SHEET'));
  seed.questions.forEach((q, i) => blocks.push(head('question', `Q${i + 1}. ${questions[i % questions.length]}`, `Q${i + 1}`), ...q.flatMap(para)));
  blocks.push(head('part', 'THE OFFER'));
  let country = 0;
  seed.sections.forEach((s, i) => {
    blocks.push(head('section', `${i + 1}. ${sectionTitles[i % sectionTitles.length]}`, String(i + 1)), ...s.paragraphs.flatMap(para));
    for (const caption of s.captions) {
      if (country >= countries.length) break;
      blocks.push(head('caption', countryCaption(countries[country++] as string)), ...caption.flatMap(para));
    }
  });
  return blocks;
}

/**
 * Hard-wrap text at the page width.
 * @param text the text
 * @param first indent of the first line
 * @param rest indent of the other lines
 * @returns the lines
 */
export function wrap(text: string, first: number, rest: number): string[] {
  const lines: string[] = [];
  let line = ' '.repeat(first);
  let empty = true;
  for (const word of text.split(' ')) {
    if (!empty && line.length + 1 + word.length > pageWidth) {
      lines.push(line);
      line = ' '.repeat(rest);
      empty = true;
    }
    line += empty ? word : ` ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines;
}

/**
 * Centre a line on the page.
 * @param text the text
 * @returns the padded line
 */
export function centre(text: string): string {
  return ' '.repeat(Math.max(8, Math.floor((pageWidth - text.length) / 2))) + text;
}

function blockLines(block: Unplaced): string[] {
  if (block.type === 'paragraph') return wrap(block.sentences.join(' '), 5, 0);
  if (block.kind === 'part') return [centre(block.text)];
  return wrap(block.text, 0, 0);
}

// A page break may fall after a line only where it does not end in punctuation, so the engine joins the halves.
const endsClause = /[.:;,!?]["'”’)\]]*$/;

/** Pages being filled: finished pages' lines and the open page. */
interface Pager {
  pages: string[][];
  open: string[];
  number: number;
  size: number;
}

function closePage(pager: Pager): void {
  pager.pages.push([...pager.open, '', centre(String(pager.number)), '']);
  pager.open = [];
  pager.number++;
}

// Any line may end a page but one closing a clause; the rest may be a lone "IRS." (read as a caption before c96cf05).
function splitPoint(lines: string[], room: number): number {
  for (let k = Math.min(room, lines.length - 1); k >= 1; k--) if (!endsClause.test(lines[k - 1] as string)) return k;
  return 0;
}

// Place one block; returns its pages. Headings keep with two lines of what follows.
function place(pager: Pager, block: Unplaced, next: Unplaced | undefined): number[] {
  const lines = blockLines(block);
  const gap = pager.open.length > 0 ? 1 : 0;
  const need = lines.length + (block.type === 'heading' ? 3 : 0);
  const room = pager.size - pager.open.length - gap;
  if (need <= room || pager.open.length === 0) return put(pager, lines, gap);
  const k = block.type === 'paragraph' && next !== undefined ? splitPoint(lines, room) : 0;
  if (k === 0) {
    closePage(pager);
    return put(pager, lines, 0);
  }
  const first = put(pager, lines.slice(0, k), gap);
  closePage(pager);
  return [...first, ...put(pager, lines.slice(k), 0)];
}

function put(pager: Pager, lines: string[], gap: number): number[] {
  if (gap) pager.open.push('');
  pager.open.push(...lines);
  return [pager.number];
}

/**
 * Lay a seed out as EDGAR text and build its model with the printed pages each block lies on.
 * @param seed the document seed
 * @returns the text and the model
 */
export function layoutDocument(seed: DocumentSeed): GeneratedDocument {
  const unplaced = seedBlocks(seed);
  const pager: Pager = { pages: [], open: [], number: seed.firstPage, size: seed.linesPerPage };
  const blocks = unplaced.map((block, i): ModelBlock => {
    const pages = place(pager, block, unplaced[i + 1]);
    return block.type === 'paragraph' ? { ...block, pages } : { ...block, page: pages[0] as number };
  });
  if (pager.open.length > 0) closePage(pager);
  const text = `${pager.pages.map((lines) => lines.join('\n')).join('\n<PAGE>\n')}\n`;
  return { text, model: { blocks, expiration: longDate(seed.expiration) } };
}
