/**
 * A deliberately simple reference model of amendiff's edits: a document is a list of headings and of
 * paragraphs that are lists of sentences, and an amendment is a list of edits by block and sentence index,
 * all counted in the version before the amendment. The property tests compare the engine against it.
 */

/** A heading of the model; `kind` and `number` follow the engine's heading kinds. */
export interface ModelHeading {
  type: 'heading';
  kind: 'part' | 'question' | 'section' | 'caption';
  /** `"5"` for a section, `"Q3"` for a question, else null. */
  number: string | null;
  text: string;
  page: number;
}

/** A paragraph of the model: its sentences as written and the printed pages it lies on. */
export interface ModelParagraph {
  type: 'paragraph';
  sentences: string[];
  pages: number[];
  /** The amendment that wrote the paragraph as a whole (0 for the original). */
  origin: number;
}

/** One block of the model. */
export type ModelBlock = ModelHeading | ModelParagraph;

/** A document of the model. */
export interface ModelDoc {
  blocks: ModelBlock[];
  /** The expiration date as written in the long form ("November 14, 2002"). */
  expiration: string;
}

/** New blocks an edit puts in: each is a paragraph's sentences, or a caption (a string). */
export type NewBlock = string[] | { caption: string };

/** One edit, its indices counted in the version before the amendment; sentence ranges are inclusive. */
export type ModelEdit =
  | { op: 'replace-sentences'; block: number; from: number; to: number; text: string[] }
  | { op: 'delete-sentences'; block: number; from: number; to: number }
  | { op: 'insert-sentences'; block: number; at: number; text: string[] }
  | { op: 'add-clause'; block: number; sentence: number; clause: string }
  | { op: 'replace-paragraph'; block: number; text: NewBlock[] }
  | { op: 'delete-paragraph'; block: number }
  | { op: 'insert-blocks'; at: number; text: NewBlock[] }
  | { op: 'extend'; to: string };

/** The parts of one paragraph's rebuilding: what goes before each old sentence, and what each becomes. */
interface SentencePlan {
  before: string[][];
  replaced: Map<number, { to: number; text: string[] }>;
  clauses: Map<number, string[]>;
  after: string[];
}

/**
 * Drop edits identical to an earlier one: an instruction repeated under several Items applies once.
 * @param edits the amendment's edits in order
 * @returns the distinct edits
 */
