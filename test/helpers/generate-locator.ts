/**
 * Locators for generated amendments: every way the seeds' phrasing can name a paragraph (by section, page,
 * heading, "first full paragraph", counted from either end), kept only when the reference model resolves it
 * to exactly the intended paragraph, and written out as an amendment would write it.
 */
import { findHeadings, headingScope, resolveModel, sectionsOf, sentencesAfter, type ModelLocator } from './generate-resolve.js';
import type { ModelDoc, ModelHeading, ModelParagraph } from './reference-model.js';

const ordinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

/**
 * Write an ordinal as a filing does.
 * @param n 1-based, or negative from the end
 * @param variant picks between equivalent words ("second to last" or "penultimate")
 * @returns the word(s)
 */
export function ordinalWord(n: number, variant = 0): string {
  if (n === -1) return variant % 2 ? 'final' : 'last';
  if (n === -2) return variant % 2 ? 'penultimate' : 'second to last';
  const word = ordinals[n - 1];
  if (!word) throw new Error(`No ordinal word for ${n}`);
  return word;
}

/**
 * Name sentences by their ordinals: "the third sentence", "the second and third sentences",
 * "the first through third sentences", "the second, third and fourth sentences".
 * @param list 1-based ordinals (one negative ordinal, or a run of positive ones)
 * @param variant picks between equivalent phrasings
 * @returns the phrase
 */
export function sentencesPhrase(list: number[], variant = 0): string {
  const words = list.map((n) => ordinalWord(n, variant));
  if (words.length === 1) return `the ${words[0]} sentence`;
  if (words.length === 2) return `the ${words[0]} and ${words[1]} sentences`;
  if (variant % 2) return `the ${words[0]} through ${words[words.length - 1]} sentences`;
  return `the ${words.slice(0, -1).join(', ')} and ${words[words.length - 1]} sentences`;
}

/** A locator and how to quote its heading. */
export interface PhrasedLocator {
  loc: ModelLocator;
  /** 0: `, under the heading "..."`; 1: ` in the section of the disclosure entitled "..."`. */
  headingStyle: number;
  variant: number;
}

/**
 * Quote a heading as instructions do: questions and sections in sentence case without closing punctuation,
 * sections without their number; captions as written.
 * @param heading the heading
 * @returns the quoted words (without quotes)
 */
export function quoteHeading(heading: ModelHeading): string {
  const bare = heading.text.replace(/[.?]$/, '');
  if (heading.kind === 'caption') return bare;
  const body = heading.kind === 'section' ? bare.replace(/^\d+\.\s+/, '') : bare.replace(/^Q\d+\.\s+/, '');
  const sentence = body.charAt(0) + body.slice(1).toLowerCase().replace(/\bi\b/g, 'I');
  return heading.kind === 'question' ? `${heading.number}. ${sentence}` : sentence;
}

function nearestHeading(doc: ModelDoc, block: number): ModelHeading | null {
  for (let i = block - 1; i >= 0; i--) {
    const node = doc.blocks[i];
    if (node?.type === 'heading') return node.kind === 'part' ? null : node;
  }
  return null;
}

function paragraphOrdinals(index: number, count: number): number[] {
  const out = index < ordinals.length ? [index + 1] : [];
  if (count - index <= 2) out.push(index - count);
  return out;
}

/**
 * Every locator that names exactly one paragraph of a document (with the given sentence ordinals).
 * @param doc the document as it stands before the amendment
 * @param block the paragraph's index
 * @param sentences the sentence ordinals the locator carries
 * @param pagesAllowed whether printed pages may be named (false for text amendments moved)
 * @returns the locators the reference model resolves to that paragraph
 */
export function paragraphLocators(doc: ModelDoc, block: number, sentences: number[], pagesAllowed = true): ModelLocator[] {
  const node = doc.blocks[block] as ModelParagraph;
  const section = sectionsOf(doc)[block] ?? null;
  const heading = nearestHeading(doc, block);
  const quoted = heading && findHeadings(doc, quoteHeading(heading)).length === 1 ? quoteHeading(heading) : null;
  const pages = pagesAllowed ? node.pages.slice(0, 1) : [];
  const shapes: Array<Omit<ModelLocator, 'paragraph' | 'sentences'>> = [
    { pages: [], section, heading: null },
    { pages, section: null, heading: null },
    { pages: pagesAllowed ? node.pages : [], section, heading: null },
    { pages: [], section: null, heading: quoted },
    { pages, section: null, heading: quoted },
  ];
  const found: ModelLocator[] = [];
  for (const shape of shapes) {
    if (shape.pages.length === 0 && shape.section === null && shape.heading === null) continue;
    for (const ordinal of [...ordinalsIn(doc, shape, block), ...(pages.length ? ['first-full' as const] : [])]) {
      const loc: ModelLocator = { ...shape, pages: ordinal === 'first-full' ? pages : shape.pages, paragraph: ordinal, sentences };
      const resolved = resolveModel(doc, loc);
      if (resolved.ok && resolved.block === block && !found.some((f) => JSON.stringify(f) === JSON.stringify(loc))) found.push(loc);
    }
  }
  return found;
}

