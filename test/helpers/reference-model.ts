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
  | { op: 'extend'; to: string }
  /**
   * Words changed where they stand, as whole words, case kept: in one sentence (`at` its block and sentence), or
   * (`at` null) in every sentence and heading of the document. `text` '' deletes them, leaving one space between.
   */
  | { op: 'replace-words'; words: string; text: string; at: [number, number] | null };

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
  const dated = (text: string): string => (extension ? replaceDate(text, doc.expiration, extension.to) : text);
  const words = distinct.filter((e): e is Extract<ModelEdit, { op: 'replace-words' }> => e.op === 'replace-words');
  const rewrite = (text: string, block: number, sentence: number | null): string =>
    words.reduce((t, e) => (e.at === null || (e.at[0] === block && e.at[1] === sentence) ? replaceWords(t, e.words, e.text) : t), dated(text));
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

type Rewrite = (text: string, block: number, sentence: number | null) => string;

function rebuildBlock(doc: ModelDoc, block: ModelBlock, index: number, edits: ModelEdit[], rewrite: Rewrite, amendment: number): ModelBlock[] {
  const whole = edits.find((e) => (e.op === 'replace-paragraph' || e.op === 'delete-paragraph') && e.block === index);
  if (whole?.op === 'delete-paragraph') return [];
  if (whole?.op === 'replace-paragraph') return newBlocks(whole.text, blockPages(block)[0] ?? null, amendment);
  if (block.type === 'heading') return [{ ...block, text: rewrite(block.text, index, null) }];
  const sentences = rebuildSentences(block.sentences, planFor(edits, index, block.sentences.length), (text, s) => rewrite(text, index, s));
  // A paragraph whose every sentence was deleted is gone, not an empty block.
  return sentences.length > 0 ? [{ ...block, sentences }] : [];
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

function rebuildSentences(old: string[], plan: SentencePlan, rewrite: (t: string, sentence: number) => string): string[] {
  const out: string[] = [];
  for (let s = 0; s < old.length; s++) {
    out.push(...(plan.before[s] ?? []));
    const replaced = plan.replaced.get(s);
    if (replaced) {
      out.push(...replaced.text);
      s = replaced.to;
      continue;
    }
    out.push((plan.clauses.get(s) ?? []).reduce(addClause, rewrite(old[s] as string, s)));
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

/**
 * A pattern for words as whole words: not inside a longer word, and a number not cut before its decimals.
 * @param words the words
 * @returns a global regular expression
 */
export function wordsPattern(words: string): RegExp {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const before = /^[\p{L}\p{N}]/u.test(words) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = /[\p{L}\p{N}]$/u.test(words) ? `(?![\\p{L}\\p{N}])${/\d$/.test(words) ? '(?![.,]\\d)' : ''}` : '';
  return new RegExp(`${before}${escaped}${after}`, 'gu');
}

/**
 * Replace words wherever they stand in a text; deleting them leaves one space between the words around them.
 * @param text the text
 * @param words the words
 * @param by what they become ('' to delete)
 * @returns the text
 */
export function replaceWords(text: string, words: string, by: string): string {
  const pieces = text.split(wordsPattern(words));
  if (by !== '') return pieces.join(by);
  // A reader closes the gap: one space between words, none before closing punctuation or after an opening one.
  return pieces.reduce((left, right) => {
    const l = left.trimEnd();
    const r = right.trimStart();
    return l === '' || r === '' || /^[,.;:)\]”’!?]/.test(r) || /[(\[“‘$]$/.test(l) ? `${l}${r}` : `${l} ${r}`;
  });
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
