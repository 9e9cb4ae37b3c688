/**
 * Edits located by their words, generated against the reference model: words changed inside one sentence or wherever
 * they stand ("each reference to"), words deleted, a sentence or a paragraph named by its first words. Each comes as
 * the Instruction JSON the contract gives it (built by hand, not parsed) with the model's edit, or with the ruleId the
 * engine must report when the words name more than one place and no ordinal picks one.
 */
import fc from 'fast-check';
import { sentenceSeed, writeSentence, type SentenceSeed } from './generate-document.js';
import { wordsPattern, type ModelDoc, type ModelEdit } from './reference-model.js';
import type { Instruction, Target, TargetMatch } from '../../engine/types.js';
import { targetOf } from './target.js';

/** What a generated edit is: 0 words in one place, 1 every reference (replaced or deleted), 2 words deleted, 3 a sentence, 4 a paragraph. */
export interface WordsSeed {
  kind: number;
  place: number;
  start: number;
  length: number;
  text: SentenceSeed;
  words: number;
}

/** A generated edit: the instruction, and the model's edit or the rule the engine must report instead. */
export interface WordsCase {
  instruction: Instruction;
  edit: ModelEdit | null;
  refused: 'ambiguous-target' | null;
}

const replacements = ['the revised terms', 'each eligible holder', 'promptly and in any event', 'the Amended Plan'];

/**
 * An arbitrary seed for an edit located by its words.
 * @returns the arbitrary
 */
export function wordsSeed(): fc.Arbitrary<WordsSeed> {
  return fc.record({ kind: fc.nat(4), place: fc.nat(), start: fc.nat(), length: fc.integer({ min: 1, max: 4 }), text: sentenceSeed(), words: fc.nat(replacements.length - 1) });
}

/** Every sentence of the model's paragraphs, with its place. */
function sentencesOf(doc: ModelDoc): Array<{ block: number; sentence: number; text: string }> {
  return doc.blocks.flatMap((b, block) => (b.type === 'paragraph' ? b.sentences.map((text, sentence) => ({ block, sentence, text })) : []));
}

const count = (texts: string[], words: string): number => texts.reduce((n, t) => n + (t.match(wordsPattern(words))?.length ?? 0), 0);
const begins = (text: string, words: string): boolean => new RegExp(`^(?:${wordsPattern(words).source})`, 'u').test(text);

function instruction(op: Instruction['op'], target: Partial<Target>, text: string | null): Instruction {
  return { op, target: targetOf({ document: 'Offer to Exchange', item: '4', scope: 'words', ...target }), position: null, text, plan: null, expiration: null, source: { line: 1, column: 1 } };
}

const match = (text: string, mode: TargetMatch['mode'], occurrence: TargetMatch['occurrence']): TargetMatch => ({ text, mode, occurrence });

/**
 * Plan one edit located by its words in a model document.
 * @param doc the model document
 * @param seed the seed
 * @returns the case, or null when the document has no sentence to take words from
 */
export function planWords(doc: ModelDoc, seed: WordsSeed): WordsCase | null {
  const all = sentencesOf(doc);
  const picked = all[seed.place % Math.max(all.length, 1)];
  if (!picked) return null;
  if (seed.kind <= 2) return wordsCase(doc, seed, picked);
  return seed.kind === 3 ? sentenceCase(doc, seed, picked) : paragraphCase(doc, seed, picked.block);
}

type Picked = { block: number; sentence: number; text: string };

// Words inside the picked sentence: changed there (they must be the only such words), everywhere, or deleted.
function wordsCase(doc: ModelDoc, seed: WordsSeed, picked: Picked): WordsCase | null {
  const tokens = picked.text.split(' ');
  if (tokens.length < 2) return null;
  const every = seed.kind === 1;
  const start = seed.start % (tokens.length - 1);
  // Every reference to a sentence's closing words, at times: they stand before its full stop there.
  const tail = every && seed.start % 2 === 1;
  const words = tail ? tokens.slice(-seed.length).join(' ').replace(/\.$/, '') : tokens.slice(start, Math.min(start + seed.length, tokens.length - 1)).join(' ');
  if (words === '') return null;
  // Every reference is sometimes deleted too: then some may close a sentence, before its full stop.
  const by = seed.kind === 2 || (every && seed.words === 0) ? '' : (replacements[seed.words] as string);
  const made = instruction(by === '' ? 'delete' : 'replace', { scope: 'words', match: match(words, 'contains', every ? 'all' : 1) }, by === '' ? null : by);
  const texts = [...sentencesOf(doc).map((s) => s.text), ...doc.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : []))];
  if (!every && count(texts, words) > 1) return { instruction: made, edit: null, refused: 'ambiguous-target' };
  return { instruction: made, edit: { op: 'replace-words', words, text: by, at: every ? null : [picked.block, picked.sentence] }, refused: null };
}

const opening = (text: string, seed: WordsSeed): string => {
  const tokens = text.split(' ');
  return tokens.slice(0, Math.max(1, Math.min(1 + seed.length, tokens.length - 1))).join(' ');
};

// The sentence beginning with the picked sentence's first words, replaced; ambiguous when another begins alike.
function sentenceCase(doc: ModelDoc, seed: WordsSeed, picked: Picked): WordsCase {
  const prefix = opening(picked.text, seed);
  const text = writeSentence(seed.text, doc.expiration);
  const made = instruction('replace', { scope: 'sentence', match: match(prefix, 'prefix', 1) }, text);
  if (sentencesOf(doc).filter((s) => begins(s.text, prefix)).length > 1) return { instruction: made, edit: null, refused: 'ambiguous-target' };
  return { instruction: made, edit: { op: 'replace-sentences', block: picked.block, from: picked.sentence, to: picked.sentence, text: [text] }, refused: null };
}

// The paragraph that begins with the picked paragraph's first words, restated; ambiguous when another begins alike.
function paragraphCase(doc: ModelDoc, seed: WordsSeed, block: number): WordsCase {
  const first = doc.blocks[block];
  const prefix = opening(first?.type === 'paragraph' ? (first.sentences[0] ?? '') : '', seed);
  const text = writeSentence(seed.text, doc.expiration);
  const made = instruction('replace', { scope: 'paragraph', match: match(prefix, 'prefix', 1) }, text);
  const paragraphs = doc.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.sentences.join(' ')] : []));
  if (paragraphs.filter((p) => begins(p, prefix)).length > 1) return { instruction: made, edit: null, refused: 'ambiguous-target' };
  return { instruction: made, edit: { op: 'replace-paragraph', block, text: [[text]] }, refused: null };
}
