/**
 * fast-check arbitraries for Schedule TO amendments that amend a generated Offer to Exchange by instruction,
 * in the seeds' phrasing: sentences and paragraphs replaced, deleted and inserted, clauses added, text put
 * before a caption or at the end of a section, the same instruction repeated under several Items, and
 * extensions. Each amendment comes with the model edits it asks for, so the reference model can apply them.
 */
import fc from 'fast-check';
import { countries, countryCaption, sentenceSeed, writeSentence, type SentenceSeed } from './generate-document.js';
import { planEdit } from './generate-edits.js';
import type { Claims } from './generate-plan.js';
import { renderAmendment, type RenderedInstruction } from './generate-filing.js';
import { applyModel, type ModelDoc, type ModelEdit } from './reference-model.js';

/** One edit before it is fitted to a document: choices the planner reads modulo what the document offers. */
export interface EditSeed {
  kind: number;
  target: number;
  sentence: number;
  span: number;
  phrasing: number;
  text: SentenceSeed[];
  paragraphs: number;
  caption: boolean;
  /** Items (indices into the Item list) the instruction is given under; more than one repeats it. */
  items: number[];
}

/** An amendment before it is fitted to a document. */
export interface AmendmentSeed {
  edits: EditSeed[];
  /** Days to extend the offer by, or null for no extension. */
  extend: number | null;
  /** Which plan the offer is withdrawn for (an index into `plans`), or null. */
  withdraw: number | null;
  linesPerPage: number;
  /** Let a page break fall inside a quoted text, as in seed 003. */
  breakInQuotes: boolean;
}

/** A generated amendment: its text, the model edits its instructions ask for, and the plan it withdraws the offer for. */
export interface GeneratedAmendment {
  number: number;
  text: string;
  edits: ModelEdit[];
  instructions: RenderedInstruction[];
  /** The withdrawn plan's defined term ("TTI Plan"), or null. */
  withdrawn: string | null;
}

/** Plans an offer may be withdrawn for: the full name and the defined term. */
export const plans: ReadonlyArray<{ full: string; short: string }> = [
  { full: 'telecom technologies, inc. Amended and Restated 1998 Equity Incentive Plan', short: 'TTI Plan' },
  { full: 'Sonus Networks, Inc. 2000 Retention Stock Plan', short: 'Retention Plan' },
  { full: "1999 Directors' Stock Option Plan", short: 'Director Plan' },
];

/**
 * An arbitrary edit seed.
 * @returns the arbitrary
 */
export function editSeed(): fc.Arbitrary<EditSeed> {
  return fc.record({
    kind: fc.nat(9),
    target: fc.nat(),
    sentence: fc.nat(),
    span: fc.nat(2),
    phrasing: fc.nat(),
    text: fc.array(sentenceSeed(), { minLength: 1, maxLength: 3 }),
    paragraphs: fc.integer({ min: 1, max: 2 }),
    caption: fc.boolean(),
    items: fc.uniqueArray(fc.nat(4), { minLength: 1, maxLength: 3 }),
  });
}

/**
 * An arbitrary amendment seed.
 * @param maxEdits the most edits one amendment makes
 * @returns the arbitrary
 */
export function amendmentSeed(maxEdits = 5): fc.Arbitrary<AmendmentSeed> {
  return fc.record({
    edits: fc.array(editSeed(), { minLength: 1, maxLength: maxEdits }),
    extend: fc.option(fc.integer({ min: 1, max: 60 }), { freq: 4 }),
    withdraw: fc.option(fc.nat(plans.length - 1), { freq: 5 }),
    linesPerPage: fc.integer({ min: 20, max: 60 }),
    breakInQuotes: fc.boolean(),
  });
}

/**
 * Fit an amendment seed to a document: plan each edit against the document as it stands before the
 * amendment (skipping edits that would clash with one already planned), then write the filing.
 * @param doc the version the amendment amends
 * @param seed the seed
 * @param number the amendment's number
 * @returns the amendment with its model edits
 */
