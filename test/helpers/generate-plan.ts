/**
 * What planning a generated edit shares: the claims that keep one amendment's edits apart, the contract fields an
 * instruction should parse to, and the phrasing of locators the reference model resolves to exactly one place.
 */
import type { SentenceSeed } from './generate-document.js';
import type { EditSeed } from './generate-amendment.js';
import { headingSentenceLocators, locatorText, paragraphLocators, sentenceLocatorText } from './generate-locator.js';
import type { ModelLocator } from './generate-resolve.js';
import type { ModelDoc, ModelEdit, ModelParagraph } from './reference-model.js';

/** Spans already edited in this amendment: an edit that would touch one of them is skipped. */
export interface Claims {
  /** Per paragraph, the sentence ranges (inclusive) replaced or deleted. */
  sentences: Map<number, Array<[number, number]>>;
  /** `block:sentence` points where sentences are inserted. */
  points: Set<string>;
  /** Paragraphs edited as a whole, or at all (a whole-paragraph edit needs an untouched paragraph). */
  blocks: Set<number>;
  /** Block points where blocks are inserted. */
  blockPoints: Set<number>;
  /** `block:sentence` of sentences a clause is added to. */
  clauses: Set<string>;
}

/** What the planner needs besides the document. */
export interface PlanContext {
  claims: Claims;
  /** New sentences for some seeds, never repeating a sentence already used (may come back shorter). */
  newText: (seeds: SentenceSeed[]) => string[];
  /** A caption not yet in the document, or null when none is left. */
  caption: () => string | null;
}

/** What the parser should read from an instruction: the contract's fields that the generator chose. */
export interface ExpectedInstruction {
  op: 'replace' | 'delete' | 'insert';
  pages: number[];
  section: string | null;
  heading: string | null;
  paragraph: number | 'first-full' | null;
  sentences: number[];
  position: 'before' | 'after' | 'start' | 'end' | null;
}

/** An instruction's words (after "by") and what it should parse to. */
export interface Phrased {
  text: string;
  expected: ExpectedInstruction;
}

/** A planned edit: the model's edit, the instruction's words for a phrasing variant, and its quoted text. */
export interface PlannedEdit {
  edit: ModelEdit;
  phrase: (variant: number) => Phrased;
  /** Paragraphs of quoted new text (a clause or a caption is one paragraph), or null for a deletion. */
  quoted: string[] | null;
}

/** Plans one kind of edit from a seed, or gives up (null) when the seed fits nothing free. */
export type Planner = (doc: ModelDoc, seed: EditSeed, context: PlanContext) => PlannedEdit | null;

/** Paragraphs an edit may target (not the cover paragraph that states the expiration). */
export const paragraphsOf = (doc: ModelDoc): number[] => doc.blocks.flatMap((b, i) => (b.type === 'paragraph' && i > 1 ? [i] : []));
/** A paragraph's sentences. */
export const sentencesOf = (doc: ModelDoc, block: number): string[] => (doc.blocks[block] as ModelParagraph).sentences;

/**
 * The paragraph a seed targets.
 * @param doc the document
 * @param seed the edit's seed
 * @returns the paragraph's index, or null when the document has none
 */
export function chooseParagraph(doc: ModelDoc, seed: EditSeed): number | null {
  const all = paragraphsOf(doc);
  return all.length === 0 ? null : (all[seed.target % all.length] as number);
}

/**
 * Whether any edit of this amendment touches a paragraph.
 * @param claims what is claimed so far
 * @param block the paragraph
 * @returns true when touched
 */
export function touched(claims: Claims, block: number): boolean {
  const key = `${block}:`;
  return claims.blocks.has(block) || claims.sentences.has(block) || [...claims.points, ...claims.clauses].some((p) => p.startsWith(key));
}

/**
 * Whether sentences of a paragraph are free of other edits (and of insertions strictly inside them).
 * @param claims what is claimed so far
 * @param block the paragraph
 * @param from first sentence (0-based)
 * @param to last sentence (inclusive)
 * @returns true when free
 */
