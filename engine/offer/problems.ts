import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { blockText } from '../core/nodes.js';
import { isNotApplied } from '../core/not-applied.js';
import { itemHeadingOf } from '../instructions/context.js';
import { buildTree } from '../read/tree.js';
import type { AmendmentTally, Instruction, Problem, SourcePoint, Version } from '../types.js';
import { decodeReferences } from '../core/character-references.js';

/** How many words of an instruction a problem quotes. */
const openingWords = 9;

/**
 * The opening words of what starts at a point of a filing: tags dropped, spaces collapsed, cut after a few words.
 * @param file the filing
 * @param place where it starts
 * @returns the words, or an empty string when the point is not in the file
 */
export function wordsAt(file: VFile, place: SourcePoint): string {
  const lines = String(file.value).split(/\r?\n/);
  if (place.line < 1 || place.line > lines.length) return '';
  const from = [(lines[place.line - 1] ?? '').slice(Math.max(0, place.column - 1)), ...lines.slice(place.line, place.line + 6)].join(' ');
  // A paragraph's number ("1.", "(a)") is not the instruction's wording.
  const plain = decodeReferences(from.replace(/<[^<>]*>/g, ' ').replace(/&nbsp;|&#160;/g, ' ')).trim().replace(/^(?:\d{1,3}[.)]|\([a-z0-9]{1,4}\))\s+/i, '');
  const words = plain.split(/\s+/).filter(Boolean);
  return words.length > openingWords ? `${words.slice(0, openingWords).join(' ')}…` : words.join(' ');
}

/** What a filing's problems are read against: its file, its instructions and the version it makes. */
export interface FilingProblemsInput {
  file: VFile;
  /** Texts the filing restates, whose messages are its problems too. */
  restated: VFile[];
  instructions: Instruction[];
  version: number;
  label: string;
}

/**
 * The problems reported on a filing (warnings and errors, notes left out), each with its amendment, Item, place and
 * opening words; `notApplied` marks those that kept an instruction from being applied.
 * @param input the filing, its instructions and version
 * @returns the problems in the order they were reported
 */
export function filingProblems(input: FilingProblemsInput): Problem[] {
  let items: ItemLines | null = null;
  const itemAt = (line: number): string | null => {
    const own = input.instructions.find((i) => i.source.line === line)?.target.item;
    if (own) return own;
    items ??= itemLines(input.file);
    return items.filter((entry) => entry.line <= line).pop()?.item ?? null;
  };
  return [input.file, ...input.restated].flatMap((file) =>
    file.messages.filter((m) => m.fatal === true || m.fatal === false).map((m) => toProblem(m, file, file === input.file ? itemAt : () => null, input)),
  );
}

function toProblem(message: VFileMessage, file: VFile, itemAt: (line: number) => string | null, input: FilingProblemsInput): Problem {
  const line = message.line ?? 1;
  const column = message.column ?? 1;
  const notApplied = file === input.file && isNotApplied(message.ruleId);
  return {
    version: input.version,
    amendment: input.label,
    item: notApplied ? itemAt(line) : null,
    file: message.file ?? String(file.path),
    line,
    column,
    words: message.line ? wordsAt(file, { line, column }) : '',
    reason: message.reason,
    ruleId: message.ruleId ?? null,
    level: message.fatal ? 'error' : 'warning',
    notApplied,
    candidates: message.expected ?? [],
  };
}

type ItemLines = Array<{ line: number; item: string }>;

// Where each Item heading of a filing stands, for a problem no parsed instruction carries an Item for.
function itemLines(file: VFile): ItemLines {
  return buildTree(file).children.flatMap((block) => {
    const item = itemHeadingOf(block);
    const line = block.position?.start.line;
    return item !== null && line !== undefined && blockText(block) ? [{ line, item }] : [];
  });
}

/**
 * How many instructions a filing gives: each place an instruction starts, or a problem keeps one from applying, once.
 * @param instructions the filing's parsed instructions
 * @param problems its problems
 * @returns the count
 */
export function instructionCount(instructions: Instruction[], problems: Problem[]): number {
  const places = new Set(instructions.map((i) => `${i.source.line}:${i.source.column}`));
  for (const problem of problems) if (problem.notApplied) places.add(`${problem.line}:${problem.column}`);
  return places.size;
}

/**
 * For each version in a range, how many instructions its filing gave and how many were not applied.
 * @param versions the versions in range (0 is left out)
 * @returns one tally per amendment
 */
export function tallies(versions: Version[]): AmendmentTally[] {
  return versions.filter((v) => v.number > 0).map((v) => ({
    version: v.number,
    amendment: v.label,
    instructions: v.instructions,
    notApplied: new Set(v.problems.filter((p) => p.notApplied).map((p) => `${p.line}:${p.column}`)).size,
  }));
}
