/**
 * Damage generated instructions the ways a filing goes wrong or a reader cannot follow it: a misspelt word, an unknown
 * qualifier, an ordinal out of range, a renamed heading, a wrong page. Each damage is written so that no reading of the
 * damaged words names a place the document has; an instruction it cannot reach is left as it was.
 */
import type { ModelDoc } from './reference-model.js';

/** The kinds of damage. */
export const damageKinds = ['misspelt-word', 'unknown-qualifier', 'ordinal-out-of-range', 'renamed-heading', 'wrong-page'] as const;

/** One kind of damage. */
export type DamageKind = (typeof damageKinds)[number];

// Words of the locators and operations, each with a misspelling a filer might make.
const misspellings: ReadonlyArray<[RegExp, string]> = [
  [/\bsentence\b/, 'sentance'],
  [/\bsentences\b/, 'sentances'],
  [/\bparagraph\b/, 'paragrah'],
  [/\bparagraphs\b/, 'paragrahs'],
  [/\bSection\b/, 'Secton'],
  [/\bimmediately\b/, 'immediatly'],
  [/\bfollowing\b/, 'folowing'],
  [/\bentirety\b/, 'entirity'],
];

const ordinal = /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth) (full )?(sentence|sentences|paragraph|paragraphs)\b/;

const damages: Record<DamageKind, (text: string, pick: number) => string | null> = {
  'misspelt-word': (text, pick) => {
    const found = misspellings.filter(([word]) => word.test(text));
    const chosen = found[pick % Math.max(1, found.length)];
    return chosen ? text.replace(chosen[0], chosen[1]) : null;
  },
  'unknown-qualifier': (text) => (/\b(sentence|paragraph)s?\b/.test(text) ? text.replace(/\b(sentence|paragraph)(s?)\b/, 'indented $1$2') : null),
  'ordinal-out-of-range': (text) => (ordinal.test(text) ? text.replace(ordinal, (_m, _o: string, full: string | undefined, unit: string) => `twentieth ${full ?? ''}${unit}`) : null),
  'renamed-heading': (text) => (/(heading|entitled) "/.test(text) ? text.replace(/(heading|entitled) "/, '$1 "Revised ') : null),
  'wrong-page': (text) => (/\bpages? \d+/.test(text) ? text.replace(/\b(pages?) (\d+)/, (_m, word: string, n: string) => `${word} ${900 + Number(n)}`) : null),
};

/**
 * Damage one instruction's words.
 * @param text the words after "by" (locator, operation, and what follows)
 * @param kind the damage
 * @param pick which of several candidate words to misspell
 * @returns the damaged words, or null when this damage cannot be made to these words
 */
export function damage(text: string, kind: DamageKind, pick = 0): string | null {
  return damages[kind](text, pick);
}

/**
 * Whether an ordinal of 20 is out of range everywhere in a document: no scope holds twenty paragraphs, no paragraph
 * twenty sentences (the generated documents are far smaller, but the property must not rely on it unchecked).
 * @param doc the document
 * @returns true when "the twentieth" names nothing
 */
export function twentiethNamesNothing(doc: ModelDoc): boolean {
  const paragraphs = doc.blocks.filter((b) => b.type === 'paragraph');
  return paragraphs.length < 20 && paragraphs.every((p) => p.type === 'paragraph' && p.sentences.length < 20);
}
