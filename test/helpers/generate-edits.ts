/**
 * Plan one generated edit against a model document: pick its target from the seed's choices, check it does not
 * clash with edits already planned in the same amendment, and return the model edit with the instruction that
 * asks for it, in the seeds' phrasing.
 */
import { nextVerb } from './generate-document.js';
import type { EditSeed } from './generate-amendment.js';
import { ordinalWord, quoteHeading } from './generate-locator.js';
import {
  chooseParagraph,
  claimRange,
  incorporated,
  its,
  phraser,
  rangeFree,
  sentencePhraser,
  sentencesOf,
  touched,
  type ExpectedInstruction,
  type PlanContext,
  type PlannedEdit,
  type Planner,
} from './generate-plan.js';
import { sectionsOf } from './generate-resolve.js';
import type { ModelDoc, ModelHeading, NewBlock } from './reference-model.js';

const replaceSentences: Planner = (doc, seed, { claims, newText }) => {
  const block = chooseParagraph(doc, seed);
  if (block === null) return null;
  const n = sentencesOf(doc, block).length;
  const from = seed.sentence % n;
  const to = Math.min(n - 1, from + seed.span);
  const sentences = newText(seed.text);
  const phrase = sentencePhraser(doc, block, from, to);
  if (!phrase || sentences.length === 0 || !rangeFree(claims, block, from, to)) return null;
  claimRange(claims, block, from, to);
  const old = its(to - from + 1);
  return {
    edit: { op: 'replace-sentences', block, from, to, text: sentences },
    quoted: [sentences.join(' ')],
    phrase: (v) => {
      const { unit, target } = phrase(v);
      const text = `deleting in ${old.its} entirety ${unit}${incorporated(v, old.was)}, and replacing ${old.it} with the following ${its(sentences.length).sentence}:`;
      return { text, expected: { op: 'replace', ...target, position: null } };
    },
  };
};

const deleteSentences: Planner = (doc, seed, { claims }) => {
  const block = chooseParagraph(doc, seed);
  if (block === null) return null;
  const n = sentencesOf(doc, block).length;
  const from = seed.sentence % n;
  const to = Math.min(n - 1, from + seed.span);
  const phrase = sentencePhraser(doc, block, from, to);
  if (!phrase || !rangeFree(claims, block, from, to)) return null;
  claimRange(claims, block, from, to);
  const old = its(to - from + 1);
  return {
    edit: { op: 'delete-sentences', block, from, to },
    quoted: null,
    phrase: (v) => {
      const { unit, target } = phrase(v);
      const text = `deleting in ${old.its} entirety ${unit}${incorporated(v, old.was)}.`;
      return { text, expected: { op: 'delete', ...target, position: null } };
    },
  };
};

const insertSentences: Planner = (doc, seed, { claims, newText }) => {
  const block = chooseParagraph(doc, seed);
  if (block === null) return null;
  const n = sentencesOf(doc, block).length;
  const at = seed.sentence % (n + 1);
  const sentences = newText(seed.text);
  const phrase = phraser(doc, block);
  const ranges = claims.sentences.get(block) ?? [];
  if (!phrase || sentences.length === 0 || claims.blocks.has(block) || claims.points.has(`${block}:${at}`) || ranges.some(([a, b]) => a < at && at <= b)) return null;
  claims.points.add(`${block}:${at}`);
  const what = its(sentences.length).sentence;
  const where = at === n ? '' : at === 0 ? ', immediately before the first sentence' : `, immediately after the ${ordinalWord(at)} sentence`;
  const position = at === n ? 'end' : at === 0 ? 'before' : 'after';
  return {
    edit: { op: 'insert-sentences', block, at, text: sentences },
    quoted: [sentences.join(' ')],
    phrase: (v) => {
      const { loc, target } = phrase(v, where);
      const text = `adding the following ${what} to ${at === n ? 'the end of ' : ''}${loc}${incorporated(v, 'was')}:`;
      return { text, expected: { op: 'insert', ...target, sentences: at === n ? [] : [Math.max(1, at)], position } };
    },
  };
};

const addClause: Planner = (doc, seed, { claims, newText }) => {
  const block = chooseParagraph(doc, seed);
  if (block === null) return null;
  const s = seed.sentence % sentencesOf(doc, block).length;
  const [body] = newText(seed.text.slice(0, 1));
  const phrase = sentencePhraser(doc, block, s, s);
  if (!phrase || !body || !rangeFree(claims, block, s, s)) return null;
  claims.clauses.add(`${block}:${s}`);
  // With its period, as the seeds' clauses have it: one closing without punctuation at a page's foot still runs on
  // into the next instruction (see 'page breaks after new text' in property-parse.test.ts).
  const clause = `, provided, however, that ${body.replace(/^[^,]+, /, '')}`;
  return {
    edit: { op: 'add-clause', block, sentence: s, clause },
    quoted: [clause],
    phrase: (v) => {
      const { unit, target } = phrase(v);
      const text = `adding the following clause to the end of ${unit}${incorporated(v, 'was')}:`;
      return { text, expected: { op: 'insert', ...target, position: 'end' } };
    },
  };
};

function newBlocks(seed: EditSeed, context: PlanContext, withCaption: boolean): NewBlock[] {
  const first = context.newText(seed.text);
  const second = seed.paragraphs > 1 ? context.newText(seed.text.map(nextVerb)) : [];
  const paragraphs = [first, second].filter((p) => p.length > 0);
  const caption = withCaption && seed.caption && paragraphs.length > 0 ? context.caption() : null;
  return caption ? [{ caption }, ...paragraphs] : paragraphs;
}

