/**
 * What a caption is: the one rule every reader, and the step that sets new text, asks of a short block of words.
 *
 * A block in capitals is a caption when it is short and does not read as a sentence; any other block is one when it
 * is short and stops without closing punctuation. How short, and what counts as closing, depends on where the words
 * stand, because the layout around them says more or less on its own:
 * - `block`: a block of a filed document, set on lines of its own (the reader also weighs its indent, its lines,
 *   its centring), so up to 24 words may make a title, and only terminal punctuation (a closing quote or bracket
 *   may follow it) makes it prose;
 * - `page-break`: a line cut off by a page break, judged by its words alone: a caption is set in title case (small
 *   words aside) and holds at most 16 words, whatever punctuation it ends with;
 * - `quoted`: the first block of an instruction's quoted new text, which has no layout at all: at most 14 words, and
 *   a closing quote or parenthesis (the end of a quoted sentence) is closing too.
 */
export type CaptionPlace = 'block' | 'page-break' | 'quoted';

interface PlaceRule {
  /** Most words a caption not in capitals holds. */
  words: number;
  /** Punctuation that closes prose, or null where the caption must instead be in title case. */
  closing: RegExp | null;
}

const places: Record<CaptionPlace, PlaceRule> = {
  block: { words: 24, closing: /[.:;,!?]["'\u201d\u2019)\]]*$/ },
  'page-break': { words: 16, closing: null },
  quoted: { words: 14, closing: /[.!?:;,"\u201d)]$/ },
};

/** Most words a title in capitals holds; past 12 words, a closing period makes it a sentence set in capitals. */
const capitalWords = { most: 24, sentence: 12 };

// Words a caption keeps in lower case ("Consequences for Employees who are Tax Residents in Germany").
const smallWords = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'by', 'for', 'from', 'in', 'is', 'of', 'on', 'or', 'the', 'to', 'under', 'who', 'with']);

/**
 * Whether text is set in capitals: three capital letters at least, and no lower-case letter.
 * @param text the text
 * @returns true for text in capitals
 */
export function isCapitals(text: string): boolean {
  return !/[a-z]/.test(text) && (text.match(/[A-Z]/g)?.length ?? 0) >= 3;
}

/**
 * Whether a short block of words reads as a caption (a heading without a number) where it stands.
 * @param text the block's text, whitespace collapsed
 * @param place where the words stand: a filed block, a line cut by a page break, or quoted new text
 * @returns true for a caption
 */
export function isCaption(text: string, place: CaptionPlace): boolean {
  const rule = places[place];
  if (rule.closing === null) return isTitleCase(text, rule.words);
  const words = text.split(/\s+/).filter(Boolean).length;
  if (isCapitals(text)) return words <= capitalWords.most && !(words > capitalWords.sentence && text.endsWith('.'));
  return words <= rule.words && !rule.closing.test(text);
}

// Every word opens with a capital, a digit or a bracket, small words aside; quotation marks are no words.
function isTitleCase(text: string, most: number): boolean {
  const words = text.replace(/["“”]/g, '').split(/\s+/).filter((word) => /[A-Za-z]/.test(word));
  if (words.length === 0 || words.length > most) return false;
  return words.every((word) => /^[A-Z0-9(]/.test(word) || smallWords.has(word.toLowerCase()));
}
