import { matchWords, type Token } from './tokens.js';
import { monthSource } from '../lexicon/dates.js';
import type { InstructionOp } from '../types.js';

/** The operation an instruction sentence asks for and the token where its verb stands. */
export interface Operation {
  op: InstructionOp;
  at: number;
}

/** Finds the verb of one operation in a sentence: the index of its first token, or -1. */
type VerbFinder = (tokens: Token[]) => number;

function anyWord(words: readonly string[]): VerbFinder {
  const set = new Set(words);
  return (tokens) => tokens.findIndex((t) => t.kind === 'word' && set.has(t.lower));
}

function anyPhrase(phrases: ReadonlyArray<readonly string[]>): VerbFinder {
  return (tokens) => {
    for (let at = 0; at < tokens.length; at++) {
      if (phrases.some((words) => matchWords(tokens, at, words) > 0)) return at;
    }
    return -1;
  };
}

function either(...finders: VerbFinder[]): VerbFinder {
  return (tokens) => {
    const found = finders.map((find) => find(tokens)).filter((at) => at >= 0);
    return found.length > 0 ? Math.min(...found) : -1;
  };
}

// "all references to March 14 are amended to read March 28", "all references in the Offer to Purchase to "..."
// are amended to refer to "..."": a date rewritten throughout is an extension.
const referencesRead: VerbFinder = (tokens) => {
  const references = anyWord(['references', 'reference'])(tokens);
  if (references < 0) return -1;
  const read = tokens.findIndex((t, k) => k > references && (t.lower === 'read' || t.lower === 'refer' || t.lower === 'with'));
  const dated = hasDateAfter(tokens, read);
  return read > 0 && dated ? references : -1;
};

// A month and day after `at`, written plainly or quoted ("March 28, 2005").
function hasDateAfter(tokens: Token[], at: number): boolean {
  return tokens.some(
    (t, k) => k > at && ((monthNames.has(t.lower) && tokens[k + 1]?.kind === 'number') || (t.kind === 'quoted' && quotedDate.test(t.text))),
  );
}

const quotedDate = new RegExp(String.raw`\b(?:${monthSource})\.?\s+\d{1,2}\b`, 'i');

// An extension names the new date: "extended to ... March 28, 2005".
function dated(find: VerbFinder): VerbFinder {
  return (tokens) => {
    const at = find(tokens);
    return at >= 0 && hasDateAfter(tokens, at) ? at : -1;
  };
}

// A month's name as a token ("march", "sept"), from the one list of month spellings.
const monthNames: ReadonlySet<string> = new Set(monthSource.split('|').map((name) => name.toLowerCase()));

// `replacing "March 14, 2005" with "March 28, 2005"`: a quoted date replaced by another is an extension.
const datesReplaced: VerbFinder = (tokens) => {
  const verb = anyWord(['replacing', 'replace', 'replaced', 'substituting', 'substitute', 'substituted'])(tokens);
  const old = tokens.findIndex((t, k) => k > verb && t.kind === 'quoted' && quotedDate.test(t.text));
  const next = tokens[old + 1];
  const replaced = next && (next.lower === 'with' || next.lower === 'by') && quotedDate.test(tokens[old + 2]?.text ?? '');
  return verb >= 0 && old > 0 && replaced ? verb : -1;
};

// Checked in order: the first operation whose verb is present wins ("deleting ... and replacing" is a replacement;
// a withdrawal that also deletes every reference to the plan is a withdrawal).
const verbs: ReadonlyArray<readonly [InstructionOp, VerbFinder]> = [
  ['withdraw', anyPhrase([['withdrawn', 'with', 'respect', 'to'], ['withdrawn', 'as', 'to'], ['withdrawn', 'in', 'respect', 'of'], ['been', 'withdrawn'], ['hereby', 'withdrawn']])],
  ['extend', either(dated(anyWord(['extension', 'extended', 'extend', 'extends'])), referencesRead, datesReplaced)],
  [
    'replace',
    either(
      anyWord(['replacing', 'replace', 'replaced', 'substituting', 'substitute', 'substituted', 'restated', 'restate', 'restating']),
      anyPhrase([['amended', 'in', 'its', 'entirety'], ['amended', 'in', 'their', 'entirety'], ['amended', 'to', 'read'], ['revised', 'to', 'read'], ['modified', 'to', 'read'], ['changed', 'to', 'read'], ['changed', 'to'], ['amended', 'to', 'refer'], ['revised', 'as'], ['modified', 'as'], ['revised', 'to'], ['corrected', 'to'], ['updated', 'to']]),
    ),
  ],
  ['delete', anyWord(['deleting', 'delete', 'deleted', 'striking', 'strike', 'stricken', 'removing', 'remove', 'removed'])],
  [
    'insert',
    either(
      anyWord(['adding', 'add', 'added', 'inserting', 'insert', 'inserted', 'include']),
      anyPhrase([['supplemented', 'as', 'follows'], ['supplemented', 'by', 'the', 'following']]),
    ),
  ],
];

/**
 * Find the operation an instruction sentence asks for from its verbs.
 * @param tokens the sentence's tokens (quotations are single tokens, so quoted text is never read as a verb)
 * @returns the operation and where its verb stands, or null when it names none
 */
export function readOperation(tokens: Token[]): Operation | null {
  for (const [op, find] of verbs) {
    const at = find(tokens);
    if (at >= 0) return { op, at };
  }
  return null;
}

const verbsOfAmending = 'amended|supplemented|restated|revised|modified|extended|withdrawn|deleted|replaced|added|inserted|changed|stricken|removed';

// "is hereby amended", "are hereby further amended and supplemented", "has been withdrawn", "is extended".
const passive = new RegExp(`\\b(?:is|are|be|been|being|was|were)\\s+(?:hereby\\s+)?(?:further\\s+)?(?:${verbsOfAmending})\\b`, 'i');
const hereby = new RegExp(`\\bhereby\\s+(?:further\\s+)?(?:${verbsOfAmending})\\b`, 'i');

/**
 * Whether a sentence reads as an amendment instruction (a passive amending verb, "is hereby amended").
 * "Except as amended hereby ..." and "This Amendment No. 1 amends ..." do not.
 * @param text the sentence
 * @returns true for an instruction candidate
 */
export function isInstructionSentence(text: string): boolean {
  return passive.test(text) || hereby.test(text);
}

// "hereby" with an amending verb; "is replaced", "are deleted"; "shall be deleted"; "has been revised"; "is amended
// to read"; "is amended and supplemented". A sentence in the past tense ("the Offer was extended") only tells.
const warnable = new RegExp(
  `\\bhereby\\s+(?:further\\s+)?(?:${verbsOfAmending})\\b|\\b(?:is|are|shall\\s+be|has\\s+been)\\s+(?:further\\s+)?(?:${verbsOfAmending})\\b`,
  'i',
);

/**
 * Whether a sentence says it amends ("hereby amended", "is replaced", "shall be deleted", "is amended to read"), so
 * that yielding no instruction from it, or only part of one, must be reported.
 * @param text the sentence
 * @returns true when silence would hide an instruction
 */
export function mustYieldInstruction(text: string): boolean {
  return warnable.test(text);
}