const quotedBlocks = (blocks: NewBlock[]): string[] => blocks.map((b) => (Array.isArray(b) ? b.join(' ') : b.caption));
const paragraphsWord = (blocks: NewBlock[]): string => (blocks.length === 1 ? 'paragraph' : 'paragraphs');

const replaceParagraph: Planner = (doc, seed, context) => {
  const block = chooseParagraph(doc, seed);
  if (block === null || touched(context.claims, block)) return null;
  const text = newBlocks({ ...seed, paragraphs: 1 }, context, false);
  const phrase = phraser(doc, block);
  if (!phrase || text.length === 0) return null;
  context.claims.blocks.add(block);
  return {
    edit: { op: 'replace-paragraph', block, text },
    quoted: quotedBlocks(text),
    phrase: (v) => {
      const { loc, target } = phrase(v);
      return { text: `deleting in its entirety ${loc}${incorporated(v, 'was')}, and replacing it with the following paragraph:`, expected: { op: 'replace', ...target, position: null } };
    },
  };
};

const deleteParagraph: Planner = (doc, seed, { claims }) => {
  const block = chooseParagraph(doc, seed);
  if (block === null || touched(claims, block)) return null;
  const phrase = phraser(doc, block);
  if (!phrase) return null;
  claims.blocks.add(block);
  return {
    edit: { op: 'delete-paragraph', block },
    quoted: null,
    phrase: (v) => {
      const { loc, target } = phrase(v);
      return { text: `deleting in its entirety ${loc}${incorporated(v, 'was')}.`, expected: { op: 'delete', ...target, position: null } };
    },
  };
};

// New paragraphs immediately prior to a caption: "to Section 13 of the Offer to Exchange on page 29, immediately prior to the disclosure entitled "France: ..."".
const insertBeforeCaption: Planner = (doc, seed, context) => {
  const captions = doc.blocks.flatMap((b, i) => (b.type === 'heading' && b.kind === 'caption' ? [i] : []));
  const at = captions[seed.target % Math.max(1, captions.length)];
  if (at === undefined || context.claims.blockPoints.has(at)) return null;
  const heading = doc.blocks[at] as ModelHeading;
  const section = sectionsOf(doc)[at];
  const text = newBlocks(seed, context, true);
  if (text.length === 0) return null;
  context.claims.blockPoints.add(at);
  return {
    edit: { op: 'insert-blocks', at, text },
    quoted: quotedBlocks(text),
    phrase: (v) => {
      const full = v % 2 === 1 && section !== null && section !== undefined;
      const where = full ? `Section ${section} of the Offer to Exchange on page ${heading.page}` : 'the Offer to Exchange';
      const words = `adding the following ${paragraphsWord(text)} to ${where}, immediately prior to the disclosure entitled "${quoteHeading(heading)}"${incorporated(v, 'was')}:`;
      const expected: ExpectedInstruction = { op: 'insert', pages: full ? [heading.page] : [], section: full ? (section ?? null) : null, heading: quoteHeading(heading), paragraph: null, sentences: [], position: 'before' };
      return { text: words, expected };
    },
  };
};

const insertAfterParagraph: Planner = (doc, seed, context) => {
  const block = chooseParagraph(doc, seed);
  if (block === null || context.claims.blockPoints.has(block + 1)) return null;
  const text = newBlocks(seed, context, true);
  const phrase = phraser(doc, block);
  if (!phrase || text.length === 0) return null;
  context.claims.blockPoints.add(block + 1);
  return {
    edit: { op: 'insert-blocks', at: block + 1, text },
    quoted: quotedBlocks(text),
    phrase: (v) => {
      const { loc, target } = phrase(v);
      return { text: `adding the following ${paragraphsWord(text)} immediately following ${loc}${incorporated(v, 'was')}:`, expected: { op: 'insert', ...target, position: 'after' } };
    },
  };
};

const insertAtSectionEnd: Planner = (doc, seed, context) => {
  const sections = sectionsOf(doc);
  const numbers = [...new Set(sections.filter((s): s is string => s !== null))];
  const section = numbers[seed.target % Math.max(1, numbers.length)];
  const at = sections.lastIndexOf(section ?? null) + 1;
  if (section === undefined || context.claims.blockPoints.has(at)) return null;
  const text = newBlocks(seed, context, true);
  if (text.length === 0) return null;
  context.claims.blockPoints.add(at);
  return {
    edit: { op: 'insert-blocks', at, text },
    quoted: quotedBlocks(text),
    phrase: () => ({
      text: `adding the following ${paragraphsWord(text)} to the end of Section ${section} of the Offer to Exchange:`,
      expected: { op: 'insert', pages: [], section, heading: null, paragraph: null, sentences: [], position: 'end' },
    }),
  };
};

const planners: Planner[] = [replaceSentences, replaceSentences, deleteSentences, insertSentences, addClause, replaceParagraph, deleteParagraph, insertBeforeCaption, insertAfterParagraph, insertAtSectionEnd];

/**
 * Plan one edit of an amendment against the document before it, or skip it when it would clash.
 * @param doc the document before the amendment
 * @param seed the edit's seed
 * @param context what is claimed so far, and where new text and captions come from
 * @returns the planned edit, or null when the seed fits nothing free
 */
export function planEdit(doc: ModelDoc, seed: EditSeed, context: PlanContext): PlannedEdit | null {
  return (planners[seed.kind % planners.length] as Planner)(doc, seed, context);
}
