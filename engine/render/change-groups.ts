import { instructionKey } from '../redline/instructions.js';
import type { Change, Redline, RedlineInstruction } from '../types.js';

/**
 * One entry of a change list: one instruction edit (given under one Item or repeated under several) and every change
 * that shows it, or one change no instruction made (a comparison without history).
 */
export interface ChangeGroup {
  /** `e1`, `e2`, ... in document order: the anchor of the entry. */
  id: string;
  /** The instructions that asked for this edit (several when a filing repeats it under several Items). */
  instructions: RedlineInstruction[];
  changes: Change[];
  /** The versions that made it, ascending. */
  amendments: number[];
  /** Text edits it made (the timeline counts these): one per place the instruction applied. */
  edits: number;
}

/**
 * Gather a redline's changes into one entry per instruction edit, in document order; instructions whose edit left no
 * mark (a later edit rewrote it) come last, each an entry with no change.
 * @param redline the redline
 * @returns the entries
 */
export function changeGroups(redline: Redline): ChangeGroup[] {
  const instructions = new Map((redline.instructions ?? []).map((note) => [instructionKey(note), note]));
  const groups = new Map<string, { instructions: RedlineInstruction[]; changes: Change[] }>();
  for (const change of redline.changes) {
    const keys = [...new Set(change.provenance.flatMap((o) => o.sources).map(instructionKey))].filter((key) => instructions.has(key)).sort();
    const key = keys.length > 0 ? keys.join(' ') : `change ${change.id}`;
    const group = groups.get(key) ?? { instructions: keys.map((k) => instructions.get(k) as RedlineInstruction), changes: [] };
    group.changes.push(change);
    groups.set(key, group);
  }
  for (const [key, note] of instructions) if (note.changes.length === 0) groups.set(key, { instructions: [note], changes: [] });
  return [...groups.values()].map((group, index) => ({
    id: `e${index + 1}`,
    ...group,
    amendments: amendmentsOf(group),
    edits: Math.max(0, ...group.instructions.map((note) => note.edits)),
  }));
}

function amendmentsOf(group: { instructions: RedlineInstruction[]; changes: Change[] }): number[] {
  const found = [...group.changes.flatMap((c) => c.provenance.map((o) => o.amendment)), ...group.instructions.map((note) => note.amendment)];
  return [...new Set(found)].sort((a, b) => a - b);
}

/**
 * Say how the change list's counts agree with the timeline's: changes, entries, instructions and text edits.
 * @param redline the redline
 * @param groups its entries
 * @returns one or two sentences, or null for a comparison without history
 */
export function countsNote(redline: Redline, groups: ChangeGroup[]): string | null {
  if (!redline.instructions) return null;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const edited = groups.filter((g) => g.instructions.length > 0);
  const repeated = edited.reduce((sum, g) => sum + g.instructions.length - 1, 0);
  const unmarked = edited.filter((g) => g.changes.length === 0).length;
  const also = repeated > 0 ? ` (${plural(redline.instructions.length, 'instruction')}: ${repeated} repeat an edit under another Item and are listed with it)` : '';
  const edits = timelineEdits(redline);
  const listed = edited.reduce((sum, g) => sum + g.edits, 0);
  const unnamed = edits > listed ? ` (${edits - listed} of them named by no instruction here)` : '';
  const rewritten = unmarked > 0 ? `, or as none where a later edit rewrote it (${unmarked} such, listed last)` : '';
  return `${plural(redline.changes.length, 'change')} from ${plural(edited.length, 'instruction edit')}${also}. The timeline counts ${plural(edits, 'text edit')} to this document${unnamed}: one per place an instruction applied, which shows as several changes where words changed apart${rewritten}.`;
}

/** The text edits the timeline counts for the versions after the earlier side, up to the later one. */
function timelineEdits(redline: Redline): number {
  const [from, to] = [redline.from.version ?? 0, redline.to.version ?? 0];
  const [low, high] = from <= to ? [from, to] : [to, from];
  return redline.timeline.filter((t) => t.version > low && t.version <= high).reduce((sum, t) => sum + (t.edits ?? 0), 0);
}
