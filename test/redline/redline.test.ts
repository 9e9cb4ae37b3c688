import { describe, expect, it } from 'vitest';
import { compare } from '../../engine/redline/compare.js';
import { heading, paragraph, root, sentence } from '../../engine/core/nodes.js';
import { redline } from '../../engine/redline/redline.js';
import { renderText } from '../../engine/core/document-text.js';
import { applyChanges } from '../helpers/splice.js';
import { doc, origin, redlineXml, smallDoc, versionsOf } from '../helpers/redline-fixture.js';

describe('redline (edit-derived)', () => {
  it('refines a replaced sentence to the words that changed, with the instruction that changed it', () => {
    const versions = versionsOf(smallDoc(), [[{ kind: 'replace', block: 1, sentence: 0, text: ['The offer expires on November 22, 2002.'] }]]);
    const result = redline(versions, { document: doc, from: 0, to: 1 });
    expect(redlineXml(result)).toBe(
      'THE OFFER\n\nThe offer expires on November <del>15</del><ins>22</ins>, 2002. You may withdraw at any time.\n\n' +
        'NEW OPTIONS. We will grant new options. The new options vest monthly.\n\nQuestions go to the Stock Plan Administrator.\n',
    );
    expect(result.changes.map((c) => [c.id, c.kind, c.from.text, c.to.text, c.provenance])).toEqual([['c1', 'replace', '15', '22', [origin(1)]]]);
    expect(result.to.text).toBe(renderText(versions[1]!.documents[doc]!));
  });

  it('composes edits of several amendments, each change keeping its own provenance', () => {
    const versions = versionsOf(smallDoc(), [
      [{ kind: 'insert', block: 2, sentence: 2, text: ['They expire in ten years.'] }],
      [
        { kind: 'delete', block: 3, sentence: 0, text: [] },
        { kind: 'insertBlock', block: 4, sentence: 0, text: ['Send elections by fax.'] },
      ],
    ]);
    const result = redline(versions, { document: doc, from: 0, to: 2 });
    expect(redlineXml(result)).toBe(
      'THE OFFER\n\nThe offer expires on November 15, 2002. You may withdraw at any time.\n\n' +
        'NEW OPTIONS. We will grant new options. The new options vest monthly.<ins> They expire in ten years.</ins>\n\n' +
        '<del>Questions go to the Stock Plan Administrator.</del><ins>Send elections by fax.</ins>\n',
    );
    expect(result.changes.map((c) => c.provenance.map((o) => o.amendment))).toEqual([[1], [2]]);
  });

  it('carries the amendments that touched text made after the from-version', () => {
    const versions = versionsOf(smallDoc(), [
      [{ kind: 'insert', block: 1, sentence: 2, text: ['Late elections are void.'] }],
      [{ kind: 'replace', block: 1, sentence: 2, text: ['Late elections are rejected.'] }],
    ]);
    const result = redline(versions, { document: doc, from: 0, to: 2 });
    expect(result.changes.map((c) => [c.kind, c.to.text, c.provenance.map((o) => o.amendment)])).toEqual([
      ['insert', ' Late elections are rejected.', [1, 2]],
    ]);
  });

  it('runs backwards as the inverse, and yields no changes between a version and itself', () => {
    const versions = versionsOf(smallDoc(), [[{ kind: 'delete', block: 1, sentence: 1, text: [] }]]);
    const back = redline(versions, { document: doc, from: 1, to: 0 });
    expect(back.changes.map((c) => [c.kind, c.from.text, c.to.text])).toEqual([['insert', '', ' You may withdraw at any time.']]);
    expect(applyChanges(back.from.text, back.changes)).toBe(back.to.text);
    expect(redline(versions, { document: doc, from: 1, to: 1 }).changes).toEqual([]);
  });

  it('falls back to aligning by content when the edits do not account for the text', () => {
    const versions = versionsOf(smallDoc(), [[{ kind: 'replace', block: 3, sentence: 0, text: ['Questions go to Human Resources.'] }]]);
    versions[1]!.edits = [];
    const result = redline(versions, { document: doc, from: 0, to: 1 });
    expect(redlineXml(result)).toContain('Questions go to <del>the Stock Plan Administrator.</del><ins>Human Resources.</ins>');
    expect(result.changes[0]!.provenance).toEqual([{ amendment: 1, sources: [], global: false }]);
  });

  it('refuses a version the offer does not have', () => {
    const versions = versionsOf(smallDoc(), []);
    expect(() => redline(versions, { document: doc, from: 0, to: 9 })).toThrow('No version 9: versions run from 0 to 0');
  });

  it('pairs paragraphs by their content, as compare does, when an edit rewrites one to read like its neighbour', () => {
    const base = root(
      [
        heading('THE OFFER', 'part'),
        paragraph([sentence('See Section 5.', 1)]),
        paragraph([sentence('We will accept all properly tendered options pursuant to Rule 13e-4 before 5:00 p.m. on January 1, 2000.', 2)]),
      ],
      'text',
    );
    const versions = versionsOf(base, [
      [
        { kind: 'replace', block: 1, sentence: 0, text: ['In addition, we will accept all properly tendered options pursuant to Rule 13e-4.'] },
        { kind: 'replace', block: 2, sentence: 0, text: ['Under current law, we will accept the election form.'] },
      ],
    ]);
    const result = redline(versions, { document: doc, from: 0, to: 1 });
    const shape = (r: typeof result): unknown => r.changes.map((c) => [c.kind, c.from.text, c.to.text]);
    expect(shape(result)).toEqual(shape(compare(base, versions[1]!.documents[doc]!)));
    expect(redlineXml(result)).toBe(
      'THE OFFER\n\n<del>See Section 5.\n\nWe</del><ins>In addition, we</ins> will accept all properly tendered options pursuant to Rule 13e-4' +
        '<del> before 5:00 p.m. on January 1, 2000</del>.<ins>\n\nUnder current law, we will accept the election form.</ins>\n',
    );
  });
});
