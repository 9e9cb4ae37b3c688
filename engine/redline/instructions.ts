import type { Change, InstructionNote, InstructionRef, RedlineInstruction, Version } from '../types.js';

/**
 * The key naming one instruction: its filing and where it starts there.
 * @param ref the instruction's place
 * @returns `file:line:column`
 */
export function instructionKey(ref: Pick<InstructionRef, 'file' | 'line' | 'column'>): string {
  return `${ref.file}:${ref.line}:${ref.column}`;
}

/**
 * The instructions that edited a document between two versions, in filing order, each with its own words and the
 * changes of the redline that show it. An instruction whose edit a later one undid or rewrote lists no change, so a
 * reader can see why the redline marks fewer places than the instructions made edits.
 * @param span the versions from the earlier to the later, in order
 * @param document the document redlined
 * @param changes the redline's changes
 * @returns one entry per instruction
 */
export function redlineInstructions(span: Version[], document: string, changes: Change[]): RedlineInstruction[] {
  const shown = new Map<string, string[]>();
  for (const change of changes) {
    for (const ref of change.provenance.flatMap((origin) => origin.sources)) {
      const ids = shown.get(instructionKey(ref)) ?? [];
      if (!ids.includes(change.id)) ids.push(change.id);
      shown.set(instructionKey(ref), ids);
    }
  }
  const found = new Map<string, RedlineInstruction>();
  const edits = new Map<string, number>();
  for (const version of span.slice(1)) {
    for (const edit of version.edits.filter((e) => e.document === document)) {
      for (const ref of edit.origin.sources) edits.set(instructionKey(ref), (edits.get(instructionKey(ref)) ?? 0) + 1);
    }
    const notes = new Map((version.instructionNotes ?? []).map((note) => [instructionKey(note), note]));
    // Versions built without their instructions' words still name each instruction by its edits.
    const refs = version.edits
      .filter((edit) => edit.document === document)
      .flatMap((edit) => edit.origin.sources.map((ref): InstructionNote => ({ amendment: version.number, ...ref, op: edit.kind, words: '' })));
    const seen = [...refs, ...(version.instructionNotes ?? []).filter((note) => shown.has(instructionKey(note)))];
    for (const ref of seen) {
      const key = instructionKey(ref);
      if (!found.has(key)) found.set(key, { ...(notes.get(key) ?? ref), edits: edits.get(key) ?? 0, changes: shown.get(key) ?? [] });
    }
  }
  return [...found.values()];
}
