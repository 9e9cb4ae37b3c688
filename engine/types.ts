/**
 * Shared types of the amendiff pipeline. Everything here is plain data that
 * survives `JSON.parse(JSON.stringify(x))`: no classes, Maps, Dates or functions.
 */

/** A place in a source file: line and column 1-based, offset 0-based. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A span in a source file. */
export interface Position {
  start: Point;
  end: Point;
}

/** Where an amendment instruction starts in its filing. */
export interface SourcePoint {
  line: number;
  column: number;
}

/** One instruction that asked for a piece of text, as a reference a reviewer can follow. */
export interface InstructionRef {
  /** Path of the filing, as given in `offer.json` (e.g. `amendment-2.txt`). */
  file: string;
  /** The Schedule TO Item the instruction sat under or named (`"4(a)"`), if any. */
  item: string | null;
  line: number;
  column: number;
}

/**
 * Which amendment put a piece of text where it is. `amendment` 0 is the
 * original document; `sources` lists every instruction that asked for it
 * (an instruction repeated under several Items lists each place once).
 */
export interface Origin {
  amendment: number;
  sources: InstructionRef[];
  /** True for edits made by a global instruction (an extension's date changes), marked for review. */
  global: boolean;
  /** True when a person chose this place among an ambiguous instruction's candidates (`decisions` in `offer.json`). */
  decided?: boolean;
}

// ---------------------------------------------------------------------------
// Document tree (unist-style)

/** A sentence: the unit amendments count. `value` has its whitespace collapsed. */
export interface Sentence {
  type: 'sentence';
  value: string;
  /** Printed page the sentence starts on, or null where the document prints none. */
  page: number | null;
  /**
   * True when a count through this sentence may be off by one: the splitter was unsure of the boundary that ends
   * it, or chose not to split at a doubtful place inside it.
   */
  ambiguous: boolean;
  origin: Origin;
  position?: Position;
}

/** A paragraph: hard-wrapped lines joined, split into sentences. */
export interface Paragraph {
  type: 'paragraph';
  /** A run-in heading opening the paragraph ("DETERMINATION OF VALIDITY; ... ."), not a sentence. */
  runIn: string | null;
  children: Sentence[];
  /** Printed pages the paragraph lies on, in order (`[12, 13]` for one that runs across a break). */
  pages: number[];
  origin: Origin;
  position?: Position;
}

/**
 * Kind of heading, which fixes its rank: `part` (centred titles such as
 * THE OFFER) ranks 1, `section` ("5. ACCEPTANCE ...") and `question`
 * ("Q23. WHAT HAPPENS ...?") rank 2, `caption` (sub-headings, risk factors,
 * country disclosures) ranks 3.
 */
export type HeadingKind = 'part' | 'section' | 'question' | 'caption';

/** A heading standing on its own line(s). */
export interface Heading {
  type: 'heading';
  kind: HeadingKind;
  depth: number;
  /** Its number where it has one: `"5"` for a section, `"Q23"` for a question. */
  number: string | null;
  value: string;
  page: number | null;
  origin: Origin;
  position?: Position;
}

/** A table or other pre-formatted block kept line for line. */
export interface Table {
  type: 'table';
  value: string;
  page: number | null;
  origin: Origin;
  position?: Position;
}

/** Base text the corpus does not hold: an explicit marker, never an empty string. */
export interface Unknown {
  type: 'unknown';
  value: string;
  page: number | null;
  origin: Origin;
  position?: Position;
}

export type Block = Heading | Paragraph | Table | Unknown;

/** A printed page: `number` is the page number printed at its foot, null where none is printed. */
export interface PageInfo {
  /** 0-based index of the physical page in the file. */
  index: number;
  number: number | null;
  /** The printed label as it reads (`"7"`, `"ii"`, `"-7-"`), or null. */
  label: string | null;
  position: Position;
}

/** A document: the root of the tree. */
export interface Root {
  type: 'root';
  children: Block[];
  data: {
    /** Source format the tree was built from. */
    format: DocumentFormat;
    pages: PageInfo[];
  };
}

export type DocumentFormat = 'text' | 'markdown' | 'html';

// ---------------------------------------------------------------------------
// Filing metadata

/** A row of the fee table on a Schedule TO cover. */
export interface FeeTable {
  transactionValuation: string | null;
  amountOfFilingFee: string | null;
  amountPreviouslyPaid: string | null;
  filingParty: string | null;
  formOrRegistrationNo: string | null;
  dateFiled: string | null;
}

