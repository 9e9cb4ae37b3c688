import { matchWords, type Token } from '../tokens.js';
import type { Match } from './ordinals.js';
import { readUnit } from './units.js';

/** The Schedule statements: an Item of one of these is text of the statement itself. */
export const statementDocuments: ReadonlySet<string> = new Set(['Schedule TO', 'Schedule 14D-9', 'Schedule 13E-3']);

// Documents by the words that name them, longest first. "the Offer" alone is handled by `readDocument`.
const documentNames: ReadonlyArray<readonly [readonly string[], string]> = [
  [['supplement', 'to', 'the', 'offer', 'to', 'purchase'], 'Supplement to the Offer to Purchase'],
  // A supplement names its base "the Original Offer to Purchase": the base document itself.
  [['original', 'offer', 'to', 'exchange'], 'Offer to Exchange'],
  [['original', 'offer', 'to', 'purchase'], 'Offer to Purchase'],
  [['proxy', 'statement'], 'Proxy Statement'],
  [['information', 'statement'], 'Information Statement'],
  [['offer', 'to', 'exchange'], 'Offer to Exchange'],
  [['offer', 'to', 'purchase'], 'Offer to Purchase'],
  [['offer', 'to', 'amend'], 'Offer to Amend'],
  [['letter', 'of', 'transmittal'], 'Letter of Transmittal'],
  [['schedule', 'to'], 'Schedule TO'],
  [['schedule', '14d-9'], 'Schedule 14D-9'],
  [['schedule', '13e-3'], 'Schedule 13E-3'],
  [['schedule', '14d', '-', '9'], 'Schedule 14D-9'],
];

/** A document named in an instruction; `generic` marks "the Offer", which means the filing's offer document. */
export interface DocumentName {
  name: string;
  generic: boolean;
}

// "Offer to Exchange Outstanding Stock Options": capitalised words continuing a document's title.
function skipTitle(tokens: Token[], at: number): number {
  let index = at;
  while (
    tokens[index]?.kind === 'word' &&
    /^[A-Z][a-z]+$/.test(tokens[index]?.text ?? '') &&
    !readUnit(tokens, index) &&
    index - at < 4
  ) {
    index++;
  }
  return index;
}

/**
 * Read a document name at `at`: "the Offer to Exchange", "Offer to Purchase", "the Schedule TO", "Schedule 14D-9",
 * or "the Offer" (generic: the offer document the filing names). Unknown "Offer to X" titles are not documents.
 * @param tokens the tokens
 * @param at where it may start
 * @returns the document, or null
 */
export function readDocument(tokens: Token[], at: number): Match<DocumentName> | null {
  const start = tokens[at]?.lower === 'the' || tokens[at]?.lower === 'this' ? at + 1 : at;
  for (const [words, name] of documentNames) {
    const next = matchWords(tokens, start, words);
    if (next > 0) return { value: { name, generic: false }, next: name.startsWith('Offer') ? skipTitle(tokens, next) : next };
  }
  const offer = tokens[start];
  const after = tokens[start + 1];
  if (start === at + 1 && offer?.text === 'Offer' && !(after?.lower === 'to' && /^[A-Z]/.test(tokens[start + 2]?.text ?? ''))) {
    return { value: { name: 'Offer', generic: true }, next: start + 1 };
  }
  return null;
}