export function rangeFree(claims: Claims, block: number, from: number, to: number): boolean {
  if (claims.blocks.has(block)) return false;
  const ranges = claims.sentences.get(block) ?? [];
  const clauses = [...claims.clauses].filter((c) => c.startsWith(`${block}:`)).map((c) => Number(c.split(':')[1]));
  const points = [...claims.points].filter((c) => c.startsWith(`${block}:`)).map((c) => Number(c.split(':')[1]));
  return ranges.every(([a, b]) => to < a || from > b) && clauses.every((c) => c < from || c > to) && points.every((p) => p <= from || p > to);
}

/**
 * Claim sentences of a paragraph for an edit.
 * @param claims what is claimed so far
 * @param block the paragraph
 * @param from first sentence (0-based)
 * @param to last sentence (inclusive)
 */
export function claimRange(claims: Claims, block: number, from: number, to: number): void {
  claims.sentences.set(block, [...(claims.sentences.get(block) ?? []), [from, to]]);
}

/** The target fields an instruction should parse to. */
export type Target = Omit<ExpectedInstruction, 'op' | 'position'>;

const targetOf = (loc: ModelLocator): Target => ({ pages: loc.pages, section: loc.section, heading: loc.heading, paragraph: loc.paragraph, sentences: loc.sentences });

/**
 * Phrase a paragraph locator for a variant, with words after the document (", immediately after the first sentence").
 * @param doc the document
 * @param block the paragraph
 * @returns a phraser, or null when no locator names the paragraph alone
 */
export function phraser(doc: ModelDoc, block: number): ((variant: number, after?: string) => { loc: string; target: Target }) | null {
  const locators = paragraphLocators(doc, block, []);
  if (locators.length === 0) return null;
  return (variant, after = '') => {
    const loc = locators[variant % locators.length] as ModelLocator;
    return { loc: locatorText({ loc, headingStyle: variant >> 1, variant: variant >> 3 }, after), target: targetOf(loc) };
  };
}

/**
 * Phrase sentences of a paragraph for a variant: counted in the paragraph (a lone sentence near the end maybe from the
 * end, "the last sentence"), or for a lone sentence from the heading above ("the fifth sentence after the bold
 * heading"); every locator is one the reference model resolves to exactly this paragraph.
 * @param doc the document
 * @param block the paragraph
 * @param from first sentence (0-based)
 * @param to last sentence (inclusive)
 * @returns a phraser, or null when no locator names the paragraph alone
 */
export function sentencePhraser(doc: ModelDoc, block: number, from: number, to: number): ((variant: number) => { unit: string; target: Target }) | null {
  const n = sentencesOf(doc, block).length;
  const ordinals = Array.from({ length: to - from + 1 }, (_, i) => from + i + 1);
  const positive = paragraphLocators(doc, block, ordinals);
  if (positive.length === 0) return null;
  const lone = from === to;
  const negative = lone && n - from <= 2 ? paragraphLocators(doc, block, [from - n]) : [];
  const heading = lone ? headingSentenceLocators(doc, block, from) : [];
  return (variant) => {
    const pick = (variant >> 2) % 4;
    const list = pick === 1 && negative.length > 0 ? negative : pick === 2 && heading.length > 0 ? heading : positive;
    const loc = list[variant % list.length] as ModelLocator;
    return { unit: sentenceLocatorText({ loc, headingStyle: variant >> 1, variant: variant >> 3 }), target: targetOf(loc) };
  };
}

/** Pronouns and nouns agreeing with a count: its/their, it/them, was/were, sentence/sentences. */
export const its = (count: number): { its: string; it: string; was: string; sentence: string } =>
  count === 1 ? { its: 'its', it: 'it', was: 'was', sentence: 'sentence' } : { its: 'their', it: 'them', was: 'were', sentence: 'sentences' };
/** The seeds' "which was previously incorporated by reference" clause, in some variants. */
export const incorporated = (variant: number, was: string): string => (variant % 5 < 3 ? `, which ${was} previously incorporated by reference into the Schedule TO` : '');