/** An earlier amendment a filing names. */
export interface PriorAmendment {
  number: number | null;
  /** ISO date it was filed, where stated. */
  date: string | null;
}

/** What a filing says about itself on its cover and in its introduction. */
export interface Filing {
  /** `"Schedule TO"`, `"Schedule 14D-9"`, ... */
  form: string | null;
  amendment: number | null;
  subjectCompany: string | null;
  filer: string | null;
  securities: string | null;
  cusip: string | null;
  /** ISO date of the signature. */
  date: string | null;
  /** ISO date the original statement was filed. */
  originalDate: string | null;
  priorAmendments: PriorAmendment[];
  /** Whether the final-amendment box is checked; null where the filing has no such box. */
  final: boolean | null;
  fee: FeeTable | null;
  /** Where the filing states its own amendment number ("AMENDMENT NO. 2"), or null. */
  amendmentSource: SourcePoint | null;
  /** The results a final amendment (its box checked) reports; null for any other filing. */
  results: OfferResults | null;
  /** Changes to the offer the filing states in its own words, in filing order. */
  events: OfferEvent[];
}

/** A price per share, or a range of prices ("not greater than $34.00 nor less than $31.00"): `low` equals `high` for one price. */
export interface PriceRange {
  low: number;
  high: number;
}

/**
 * A change to the offer a filing states in its own words rather than as an edit of a document's text: "Purchaser has
 * extended the Expiration Time ... until ...", "has increased the Offer Price to $22.50 per Share", "has waived the
 * Minimum Condition", "commenced a subsequent offering period", "has terminated the Offer", a board's recommendation.
 */
export type OfferEvent =
  | { kind: 'extend'; expiration: string; time: string | null; source: SourcePoint }
  | { kind: 'price'; price: PriceRange; source: SourcePoint }
  | { kind: 'shares'; sought: number; source: SourcePoint }
  | { kind: 'waive'; condition: string; source: SourcePoint }
  | { kind: 'subsequent'; action: 'start' | 'end'; date: string | null; source: SourcePoint }
  | { kind: 'terminate'; reason: string; source: SourcePoint }
  | { kind: 'recommend'; recommendation: 'accept' | 'reject' | 'neutral'; text: string; source: SourcePoint };

// ---------------------------------------------------------------------------
// Instructions (public contract: names and meanings are fixed)

/** 1-based; negative counts from the end: -1 last, -2 second to last. */
export type Ordinal = number;

export type InstructionOp = 'replace' | 'delete' | 'insert' | 'withdraw' | 'extend';

export type TargetScope = 'sentence' | 'clause' | 'paragraph' | 'section' | 'item' | 'exhibit' | 'document' | 'words' | 'body';

/**
 * A passage located by its words: "the sentence beginning "X"" (prefix), "the words "X"" (contains), "the sentence
 * "X."" (exact). Matching ignores quote style and runs of white space, never letter case.
 */
export interface TargetMatch {
  text: string;
  mode: 'prefix' | 'contains' | 'exact';
  /** Which occurrence: an Ordinal, or every one ("each reference to", "all references to"). */
  occurrence: Ordinal | 'all';
}

/** Where an instruction acts. */
export interface Target {
  document: string | null;
  item: string | null;
  /** Printed page numbers as written: 7, or "i" for a roman page. */
  pages: Array<number | string>;
  section: string | null;
  heading: string | null;
  paragraph: Ordinal | 'first-full' | string | null;
  /** A run of paragraphs, "the second and third paragraphs": [2, 3], with `paragraph` null. */
  paragraphs: Ordinal[];
  sentences: Ordinal[];
  scope: TargetScope;
  /** The words that locate the passage, or null. */
  match: TargetMatch | null;
}

/** One amendment instruction, exactly the contract's JSON shape. */
export interface Instruction {
  op: InstructionOp;
  target: Target;
  position: 'before' | 'after' | 'start' | 'end' | null;
  text: string | null;
  plan: string | null;
  expiration: string | null;
  source: SourcePoint;
}

/** An exhibit a filing restates or adds. */
export interface ExhibitChange {
  id: string;
  action: 'restated' | 'added';
  description: string | null;
}

/** The paragraph an instruction stands in, from the instruction on, as the reader gave it (markup gone, lines joined). */
export interface OwnParagraph {
  source: SourcePoint;
  text: string;
}

