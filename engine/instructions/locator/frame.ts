// The sentence's own grammar around a locator: the words an amending sentence is built from besides the units,
// documents, headings and quotations the rules read. A token that is neither read by a rule nor one of these is
// left over, and an instruction with words left over is refused (nothing is applied on a partial reading).
import type { Token } from '../tokens.js';

const verbs = [
  'amend', 'amends', 'amended', 'amending', 'supplement', 'supplements', 'supplemented', 'supplementing',
  'restate', 'restates', 'restated', 'restating', 'replace', 'replaces', 'replaced', 'replacing',
  'delete', 'deletes', 'deleted', 'deleting', 'insert', 'inserts', 'inserted', 'inserting', 'add', 'adds', 'added',
  'adding', 'revise', 'revised', 'revising', 'modify', 'modified', 'modifying', 'change', 'changed', 'changing',
  'strike', 'stricken', 'striking', 'struck', 'remove', 'removed', 'removing', 'substitute', 'substituted',
  'substituting', 'include', 'included', 'including', 'read', 'reads', 'refer', 'refers', 'updated', 'update',
  'updating', 'corrected', 'correct', 'correcting', 'set', 'forth', 'contained', 'appearing', 'appears', 'located',
  'provided', 'found', 'made', 'incorporate', 'incorporates', 'incorporated', 'reference', 'begins', 'beginning',
];
const grammar = [
  'is', 'are', 'be', 'been', 'being', 'was', 'were', 'shall', 'will', 'has', 'have', 'hereby', 'further', 'herein', 'hereof',
  'hereto', 'thereof', 'therein', 'thereto', 'thereunder', 'as', 'follows', 'follow', 'by', 'and', 'or', 'to', 'in',
  'its', 'their', 'entirety', 'entireties', 'with', 'it', 'them', 'same', 'of', 'the', 'a', 'an', 'this', 'that',
  'these', 'those', 'following', 'new', 'additional', 'text', 'language', 'lieu', 'place', 'instead', 'so', 'both',
  'all', 'also', 'accordingly', 'additionally', 'addition', 'connection', 'therewith', 'furthermore', 'which',
  'within', 'under', 'on', 'at', 'for', 'from', 'information', 'disclosure', 'disclosures', 'statement', 'entire',
  'whole', 'said', 'applicable', 'extent', 'such', 'thereafter', 'there', 'immediately', 'directly', 'then', 'into',
  'respectively', 'each', 'case', 'hereinafter', 'relating', 'related', 'regarding', 'respect', 'other', 'wherever',
  'same', 'amendment', 'now', 'below', 'above', 'thereby', 'thereupon', 'where', 'it', 'currently', 'presently',
  'existing', 'original', 'originally', 'previously', 'filed', 'subject', 'statements', 'they', 'purpose', 'purposes', 'underlined', 'bold', 'italicized', 'reflect', 'reflected',
  'indicated', 'shown', 'preceded', 'answer', 'answers', 'question', 'questions', 'response', 'responses',
  'subsection', 'discussion', 'caption', 'heading', 'wherever', 'throughout', 'appear', 'appears', 'time', 'times', 'continuing', 'continues', 'ending', 'ends', 'copies', 'copy', 'expressly', 'marked', 'conform', 'conforming', 'manner', 'effect', 'effective', 'not', 'no', 'longer',
];
const punctuation = [',', ':', ';', '.', '(', ')', '-', '–', '—', '…', '/', '*'];

const frame: ReadonlySet<string> = new Set([...verbs, ...grammar, ...punctuation]);

/**
 * Whether a token is the sentence's own grammar rather than a locator's.
 * @param token a token no locator rule took
 * @returns true for a verb, auxiliary, article, preposition or punctuation mark of an amending sentence
 */
export function isFrameWord(token: Token): boolean {
  return token.kind !== 'quoted' && token.kind !== 'number' && token.kind !== 'label' && frame.has(token.lower);
}
