import type { Element } from 'hast';
import { h } from 'hastscript';
import { clip } from '../core/clip.js';
import type { Redline, RedlineInstruction } from '../types.js';
import { amendmentLabel, describeChange } from './change-text.js';
import { countsNote, type ChangeGroup } from './change-groups.js';
import { changeAmendments } from './html-document.js';
import { describePlace } from './place-text.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The change list: one entry per instruction edit, with its amendment, Item, place in words, the instruction's own
 * words quoted, and a link to each place it shows; above it, how the counts agree with the timeline.
 * @param redline the redline
 * @param groups its entries
 * @returns the section
 */
export function changeList(redline: Redline, groups: ChangeGroup[]): Element {
  const note = countsNote(redline, groups);
  const entries = groups.map((group) => entry(redline, group));
  return h('section#changes.changes', { ariaLabel: 'Changes' }, [
    h('h2', `Changes (${redline.changes.length})`),
    ...(note ? [h('p.counts', note)] : []),
    entries.length > 0 ? h('ol.entries', entries) : h('p.empty', 'No changes.'),
  ]);
}

function entry(redline: Redline, group: ChangeGroup): Element {
  const first = group.changes[0];
  const amendments = group.amendments.length > 0 ? group.amendments : [0];
  const items = [...new Set(group.instructions.map((i) => i.item).filter((item): item is string => item !== null))];
  const head = h('div.entry-head', [
    ...group.amendments.map((a) => h(`span.badge.a${a}`, amendmentName(redline, a))),
    ...(items.length > 0 ? [h('span.item', `Item${items.length > 1 || /[-,]|\band\b/.test(items[0] ?? '') ? 's' : ''} ${items.join(', ')}`)] : []),
    ...(first?.place ? [h('span.place', describePlace(first.place))] : []),
    h('span.count', countText(group)),
  ]);
  return h('li.entry', { id: group.id, dataAmendments: amendments.join(' ') }, [head, ...instructionWords(group.instructions), placesList(group)]);
}

function amendmentName(redline: Redline, version: number): string {
  return redline.timeline.find((t) => t.version === version)?.label ?? amendmentLabel(version);
}

function countText(group: ChangeGroup): string {
  if (group.changes.length === 0) return 'no mark: a later edit rewrote it';
  const places = plural(group.changes.length, 'place');
  if (group.instructions.length === 0) return places;
  return `${group.instructions.length === 1 ? '1 instruction' : `1 edit given ${group.instructions.length} times`} · ${plural(group.edits, 'edit')} · ${places}`;
}

/** The instruction's own words, quoted (opened in full on demand), and where it and its repeats stand in the filing. */
function instructionWords(instructions: RedlineInstruction[]): Element[] {
  const [first, ...rest] = instructions;
  if (!first) return [];
  const where = instructions.map((i) => `${i.item ? `Item ${i.item} at ` : ''}${i.file}:${i.line}:${i.column}`).join(' · ');
  const words = first.words;
  const quote = words.length === 0 ? [] : words.length <= 240 ? [h('blockquote.words', `“${words}”`)] : [h('details.words', [h('summary', h('q', clip(words, 220))), h('blockquote', `“${words}”`)])];
  const repeats = rest.filter((i) => i.words !== words && i.words.length > 0).map((i) => h('blockquote.words.repeat', `“${clip(i.words, 220)}”`));
  return [...quote, ...repeats, h('p.source', where)];
}

function placesList(group: ChangeGroup): Element {
  const items = group.changes.map((change) =>
    h('li', { dataAmendments: changeAmendments(change) }, [
      h('a', { href: `#${change.id}`, dataGoto: change.id }, change.id),
      ' ',
      h('span.summary', describeChange(change)),
      ...(group.changes.length > 1 && change.place ? [' ', h('span.place', describePlace(change.place))] : []),
    ]),
  );
  return h('ul.places', items);
}