export function buildAmendment(doc: ModelDoc, seed: AmendmentSeed, number: number): GeneratedAmendment {
  const claims: Claims = { sentences: new Map(), points: new Set(), blocks: new Set(), blockPoints: new Set(), clauses: new Set() };
  const used = usedSentences(doc);
  const captions = unusedCaptions(doc);
  const instructions: RenderedInstruction[] = [];
  const edits: ModelEdit[] = [];
  for (const edit of seed.edits) {
    const planned = planEdit(doc, edit, { claims, newText: (seeds) => newSentences(seeds, doc, used), caption: () => captions.shift() ?? null });
    if (!planned) continue;
    edits.push(planned.edit);
    for (const [i, item] of edit.items.entries()) {
      const { text, expected } = planned.phrase(edit.phrasing + i);
      instructions.push({ item, text, quoted: planned.quoted, expected: { ...expected, text: planned.quoted }, edit: edits.length - 1 });
    }
  }
  const extension = seed.extend === null ? null : extendDate(doc.expiration, seed.extend);
  if (extension) edits.push({ op: 'extend', to: extension });
  const plan = seed.withdraw === null ? null : (plans[seed.withdraw] ?? null);
  const text = renderAmendment({ number, instructions, extension, withdraw: plan, linesPerPage: seed.linesPerPage, breakInQuotes: seed.breakInQuotes });
  return { number, text, edits, instructions, withdrawn: plan?.short ?? null };
}

/**
 * Fit several amendment seeds in turn, each to the version the ones before it made.
 * @param doc the original document
 * @param seeds the amendments' seeds, in order
 * @returns the amendments and the model's versions (0 = the original)
 */
export function buildAmendments(doc: ModelDoc, seeds: AmendmentSeed[]): { amendments: GeneratedAmendment[]; versions: ModelDoc[] } {
  const versions = [doc];
  const amendments = seeds.map((seed, i) => {
    const amendment = buildAmendment(versions[i] as ModelDoc, seed, i + 1);
    versions.push(applyModel(versions[i] as ModelDoc, amendment.edits, i + 1));
    return amendment;
  });
  return { amendments, versions };
}

function usedSentences(doc: ModelDoc): Set<string> {
  return new Set(doc.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences : [])));
}

function unusedCaptions(doc: ModelDoc): string[] {
  const present = new Set(doc.blocks.map((b) => (b.type === 'heading' ? b.text : '')));
  return countries.map(countryCaption).filter((c) => !present.has(c));
}

const openers = ['In addition,', 'Under current law,', 'Notwithstanding the foregoing,', 'For the avoidance of doubt,', 'As a result,'];

// New sentences open with a connective, so they never repeat a sentence of the document or of each other.
function newSentences(seeds: SentenceSeed[], doc: ModelDoc, used: Set<string>): string[] {
  const out = seeds.map((seed, i) => {
    const plain = writeSentence({ ...seed, expiry: false }, doc.expiration);
    const lowered = /^(?:We|The Company|Your employer|Each|Our|The|Any)\b/.test(plain) ? plain.charAt(0).toLowerCase() + plain.slice(1) : plain;
    return `${openers[(seed.subject + seed.object + i) % openers.length]} ${lowered}`;
  });
  return out.filter((s) => !used.has(s) && used.add(s));
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date some days after a long-form date, in the long form.
 * @param date e.g. "November 14, 2002"
 * @param days how many days later
 * @returns e.g. "November 22, 2002"
 */
export function extendDate(date: string, days: number): string {
  const [month, day, year] = date.replace(',', '').split(' ');
  const next = new Date(Date.UTC(Number(year), monthNames.indexOf(month as string), Number(day) + days));
  return `${monthNames[next.getUTCMonth()]} ${next.getUTCDate()}, ${next.getUTCFullYear()}`;
}
