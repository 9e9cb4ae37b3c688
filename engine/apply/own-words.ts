import { spliceWords, wordsOrigin, type WordEdit } from './words.js';
import { blockText } from '../core/nodes.js';
import type { SentenceChange, WordChange } from './plan.js';
import type { ParagraphPlace } from './sentences.js';
import type { Block, Edit } from '../types.js';

/**
 * Change the words of a block's own text (a heading's, a table's, a paragraph's run-in heading), keeping the block and
 * its provenance (the instructions added to its sources), and record the edit of the block.
 * @param node the block as it stood
 * @param changes the block's sentence and word changes (only word changes of its own text act here)
 * @param place the block's document and indices
 * @param edits the amendment's edits, which the block's edit joins
 * @returns the block with its own words changed (the same node when none are)
 */
export function ownWords(node: Block, changes: Array<SentenceChange | WordChange> | undefined, place: ParagraphPlace, edits: Edit[]): Block {
  const own = (changes ?? []).filter((c): c is WordChange => c.level === 'words' && c.sentence === null);
  if (own.length === 0 || node.type === 'unknown') return node;
  const words: WordEdit[] = own.map((c) => ({ spans: c.spans, text: c.text, origin: c.origin }));
  const { position: _position, ...rest } = node;
  const spliced = spliceWords(node.type === 'paragraph' ? (node.runIn ?? '') : node.value, words);
  const next: Block = node.type === 'paragraph'
    ? ({ ...rest, type: 'paragraph', children: node.children, runIn: spliced.text, origin: wordsOrigin(node.origin, words) } as Block)
    : ({ ...rest, value: spliced.text, origin: wordsOrigin(node.origin, words) } as Block);
  const origin = own[0]?.origin ?? node.origin;
  edits.push({
    document: place.document,
    kind: 'replace',
    before: { block: place.block, sentences: null, text: [blockText(node)] },
    after: { block: place.newBlock, sentences: null, text: [blockText(next)] },
    origin,
    // A run-in heading opens its paragraph's text: the spans hold in the block's text as they do in the heading's.
    words: spliced.spans,
  });
  return next;
}
