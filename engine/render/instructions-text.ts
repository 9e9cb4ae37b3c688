import { clip } from '../core/clip.js';
import type { ExhibitChange, Instruction, InstructionOp, Ordinal, ParsedFiling, Target } from '../types.js';

const suffix = (n: number): string => (n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');

/**
 * Read an ordinal back in words: 2 -> "2", -1 -> "last", -2 -> "2nd to last".
 * @param n the ordinal
 * @returns its text
 */
export function ordinalText(n: Ordinal): string {
  if (n >= 0) return String(n);
  return n === -1 ? 'last' : `${-n}${suffix(-n)} to last`;
}

// Consecutive ascending runs become ranges: [2, 3] -> "2-3", [1, 3] -> "1, 3".
function listText(values: number[], each: (n: number) => string): string {
  const runs: number[][] = [];
  for (const value of values) {
    const run = runs[runs.length - 1];
    if (run && value > 0 && run[run.length - 1] === value - 1) run.push(value);
    else runs.push([value]);
  }
  return runs.map((run) => (run.length > 1 ? `${each(run[0] as number)}-${each(run[run.length - 1] as number)}` : each(run[0] as number))).join(', ');
}

// Printed page numbers: runs of numbers as ranges, roman pages as written.
function pagesText(pages: Array<number | string>): string {
  const numbers = pages.filter((page): page is number => typeof page === 'number');
  return numbers.length === pages.length ? listText(numbers, String) : pages.map(String).join(', ');
}

function targetText(target: Target): string {
  const parts: string[] = [];
  if (target.document) parts.push(target.document);
  if (target.pages.length > 0) parts.push(`${target.pages.length > 1 ? 'pp.' : 'p.'}${pagesText(target.pages)}`);
  if (target.section) parts.push(`Section ${target.section}`);
  if (target.heading) parts.push(`"${clip(target.heading, 32)}"`);
  if (target.paragraph !== null) parts.push(`para ${typeof target.paragraph === 'number' ? ordinalText(target.paragraph) : target.paragraph}`);
  if (target.sentences.length > 0) parts.push(`${target.sentences.length > 1 ? 'sentences' : 'sentence'} ${listText(target.sentences, ordinalText)}`);
  if (target.scope === 'clause') parts.push('(clause)');
  if (target.scope === 'item' || target.scope === 'document') parts.push(`(whole ${target.scope})`);
  return parts.join(' ');
}

const opText: Record<InstructionOp, (i: Instruction) => string> = {
  replace: () => 'replace',
  delete: () => 'delete',
  insert: (i) => `insert ${i.position === 'start' || i.position === 'end' ? `at ${i.position} of` : i.position ?? ''}`.trim(),
  withdraw: () => 'withdraw',
  extend: () => 'extend',
};

const tail: Record<InstructionOp, (i: Instruction) => string> = {
  replace: (i) => (i.text === null ? '' : `  <- "${clip(i.text, 40)}"`),
  delete: () => '',
  insert: (i) => (i.text === null ? '' : `  <- "${clip(i.text, 40)}"`),
  withdraw: (i) => `  plan "${i.plan ?? '?'}"`,
  extend: (i) => `  to ${i.expiration ?? '?'}`,
};

function prefix(amendment: number | null, item: string | null): string {
  const items = item && /[-,]/.test(item) ? 'Items' : 'Item';
  return `A${amendment ?? '?'}${item ? ` ${items} ${item}` : ''}`;
}

/**
 * One line in plain words for an instruction, e.g.
 * `A2 Item 1  replace  Offer to Exchange p.7 "Q23. What happens if I elect not..." para 2 sentences 2-3  <- "While we intend..."`.
 * @param instruction the instruction
 * @param amendment the filing's amendment number, or null when unknown
 * @returns the line, without a newline
 */
export function instructionLine(instruction: Instruction, amendment: number | null): string {
  const head = `${prefix(amendment, instruction.target.item)}  ${opText[instruction.op](instruction)}  ${targetText(instruction.target)}`;
  return head + tail[instruction.op](instruction);
}

function exhibitLine(exhibit: ExhibitChange, amendment: number | null): string {
  const description = exhibit.description ? `  "${clip(exhibit.description, 40)}"` : '';
  return `${prefix(amendment, '12')}  exhibit ${exhibit.action}  ${exhibit.id}${description}`;
}

/**
 * Render a parsed filing as text: one line per instruction, then one per exhibit change.
 * @param parsed the parsed filing
 * @returns the lines, each ending with a newline
 */
export function renderInstructionsText(parsed: Pick<ParsedFiling, 'filing' | 'instructions' | 'exhibits'>): string {
  const amendment = parsed.filing?.amendment ?? null;
  const lines = [
    ...parsed.instructions.map((i) => instructionLine(i, amendment)),
    ...parsed.exhibits.map((e) => exhibitLine(e, amendment)),
  ];
  return lines.map((line) => `${line}\n`).join('');
}