/** What `parse` returns for one filing. */
export interface ParsedFiling {
  filing: Filing | null;
  instructions: Instruction[];
  exhibits: ExhibitChange[];
  /**
   * Where the filing lists each of `exhibits` (same order), for the provenance of the statement's exhibit index.
   * Not part of `parse`'s JSON.
   */
  exhibitSources: SourcePoint[];
  /** The paragraph of each withdrawal: the terms it defines name the plan withdrawn. */
  paragraphs: OwnParagraph[];
  diagnostics: Diagnostic[];
}

// ---------------------------------------------------------------------------
// Diagnostics as JSON

/** A VFile message as it crosses into JSON. */
export interface Diagnostic {
  file: string;
  line: number | null;
  column: number | null;
  reason: string;
  ruleId: string | null;
  fatal: boolean | null;
}

// ---------------------------------------------------------------------------
// Offers, versions and lifecycle

/** `offer.json`: the offer directory's manifest (public contract). */
export interface OfferManifest {
  /** A title for outputs; optional. */
  title?: string;
  /** Document name as instructions use it -> file name in the offer directory. */
  documents: Record<string, string>;
  /** Filing file names, in order. */
  filings: string[];
  /** Documents restated in their entirety by a filing, each held in a file: operative from that filing's version on. */
  restated?: Array<{ filing: string; document: string; file: string }>;
  /** Where each file came from on EDGAR, by file name (written by `amendiff init`; optional, informative only). */
  sources?: Record<string, OfferSource>;
  /** A person's choice among an ambiguous instruction's candidates: `file:line` where it starts, and the chosen place's opening words. */
  decisions?: Decision[];
}

/** Where one file of an offer folder came from: its EDGAR filing and, for an exhibit, its type. */
export interface OfferSource {
  /** The filing's accession number (`0000950135-02-004904`), or null for a document saved without its header. */
  accession?: string | null;
  /** The EDGAR form type (`SC TO-I/A`), or null when unknown. */
  form?: string | null;
  /** The date EDGAR filed it (ISO), or null when unknown. */
  filed?: string | null;
  /** The document's EDGAR type (`EX-99.(A)(1)`, `SC TO-I`), or null. */
  type?: string | null;
  /** The file it was taken from. */
  from?: string | null;
}

/** One entry of `offer.json`'s `decisions` (public contract). */
export interface Decision {
  /** The filing and the line where the instruction starts, as diagnostics print it: `amendment-1.txt:122`. */
  instruction: string;
  /** The opening words of the candidate chosen, as the ambiguity message quotes them. */
  choose: string;
}

/**
 * A problem with one filing of an offer, as the deliverables list it: an instruction not applied (and why), or
 * something else wrong with the filing. Built from the filing's messages.
 */
export interface Problem {
  /** The version the filing makes (1 for the first amendment). */
  version: number;
  /** `Amendment No. 1`. */
  amendment: string;
  /** The Schedule TO Item the instruction stands under, or null. */
  item: string | null;
  file: string;
  line: number;
  column: number;
  /** The instruction's opening words as the filing writes them (empty when the problem has no place). */
  words: string;
  reason: string;
  ruleId: string | null;
  level: 'error' | 'warning';
  /** True when an instruction was not applied because of it. */
  notApplied: boolean;
  /** For an ambiguous target, the opening words of each candidate place. */
  candidates: string[];
}

/** A point a person must look at, and where it stands. */
export interface ReviewPoint {
  kind: 'not-applied' | 'ambiguous' | 'global-edit' | 'withdrawal' | 'decided';
  /** The version that made it. */
  version: number;
  amendment: string;
  document: string | null;
  /** The text to look at: the sentence concerned, or the instruction's opening words. */
  text: string;
  /** What to look at, in a few words. */
  note: string;
  /** For a withdrawal, the plan. */
  plan: string | null;
  /** The instruction, or null. */
  source: InstructionRef | null;
  /** For an ambiguous target, each candidate's opening words. */
  candidates: string[];
  /** Where it stands in the text a rendering shows (offsets, end exclusive), or null when it is not in that text. */
  start: number | null;
  end: number | null;
}

/** Results a final amendment reports. */
export interface OfferResults {
  /** ISO date the offer expired. */
  expired: string | null;
  /** Options (or shares underlying options) accepted, as a number. */
  accepted: number | null;
  /** What `accepted` counts: `"options"` or `"shares"`. */
  unit: string | null;
  /** True when the count is of the shares underlying the options accepted ("options to purchase N shares"). */
  underlying: boolean | null;
  /** Share of eligible options accepted, as a percentage (70 for "approximately 70%"). */
  percentEligible: number | null;
  /** Cash paid or promised, in dollars. */
  cash: number | null;
  /** ISO date new options are to be granted, where stated. */
  grantDate: string | null;
  /** Shares validly tendered and not validly withdrawn ("a total of 69,250,307 Shares were validly tendered ..."). */
  tendered: number | null;
  /** What `tendered` is of the outstanding shares, as a percentage (87.3 for "approximately 87.3%"). */
  percentOutstanding: number | null;
  /** True when the filing says every share validly tendered was accepted ("accepted for payment all Shares ..."). */
  acceptedAll: boolean | null;
  /** ISO date the merger that follows the offer was, or is expected to be, completed. */
  mergerDate: string | null;
}