export function distinctEdits(edits: ModelEdit[]): ModelEdit[] {
  const seen = new Set<string>();
  return edits.filter((edit) => {
    const key = JSON.stringify(edit);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Apply one amendment's edits together to a document, every index counted in the document as given.
 * @param doc the version before the amendment (not changed)
 * @param edits the edits (identical ones apply once)
 * @param amendment the amendment's number, recorded on the paragraphs it writes
 * @returns the next version
 */
export function applyModel(doc: ModelDoc, edits: ModelEdit[], amendment: number): ModelDoc {
  const distinct = distinctEdits(edits);
  const extension = distinct.find((e): e is Extract<ModelEdit, { op: 'extend' }> => e.op === 'extend');
  const rewrite = (text: string): string => (extension ? replaceDate(text, doc.expiration, extension.to) : text);
  const blocks: ModelBlock[] = [];
  doc.blocks.forEach((block, index) => {
    blocks.push(...insertedAt(doc, distinct, index, amendment));
    blocks.push(...rebuildBlock(doc, block, index, distinct, rewrite, amendment));
  });
  blocks.push(...insertedAt(doc, distinct, doc.blocks.length, amendment));
  return { blocks, expiration: extension?.to ?? doc.expiration };
}

function insertedAt(doc: ModelDoc, edits: ModelEdit[], at: number, amendment: number): ModelBlock[] {
  const page = pageAtPoint(doc, at);
  return edits.flatMap((e) => (e.op === 'insert-blocks' && e.at === at ? newBlocks(e.text, page, amendment) : []));
}

function rebuildBlock(doc: ModelDoc, block: ModelBlock, index: number, edits: ModelEdit[], rewrite: (t: string) => string, amendment: number): ModelBlock[] {
  const whole = edits.find((e) => (e.op === 'replace-paragraph' || e.op === 'delete-paragraph') && e.block === index);
  if (whole?.op === 'delete-paragraph') return [];
  if (whole?.op === 'replace-paragraph') return newBlocks(whole.text, blockPages(block)[0] ?? null, amendment);
  if (block.type === 'heading') return [{ ...block, text: rewrite(block.text) }];
  const sentences = rebuildSentences(block.sentences, planFor(edits, index, block.sentences.length), rewrite);
  return [{ ...block, sentences }];
}

function planFor(edits: ModelEdit[], block: number, length: number): SentencePlan {
  const plan: SentencePlan = { before: Array.from({ length }, () => []), replaced: new Map(), clauses: new Map(), after: [] };
  for (const e of edits) {
    if (!('block' in e) || e.block !== block) continue;
    if (e.op === 'replace-sentences') plan.replaced.set(e.from, { to: e.to, text: e.text });
    if (e.op === 'delete-sentences') plan.replaced.set(e.from, { to: e.to, text: [] });
    if (e.op === 'add-clause') plan.clauses.set(e.sentence, [...(plan.clauses.get(e.sentence) ?? []), e.clause]);
    if (e.op === 'insert-sentences') (e.at >= length ? plan.after : (plan.before[e.at] as string[])).push(...e.text);
  }
  return plan;
}

function rebuildSentences(old: string[], plan: SentencePlan, rewrite: (t: string) => string): string[] {
  const out: string[] = [];
  for (let s = 0; s < old.length; s++) {
    out.push(...(plan.before[s] ?? []));
    const replaced = plan.replaced.get(s);
    if (replaced) {
      out.push(...replaced.text);
      s = replaced.to;
      continue;
    }
    out.push((plan.clauses.get(s) ?? []).reduce(addClause, rewrite(old[s] as string)));
  }
  return [...out, ...plan.after];
}

/**
 * Add a clause at the end of a sentence, before its closing punctuation, as a reader would.
 * @param sentence the sentence ("We may waive any condition.")
 * @param clause the clause (", provided that we waive it for all")
 * @returns the sentence with the clause ("We may waive any condition, provided that we waive it for all.")
 */
export function addClause(sentence: string, clause: string): string {
  const match = /([.!?])(["'”’]*)$/.exec(sentence);
  const head = match ? sentence.slice(0, match.index) : sentence;
  const tail = match ? `${match[1]}${match[2]}` : '';
  const joined = /^[,;:)]/.test(clause) ? `${head}${clause}` : `${head} ${clause}`;
  return /[.!?]["'”’]*$/.test(clause) ? joined : `${joined}${tail}`;
}

/**
 * Replace every occurrence of a long-form date, as written and in capitals.
 * @param text the text
 * @param from the date as written ("November 14, 2002")
 * @param to the new date in the same form
 * @returns the text with the date replaced
 */
export function replaceDate(text: string, from: string, to: string): string {
  return text.split(from).join(to).split(from.toUpperCase()).join(to.toUpperCase());
}

function newBlocks(text: NewBlock[], page: number | null, amendment: number): ModelBlock[] {
  const pages = page === null ? [] : [page];
  return text.map((block): ModelBlock =>
    Array.isArray(block)
      ? { type: 'paragraph', sentences: block, pages, origin: amendment }
      : { type: 'heading', kind: 'caption', number: null, text: block.caption, page: page ?? 0 },
  );
}

/**
 * The printed pages a block lies on.
 * @param block the block
 * @returns its pages
 */
export function blockPages(block: ModelBlock | undefined): number[] {
  if (!block) return [];
  return block.type === 'paragraph' ? block.pages : [block.page];
}

// New text takes the page where the block before it ends (else where the block after it starts).
function pageAtPoint(doc: ModelDoc, at: number): number | null {
  const before = blockPages(doc.blocks[at - 1]);
  return before[before.length - 1] ?? blockPages(doc.blocks[at])[0] ?? null;
}

/**
 * The model as plain text, one block per line and a blank line between blocks, as `renderText` writes a tree.
 * @param doc the document
 * @returns its text
 */
export function modelText(doc: ModelDoc): string {
  if (doc.blocks.length === 0) return '';
  return `${doc.blocks.map((b) => (b.type === 'heading' ? b.text : b.sentences.join(' '))).join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------
// Locators, resolved the way the contract says: count the ordinal in every scope the locator names (the page
// when it names one, the heading, the section; else the document), keep the places that satisfy every named constraint, and
// resolve only when exactly one place is left.

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