// The paragraph's place in each scope the shape names (its heading, its section, its first page).
function ordinalsIn(doc: ModelDoc, shape: Omit<ModelLocator, 'paragraph' | 'sentences'>, block: number): number[] {
  const paragraphs = doc.blocks.flatMap((b, i) => (b.type === 'paragraph' ? [i] : []));
  const sections = sectionsOf(doc);
  const pages = shape.pages.length === 1 ? shape.pages : [];
  const scopes: number[][] = pages.map((page) => paragraphs.filter((i) => (doc.blocks[i] as ModelParagraph).pages[0] === page));
  for (const h of shape.heading ? findHeadings(doc, shape.heading) : []) scopes.push(headingScope(doc, h).filter((i) => paragraphs.includes(i)));
  if (shape.section) scopes.push(paragraphs.filter((i) => sections[i] === shape.section));
  const out = scopes.flatMap((scope) => (scope.includes(block) ? paragraphOrdinals(scope.indexOf(block), scope.length) : []));
  return [...new Set(out)];
}

function pagesText(pages: number[]): string {
  if (pages.length === 1) return ` on page ${pages[0]}`;
  return ` on pages ${pages.slice(0, -1).join(', ')} and ${pages[pages.length - 1]}`;
}

/**
 * Write a paragraph locator: "the second paragraph of Section 5 on page 12 of the Offer to Exchange, under the heading "..."".
 * @param phrased the locator and its phrasing choices
 * @param after words placed after the document and before the heading (", immediately after the first sentence")
 * @returns the phrase
 */
export function locatorText(phrased: PhrasedLocator, after = ''): string {
  const { loc, headingStyle, variant } = phrased;
  const paragraph = loc.paragraph === 'first-full' ? 'the first full paragraph' : `the ${ordinalWord(loc.paragraph as number, variant)} paragraph`;
  const section = loc.section ? ` of Section ${loc.section}` : '';
  const pages = loc.pages.length ? pagesText(loc.pages) : '';
  const placed = variant % 3 === 2 && section && pages ? `${pages} in Section ${loc.section}` : `${section}${pages}`;
  const heading = loc.heading ? (headingStyle % 2 ? ` in the section of the disclosure entitled "${loc.heading}"` : `, under the heading "${loc.heading}"`) : '';
  return `${paragraph}${placed} of the Offer to Exchange${after}${heading}`;
}

/**
 * Locators that count one sentence after the heading above its paragraph ("the fifth sentence after the bold
 * heading"), kept when the reference model resolves them to that paragraph.
 * @param doc the document as it stands before the amendment
 * @param block the paragraph's index
 * @param sentence the sentence's 0-based index in it
 * @returns the locators (paragraph null, one sentence ordinal counted from the heading)
 */
export function headingSentenceLocators(doc: ModelDoc, block: number, sentence: number): ModelLocator[] {
  const heading = nearestHeading(doc, block);
  if (!heading || heading.kind === 'section') return [];
  const quoted = quoteHeading(heading);
  const [index] = findHeadings(doc, quoted);
  if (index === undefined) return [];
  const n = sentencesAfter(doc, index).findIndex((p) => p.block === block && p.sentence === sentence) + 1;
  const loc: ModelLocator = { pages: [], section: null, heading: quoted, paragraph: null, sentences: [n] };
  const resolved = n > 0 && n <= ordinals.length ? resolveModel(doc, loc) : null;
  return resolved?.ok && resolved.block === block ? [loc] : [];
}

/**
 * Write a sentence locator: "the second and third sentences of <paragraph locator>", or for a sentence counted
 * from a heading "the fifth sentence after the bold heading "..." of the Offer to Exchange".
 * @param phrased the locator and its phrasing choices
 * @returns the phrase
 */
export function sentenceLocatorText(phrased: PhrasedLocator): string {
  const { loc, variant } = phrased;
  if (loc.paragraph !== null) return `${sentencesPhrase(loc.sentences, variant)} of ${locatorText(phrased)}`;
  return `${sentencesPhrase(loc.sentences, variant)} after the bold heading "${loc.heading}" of the Offer to Exchange`;
}
