import { convertChangesToXML } from 'diff';
import { heading, paragraph, root, sentence } from '../../engine/core/nodes.js';
import { redline } from '../../engine/redline/redline.js';
import { redlineSegments } from '../../engine/render/segments.js';
import { simulateEdits, type SimulatedEdit } from './simulate-edits.js';
import type { Origin, Redline, Root, Version } from '../../engine/types.js';

/** The document name the fixtures use. */
export const doc = 'Offer to Exchange';

/**
 * The origin an amendment's instruction gives its text.
 * @param amendment the amendment number
 * @param line the instruction's line in its filing
 * @returns the origin
 */
export function origin(amendment: number, line = 10): Origin {
  return { amendment, sources: [{ file: `amendment-${amendment}.txt`, item: '4', line, column: 1 }], global: false };
}

/**
 * A small document: a heading and three paragraphs.
 * @returns the document
 */
export function smallDoc(): Root {
  return root(
    [
      heading('THE OFFER', 'part'),
      paragraph([sentence('The offer expires on November 15, 2002.', 1), sentence('You may withdraw at any time.', 1)]),
      paragraph([sentence('We will grant new options.', 2), sentence('The new options vest monthly.', 2)], { runIn: 'NEW OPTIONS.' }),
      paragraph([sentence('Questions go to the Stock Plan Administrator.', 3)]),
    ],
    'text',
  );
}

/**
 * Versions 0..n of one document, each made from the one before by a plan of synthetic edits.
 * @param base the original document
 * @param plans one plan per amendment
 * @returns the versions
 */
export function versionsOf(base: Root, plans: SimulatedEdit[][]): Version[] {
  const versions = [versionOf(0, base, [])];
  plans.forEach((plan, k) => {
    const previous = versions[k] as Version;
    const next = simulateEdits(previous.documents[doc] as Root, plan, { origin: origin(k + 1), document: doc });
    versions.push(versionOf(k + 1, next.root, next.edits));
  });
  return versions;
}

/**
 * One version of the fixture document.
 * @param number the version number
 * @param tree its document
 * @param edits the edits that made it
 * @returns the version
 */
export function versionOf(number: number, tree: Root, edits: Version['edits']): Version {
  return {
    number,
    label: number === 0 ? 'original' : `Amendment No. ${number}`,
    date: `2002-11-${String(10 + number).padStart(2, '0')}`,
    file: number === 0 ? null : `amendment-${number}.txt`,
    documents: { [doc]: tree },
    edits,
    affected: [],
    restated: [],
    exhibits: [],
    state: number === 0 ? 'original' : 'amended',
    context: { expirations: ['2002-11-15'], expirationTime: null, withdrawnPlans: [], exhibitsRestated: [], exhibitsAdded: [], results: null, amendments: [], price: null, sharesSought: null, waived: [], subsequentUntil: null, terminated: null, recommendation: null },
    problems: [],
    instructions: edits.length,
  };
}

/**
 * A redline as one readable string: `<del>old</del><ins>new</ins>` inside the shared text.
 * @param redline the redline
 * @returns the XML-ish string
 */
export function redlineXml(redline: Redline): string {
  return convertChangesToXML(
    redlineSegments(redline).map((s) => ({ value: s.text, added: s.side === 'added', removed: s.side === 'removed', count: 1 })),
  );
}

/**
 * The sample redline the renderer tests share: amendment 1 extends the offer (15 to 22), amendment 2 adds a paragraph.
 * @returns the redline of the small document from the original to amendment 2
 */
export function sampleRedline(): Redline {
  const versions = versionsOf(smallDoc(), [
    [{ kind: 'replace', block: 1, sentence: 0, text: ['The offer expires on November 22, 2002.'] }],
    [{ kind: 'insertBlock', block: 3, sentence: 0, text: ['Send elections by fax.'] }],
  ]);
  return redline(versions, { document: doc, from: 0, to: 2, title: 'Sample offer' });
}
