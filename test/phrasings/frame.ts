// The frame every phrasing case is read in: a short amendment that names its offer document, an Item heading, then
// the case's instruction (line 5) and any new text after it. Expected instructions are written with `edit`, which
// fills in the fields a case leaves out with their empty values.
import { ingest } from '../../engine/read/ingest.js';
import { parseInstructions } from '../../engine/instructions/parse.js';
import { buildTree } from '../../engine/read/tree.js';
import type { Instruction, Target } from '../../engine/types.js';

/** A diagnostic a refused phrasing must raise: its rule and words its reason must hold. */
export interface ExpectedDiagnostic {
  ruleId: string;
  says: string;
}

/** One paraphrase of a real filing's instruction, with what it must yield. */
export interface PhrasingCase {
  name: string;
  /** The instruction paragraph(s) and any new text, blocks separated by a blank line. */
  filing: string;
  /** The offer document the amendment names in its introduction. */
  document?: string;
  /** The Item heading above the instruction, or null for none. */
  heading?: string | null;
  instructions: Instruction[];
  diagnostics?: ExpectedDiagnostic[];
}

/** A family of phrasing: its name, the filings it is found in, and its cases. */
export interface Pattern {
  pattern: string;
  found: string;
  cases: PhrasingCase[];
}

/**
 * An expected instruction: the target fields not given are empty; the document defaults to the Offer to Purchase,
 * the Item to 4 (the frame's heading) and the source to line 5, column 1.
 * @param op the operation
 * @param target the target fields that are set
 * @param rest the other fields that are set (text, position, source)
 * @returns the instruction
 */
export function edit(op: Instruction['op'], target: Partial<Target>, rest: Partial<Instruction> = {}): Instruction {
  return {
    op,
    target: { document: 'Offer to Purchase', item: '4', pages: [], section: null, heading: null, paragraph: null, paragraphs: [], sentences: [], scope: 'sentence', match: null, ...target },
    position: null,
    text: null,
    plan: null,
    expiration: null,
    source: { line: 5, column: 1 },
    ...rest,
  };
}

/**
 * A located passage's words: `{text, mode, occurrence}`.
 * @param text the words
 * @param mode how they locate it
 * @param occurrence which occurrence (1 unless given)
 * @returns the match
 */
export function words(text: string, mode: 'prefix' | 'contains' | 'exact' = 'contains', occurrence: number | 'all' = 1): NonNullable<Target['match']> {
  return { text, mode, occurrence };
}

/**
 * Read a case in the frame: its instructions and diagnostics.
 * @param phrasing the case
 * @returns what amendiff read
 */
export function readCase(phrasing: PhrasingCase): { instructions: Instruction[]; diagnostics: Array<{ ruleId: string; reason: string }> } {
  const document = phrasing.document ?? 'Offer to Purchase';
  const intro = `This Amendment No. 2 amends and supplements the statement filed on March 3, 2021, relating to the offer described in the ${document}, dated March 3, 2021 (the "${document}").`;
  const heading = phrasing.heading === undefined ? 'ITEM 4.  TERMS OF THE TRANSACTION.' : phrasing.heading;
  const text = heading === null ? `${intro}\n\n${phrasing.filing}\n` : `${intro}\n\n${heading}\n\n${phrasing.filing}\n`;
  const file = ingest('amendment.txt', text);
  const { instructions } = parseInstructions(file, buildTree(file));
  return { instructions, diagnostics: file.messages.map((m) => ({ ruleId: m.ruleId ?? '', reason: m.reason })) };
}