/** The lifecycle machine's context: plain JSON. */
export interface LifecycleContext {
  /** ISO expiration dates in the order they took effect; the last is current. */
  expirations: string[];
  /** The time of day of the current expiration, as the filing that set it wrote it, or null. */
  expirationTime: string | null;
  /** The price per share (or range) the offer stands at since a filing changed it, or null. */
  price: PriceRange | null;
  /** The number of shares sought since a filing changed it, or null. */
  sharesSought: number | null;
  /** Conditions the offeror has waived, as named ("Minimum Condition"). */
  waived: string[];
  /** When a subsequent offering period ends (ISO), while one is open or after it ended; null when none was started. */
  subsequentUntil: string | null;
  /** Why the offer as a whole was withdrawn or terminated, as filed, or null. */
  terminated: string | null;
  /** The target board's recommendation as its Schedule 14D-9 states it, or null. */
  recommendation: 'accept' | 'reject' | 'neutral' | null;
  withdrawnPlans: string[];
  exhibitsRestated: string[];
  exhibitsAdded: string[];
  results: OfferResults | null;
  /** Amendment numbers seen, in order. */
  amendments: number[];
}

/** Words changed inside a text, end exclusive: their span in the text before and in the text after. */
export interface WordsSpan {
  before: [number, number];
  after: [number, number];
}

/** A text edit one amendment made to one document, as the redline reads it. */
export interface Edit {
  document: string;
  kind: 'replace' | 'delete' | 'insert';
  /** Block index and sentence range in the version before (`sentences` null when whole blocks). */
  before: { block: number; sentences: [number, number] | null; text: string[] };
  /** Block index and sentence range in the version after. */
  after: { block: number; sentences: [number, number] | null; text: string[] };
  origin: Origin;
  /**
   * For words changed inside one sentence (or a heading, a table), where they lie in `before.text[0]` and
   * `after.text[0]`, so a redline marks those words and no others that read alike.
   */
  words?: WordsSpan[];
}

/** A sentence a withdrawal affects, listed for review. */
export interface AffectedSentence {
  document: string;
  plan: string;
  block: number;
  sentence: number;
  page: number | null;
  text: string;
}

/** One version of an offer: 0 is the original, N the text after amendments 1..N. */
export interface Version {
  number: number;
  label: string;
  /** ISO date of the filing (for 0, the original statement's date where known). */
  date: string | null;
  file: string | null;
  documents: Record<string, Root>;
  edits: Edit[];
  affected: AffectedSentence[];
  /** Exhibits this version's filing restated or added. */
  exhibits: ExhibitChange[];
  /**
   * Documents whose restated text (named in `offer.json`) this version holds in place of the text the instructions
   * give; `edits` still describe the instructions, against that text.
   */
  restated: Array<{ document: string; file: string }>;
  /** The lifecycle machine's state value and context after this version. */
  state: string;
  context: LifecycleContext;
  /** This version's filing's instructions, each with its own words (absent on versions built by hand). */
  instructionNotes?: InstructionNote[];
  /** What went wrong with this version's filing: every instruction not applied, and why (empty for 0). */
  problems: Problem[];
  /** How many instructions the filing gives (each place an instruction starts counted once). */
  instructions: number;
}

/** An instruction as a reviewer reads it: where it stands in its filing and its own words. */
export interface InstructionNote {
  /** The version its filing made. */
  amendment: number;
  file: string;
  item: string | null;
  line: number;
  column: number;
  op: InstructionOp;
  /** The instruction's paragraph in its filing, white space collapsed. */
  words: string;
}

// ---------------------------------------------------------------------------
// Redlines (issue 5: owned by the redline engineer; this block only)

/** One side of a change: offsets into that version's `renderText` (end exclusive) and the text between them. */
export interface ChangeSide {
  start: number;
  end: number;
  text: string;
}

/**
 * One change between two texts. Every change is a splice: replacing `from.start..from.end` of the
 * from-text by `to.text`, for all changes in order, yields the to-text exactly. A moved paragraph is
 * two changes, a `moveFrom` (its old place) and a `moveTo` (its new place), naming each other in `pair`.
 */
