import { describe, expect, it } from 'vitest';
import { changeGroups, countsNote } from '../../engine/render/change-groups.js';
import { describeChange } from '../../engine/render/change-text.js';
import type { Change, Origin, Redline, RedlineInstruction } from '../../engine/types.js';

const ref = (line: number, item: string) => ({ file: 'amendment-2.txt', item, line, column: 1 });
const origin = (...lines: Array<[number, string]>): Origin => ({ amendment: 2, sources: lines.map(([line, item]) => ref(line, item)), global: false });
const change = (id: string, provenance: Origin[], text = '22'): Change => ({ id, kind: 'replace', from: { start: 0, end: 2, text: '14' }, to: { start: 0, end: 2, text }, pair: null, provenance });
const note = (line: number, item: string, edits: number, changes: string[]): RedlineInstruction => ({ amendment: 2, ...ref(line, item), op: 'replace', words: `Item ${item} is hereby amended.`, edits, changes });
const side = (version: number) => ({ version, label: `v${version}`, date: null, text: '' });

function sample(): Redline {
  return {
    title: null,
    document: 'Offer to Exchange',
    from: side(0),
    to: side(2),
    changes: [change('c1', [origin([10, '1-12'])]), change('c2', [origin([20, '1'], [30, '4'])]), change('c3', [origin([10, '1-12'])]), change('c4', [origin([20, '1'], [30, '4'])])],
    timeline: [
      { version: 0, label: 'Original', date: null, state: 'original', expiration: null, withdrawn: [], edits: 0 },
      { version: 1, label: 'Amendment No. 1', date: null, state: 'amended', expiration: null, withdrawn: [], edits: 0 },
      { version: 2, label: 'Amendment No. 2', date: null, state: 'amended', expiration: null, withdrawn: [], edits: 4 },
    ],
    instructions: [note(10, '1-12', 2, ['c1', 'c3']), note(20, '1', 1, ['c2', 'c4']), note(30, '4', 1, ['c2', 'c4']), note(40, '6', 1, [])],
  };
}

describe('the change list', () => {
  it('makes one entry per instruction edit, however many places it shows in or Items repeat it', () => {
    const groups = changeGroups(sample());
    expect(groups.map((g) => [g.id, g.instructions.map((i) => i.line), g.changes.map((c) => c.id), g.edits])).toEqual([
      ['e1', [10], ['c1', 'c3'], 2],
      ['e2', [20, 30], ['c2', 'c4'], 1],
      ['e3', [40], [], 1],
    ]);
  });

  it('says how its counts agree with the timeline', () => {
    const redline = sample();
    expect(countsNote(redline, changeGroups(redline))).toBe(
      '4 changes from 3 instruction edits (4 instructions: 1 repeat an edit under another Item and are listed with it). The timeline counts 4 text edits to this document: one per place an instruction applied, which shows as several changes where words changed apart, or as none where a later edit rewrote it (1 such, listed last).',
    );
  });

  it('makes one entry per change when compared without history', () => {
    const redline: Redline = { ...sample(), changes: [change('c1', []), change('c2', [])], timeline: [], instructions: undefined };
    expect(changeGroups(redline).map((g) => g.changes.map((c) => c.id))).toEqual([['c1'], ['c2']]);
    expect(countsNote(redline, changeGroups(redline))).toBeNull();
  });
});

describe('excerpts', () => {
  it('cut a long text only between words', () => {
    const long = 'While we intend to accept for exchange all tendered options, we have structured our offer so as to mitigate the risk that the statutory stock option rules apply.';
    const described = describeChange(change('c1', [], long));
    expect(described).toBe('replaced “14” with “While we intend to accept for... option rules apply.”');
    const words = new Set(long.split(' '));
    for (const word of described.replace(/^.*with “|”$/g, '').replace('...', ' ').split(/\s+/).filter(Boolean)) expect(words.has(word), word).toBe(true);
  });
});
