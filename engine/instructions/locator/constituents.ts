// The typed pieces a locator phrase is read into, and the shape of a grammar rule that reads one.
import type { Token } from '../tokens.js';
import type { DocumentName } from './documents.js';
import type { Match } from './ordinals.js';
import type { IdList, Unit } from './units.js';
import type { Instruction, Ordinal, TargetMatch } from '../../types.js';

/** Where an insertion goes relative to its anchor. */
export type Position = NonNullable<Instruction['position']>;

/** A unit the instruction names: "the second and third sentences", "Section 5", "the risk factor entitled "..."". */
export interface UnitPhrase {
  kind: 'unit';
  unit: Unit;
  ordinals: Ordinal[];
  /** "the first full paragraph". */
  full: boolean;
  ids: IdList | null;
  headings: string[];
  /** The words that locate it: "the sentence beginning "X"" (prefix), "the sentence "X."" (exact). */
  match: Omit<TargetMatch, 'occurrence'> | null;
}

/** One recognised piece of a locator phrase. */
export type Constituent =
  | UnitPhrase
  | { kind: 'caption'; headings: string[] }
  | { kind: 'document'; document: DocumentName }
  | { kind: 'position'; position: Position; anchored: boolean }
  | { kind: 'newText'; unit: Unit | null; text: string | null }
  /** Words inside the target an edit acts on: "the words "A"", "each reference to "A"". */
  | { kind: 'words'; text: string; occurrence: Ordinal | 'all' }
  /** "this section", "such subheading": the heading named just before. */
  | { kind: 'back'; unit: Unit }
  /** A heading named without quotes whose end cannot be told: why, as a diagnostic's reason. */
  | { kind: 'unreadable'; reason: string }
  | { kind: 'skip' };

/** A grammar rule: recognise a constituent at a token index. */
export type Rule = (tokens: Token[], at: number) => Match<Constituent> | null;
