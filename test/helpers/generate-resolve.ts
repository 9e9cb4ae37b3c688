/**
 * The reference model's reading of locators, which the generators use to choose only locators that name one place:
 * count the ordinal in every scope the locator names (the page when it names one, the heading, the section; else
 * the document), keep the places that satisfy every named constraint, and resolve only when exactly one is left.
 */
import type { ModelBlock, ModelDoc, ModelHeading, ModelParagraph } from './reference-model.js';

/** What a locator names, in the instruction contract's terms (headings quoted exactly, in any case). */
export interface ModelLocator {
  pages: number[];
  section: string | null;
  heading: string | null;
  paragraph: number | 'first-full' | null;
  sentences: number[];
}

/** A resolved locator: one paragraph, or why there is none. */
export type ModelResolution = { ok: true; block: number } | { ok: false; why: 'not-found' | 'ambiguous' };

const depthOf: Record<ModelHeading['kind'], number> = { part: 1, section: 2, question: 2, caption: 3 };

/**
 * Words of a heading, as headings are matched: lower case, punctuation and spacing ignored.
 * @param text the heading
 * @returns its words joined by single spaces
 */
export function headingKey(text: string): string {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).join(' ');
}

/**
 * The section number each block stands in (a heading of rank 1 or 2 closes the section before it).
 * @param doc the document
 * @returns one section number (or null) per block
 */
export function sectionsOf(doc: ModelDoc): Array<string | null> {
  let section: string | null = null;
  return doc.blocks.map((block) => {
    if (block.type === 'heading' && depthOf[block.kind] <= 2) section = block.kind === 'section' ? block.number : null;
    return section;
  });
}

/**
 * The blocks a heading governs: those after it up to the next heading of equal or higher rank.
 * @param doc the document
 * @param index the heading's index
 * @returns the block indices
 */
export function headingScope(doc: ModelDoc, index: number): number[] {
  const head = doc.blocks[index];
  const depth = head?.type === 'heading' ? depthOf[head.kind] : 0;
  const out: number[] = [];
  for (let i = index + 1; i < doc.blocks.length; i++) {
    const block = doc.blocks[i] as ModelBlock;
    if (block.type === 'heading' && depthOf[block.kind] <= depth) break;
    out.push(i);
  }
  return out;
}

/**
 * Headings whose words equal the quoted heading's, with or without a leading label such as `5.` or `Q3.`.
 * @param doc the document
 * @param quoted the heading as an instruction quotes it
 * @returns their indices
 */
export function findHeadings(doc: ModelDoc, quoted: string): number[] {
  const want = headingKey(quoted);
  return doc.blocks.flatMap((block, i) => {
    if (block.type !== 'heading') return [];
    const key = headingKey(block.text);
    return key === want || key.replace(/^(?:q?\d+) /, '') === want ? [i] : [];
  });
}

const paragraphsIn = (doc: ModelDoc, blocks: number[]): number[] => blocks.filter((i) => doc.blocks[i]?.type === 'paragraph');
const onPage = (doc: ModelDoc, page: number): number[] =>
  paragraphsIn(doc, doc.blocks.map((_, i) => i)).filter((i) => (doc.blocks[i] as ModelParagraph).pages[0] === page);

function countScopes(doc: ModelDoc, loc: ModelLocator): number[][] {
  const sections = sectionsOf(doc);
  // Count on a page only when one page is named: "on pages 12 and 13" says where the unit lies, not where to count.
  const scopes = loc.pages.length === 1 ? [onPage(doc, loc.pages[0] as number)] : [];
  for (const h of loc.heading ? findHeadings(doc, loc.heading) : []) scopes.push(paragraphsIn(doc, headingScope(doc, h)));
  if (loc.section) scopes.push(paragraphsIn(doc, sections.flatMap((s, i) => (s === loc.section ? [i] : []))));
  if (scopes.length === 0) scopes.push(paragraphsIn(doc, doc.blocks.map((_, i) => i)));
  return scopes;
}

function pick(scope: number[], ordinal: number): number | undefined {
  return scope[ordinal > 0 ? ordinal - 1 : scope.length + ordinal];
}

function satisfies(doc: ModelDoc, loc: ModelLocator, block: number): boolean {
  const node = doc.blocks[block] as ModelParagraph;
  if (loc.pages.length > 0 && !node.pages.some((p) => loc.pages.includes(p))) return false;
  if (loc.section && sectionsOf(doc)[block] !== loc.section) return false;
  if (loc.heading && !findHeadings(doc, loc.heading).some((h) => headingScope(doc, h).includes(block))) return false;
  const n = node.sentences.length;
  return loc.sentences.every((o) => (o > 0 ? o <= n : -o <= n));
}

/**
 * Resolve a paragraph locator (with optional sentence ordinals) to one paragraph.
 * @param doc the document as it stands before the amendment
 * @param loc the locator; `paragraph` must be set
 * @returns the paragraph's index, or why there is none
 */
export function resolveModel(doc: ModelDoc, loc: ModelLocator): ModelResolution {
  const { paragraph } = loc;
  if (paragraph === null) return loc.heading && loc.sentences.length === 1 ? resolveAfterHeading(doc, loc) : { ok: false, why: 'not-found' };
  const picked = paragraph === 'first-full' ? loc.pages.map((p) => onPage(doc, p)[0]) : countScopes(doc, loc).map((s) => pick(s, paragraph));
  const passing = [...new Set(picked.filter((b): b is number => b !== undefined && satisfies(doc, loc, b)))];
  if (passing.length === 1) return { ok: true, block: passing[0] as number };
  return { ok: false, why: passing.length > 1 ? 'ambiguous' : 'not-found' };
}

/** A sentence counted after a heading ("the fifth sentence after the bold heading"): which paragraph, which sentence. */
export interface SentencePlace {
  block: number;
  sentence: number;
}

/**
 * The sentences after a heading, in order, across the paragraphs it governs.
 * @param doc the document
 * @param heading the heading's index
 * @returns each sentence's paragraph and index in it
 */
export function sentencesAfter(doc: ModelDoc, heading: number): SentencePlace[] {
  return paragraphsIn(doc, headingScope(doc, heading)).flatMap((block) =>
    (doc.blocks[block] as ModelParagraph).sentences.map((_, sentence) => ({ block, sentence })),
  );
}

// "The fifth sentence after the bold heading X": counted across the paragraphs under each heading of that name,
// checked against the other constraints; one place or none.
function resolveAfterHeading(doc: ModelDoc, loc: ModelLocator): ModelResolution {
  const n = loc.sentences[0] as number;
  const places = findHeadings(doc, loc.heading as string).flatMap((h) => {
    const all = sentencesAfter(doc, h);
    const place = all[n > 0 ? n - 1 : all.length + n];
    return place ? [place.block] : [];
  });
  const passing = [...new Set(places.filter((b) => satisfies(doc, { ...loc, sentences: [] }, b)))];
  if (passing.length === 1) return { ok: true, block: passing[0] as number };
  return { ok: false, why: passing.length > 1 ? 'ambiguous' : 'not-found' };
}