export interface Change {
  /** `c1`, `c2`, ... in document order: the anchor a rendering links to. */
  id: string;
  kind: 'insert' | 'delete' | 'replace' | 'moveFrom' | 'moveTo';
  from: ChangeSide;
  to: ChangeSide;
  /** The other half of a move, or null. */
  pair: string | null;
  /** Which amendments and instructions made the change (empty when compared without history). */
  provenance: Origin[];
  /** Where the change stands in its document (absent where a redline was built without its trees). */
  place?: ChangePlace;
}

/**
 * Where a change stands, as a reviewer names it ("p.7 · Q23 ¶2 · sentences 2-3"): read on the to-side where the
 * change adds text, else on the from-side.
 */
export interface ChangePlace {
  side: 'from' | 'to';
  /** Index of the first block it touches in that side's `blocks`. */
  block: number;
  /** Printed page it starts on, or null where the document prints none. */
  page: number | null;
  /** The numbered section or question it stands in: `"Q23"`, `"Section 5"`, or null. */
  section: string | null;
  /** The nearest heading above it when that is not the section's own (a caption), in its words. */
  heading: string | null;
  /** Its paragraph's ordinal under the nearest heading, 1-based; null for a heading or table. */
  paragraph: number | null;
  /** The sentences of that paragraph it touches, 1-based and inclusive; null when it is the whole block. */
  sentences: [number, number] | null;
}

/** A block of one side of a redline, as a rendering lays it out. */
export interface RedlineBlock {
  kind: Block['type'];
  /** A heading's rank (1 part, 2 section or question, 3 caption); null for other blocks. */
  depth: number | null;
  /** A heading's number (`"5"`, `"Q23"`), or null. */
  number: string | null;
  /** Offsets of the block in the side's text, end exclusive. */
  start: number;
  end: number;
  /** Printed page the block starts on, or null. */
  page: number | null;
}

/** An instruction that edited the redlined document between the two versions, and the changes that show it. */
export interface RedlineInstruction extends InstructionNote {
  /** Text edits it made to the document (one per place it applied; the timeline counts these). */
  edits: number;
  /** Ids of the changes it made; empty when a later edit undid or replaced what it did. */
  changes: string[];
}

/** A version as a redline names it. */
export interface RedlineSide {
  /** Version number, or null for a file compared without history. */
  version: number | null;
  /** `original`, `Amendment No. 2`, or a file name. */
  label: string;
  date: string | null;
  text: string;
  /** The side's blocks in order (absent where a redline was built without them). */
  blocks?: RedlineBlock[];
}

/** One step of the offer's lifecycle, as the top of a redline shows it. */
export interface TimelineEntry {
  version: number;
  label: string;
  date: string | null;
  state: string;
  /** The expiration date in effect after this version, ISO. */
  expiration: string | null;
  /** Its time of day as the filing that set it wrote it, or null. */
  expirationTime?: string | null;
  /** Plans (or classes) this version withdrew the offer for. */
  withdrawn: string[];
  /** The filing that made this version, as `offer.json` names it; null for the original. */
  file?: string | null;
  /** The new expiration date when this version extended the offer. */
  extendedTo?: string | null;
  /** Exhibits its filing restated or added. */
  exhibits?: ExhibitChange[];
  /** Results its filing reported, where it reported them. */
  results?: OfferResults | null;
  /** Text edits this version made to the redlined document. */
  edits?: number;
  /** The terms this version changed, in words ("price: $13.50 per share", "condition waived: Minimum Condition"). */
  terms?: string[];
}

/** The changes between two versions of one document, with what a rendering needs around them. */
export interface Redline {
  title: string | null;
  document: string | null;
  from: RedlineSide;
  to: RedlineSide;
  changes: Change[];
  /** Every version of the offer (empty when compared without history). */
  timeline: TimelineEntry[];
  /** The instructions that edited the document between the two versions, in filing order (absent without history). */
  instructions?: RedlineInstruction[];
  /** Problems of the filings in range: every instruction not applied is listed (absent when compared without history). */
  problems?: Problem[];
  /** How many instructions each amendment in range gave and how many were not applied. */
  tallies?: AmendmentTally[];
  /** The points a person must look at, placed in the to-text where they stand. */
  review?: ReviewPoint[];
}

/** How many instructions one amendment gave, and how many were not applied. */
export interface AmendmentTally {
  version: number;
  amendment: string;
  instructions: number;
  notApplied: number;
}
