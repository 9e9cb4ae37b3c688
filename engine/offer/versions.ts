import type { VFile } from 'vfile';
import { initialTransition } from 'xstate';
import { findExpiration } from '../apply/extend.js';
import { parseFiling } from '../instructions/parse.js';
import { lifecycleMachine } from './lifecycle.js';
import { statementBase, statementTree } from '../apply/statement.js';
import { statementNamed, statementOfForm } from '../lexicon/statements.js';
import { buildTree } from '../read/tree.js';
import type { Instruction, InstructionNote, LifecycleContext, OfferManifest, ParsedFiling, Root, Version } from '../types.js';
import { readOfferEvents } from '../filing/events.js';
import { amendmentName } from '../lexicon/amendment-number.js';
import { filingText } from '../filing/text.js';
import { step, stepAmendment, type LifecycleSnapshot } from './order.js';
import { applyRestatements, type Restatement } from './restated.js';
import { stepFiling } from './step.js';
import { reportUnused, type DecisionBook } from './decisions.js';
import type { Unapplied } from './held-back.js';
import { filingProblems, instructionCount } from './problems.js';

/** An offer read from its directory: the manifest, each document's file by name, each filing's file in order. */
export interface OfferInput {
  manifest: OfferManifest;
  documents: Record<string, VFile>;
  filings: VFile[];
  /** Documents restated by a filing, with their texts (`offer.json`'s `restated`). */
  restated?: Restatement[];
  /** `offer.json` itself, where a stale decision is reported (needed when the manifest has `decisions`). */
  manifestFile?: VFile;
}

/**
 * Build every version of an offer as a fold: version 0 is the original documents (with the Schedule TO
 * statement), version n is version n-1 with filing n applied. Problems are messages on the filings' files.
 * @param input the offer
 * @returns the versions, 0 first
 */
export function buildVersions(input: OfferInput): Version[] {
  const parsed = input.filings.map((file) => parseFiling(file));
  const documents = baseDocuments(input, parsed[0]?.filing?.form ?? null);
  const main = Object.keys(input.manifest.documents)[0] ?? statementOfForm(parsed[0]?.filing?.form ?? null).name;
  const [initial] = initialTransition(lifecycleMachine, { expiration: firstExpiration(documents, main), recommendation: firstRecommendation(input, main) });
  const versions: Version[] = [original(documents, initial, parsed[0]?.filing?.originalDate ?? null)];
  let snapshot = initial;
  const decisions = input.manifest.decisions ?? [];
  const book: DecisionBook = { decisions, used: decisions.map(() => false), manifest: input.manifestFile ?? null };
  const unapplied: Unapplied[] = [];
  input.filings.forEach((file, index) => {
    const previous = versions[versions.length - 1] as Version;
    const name = input.manifest.filings[index] ?? String(file.basename);
    const restated = (input.restated ?? []).filter((r) => r.filing === name);
    const next = amend(previous, snapshot, { file, parsed: parsed[index] as ParsedFiling, name, main, restated, unapplied, book });
    snapshot = next.snapshot;
    versions.push(next.version);
  });
  reportUnused(book);
  return versions;
}

// Each document as read; a statement's text with its Items made findable; the offer's own statement (the one its
// filings' form belongs to) as explicit markers when the folder does not hold its text.
function baseDocuments(input: OfferInput, form: string | null): Record<string, Root> {
  const documents: Record<string, Root> = {};
  for (const [name, file] of Object.entries(input.documents)) {
    const statement = statementNamed(name);
    documents[name] = statement ? statementTree(buildTree(file), statement) : buildTree(file);
  }
  const own = statementOfForm(form);
  if (!Object.keys(documents).some((name) => statementNamed(name) === own)) documents[own.name] = statementBase(own);
  return documents;
}

function firstExpiration(documents: Record<string, Root>, main: string): string | null {
  const tree = documents[main];
  return tree ? findExpiration(tree) : null;
}

// A target's own statement, when the offer's main document is one, states the board's recommendation to begin with.
function firstRecommendation(input: OfferInput, main: string): LifecycleContext['recommendation'] {
  const file = input.documents[main];
  if (!file || main.toLowerCase() !== 'schedule 14d-9') return null;
  const stated = readOfferEvents(filingText(file), 'Schedule 14D-9').filter((e) => e.kind === 'recommend');
  const last = stated[stated.length - 1];
  return last?.kind === 'recommend' ? last.recommendation : null;
}

function original(documents: Record<string, Root>, snapshot: LifecycleSnapshot, date: string | null): Version {
  return {
    number: 0,
    label: 'Original',
    date,
    file: null,
    documents,
    edits: [],
    affected: [],
    exhibits: [],
    restated: [],
    state: String(snapshot.value),
    context: snapshot.context,
    problems: [],
    instructions: 0,
  };
}

interface FilingStep {
  file: VFile;
  parsed: ParsedFiling;
  name: string;
  main: string;
  restated: Restatement[];
  /** Earlier filings' instructions not applied; this filing's are added. */
  unapplied: Unapplied[];
  book: DecisionBook;
}

function amend(previous: Version, before: LifecycleSnapshot, filing: FilingStep): { version: Version; snapshot: LifecycleSnapshot } {
  const number = previous.number + 1;
  const { parsed, file } = filing;
  const amendment = parsed.filing?.amendment ?? number;
  const ids = (action: string) => parsed.exhibits.filter((e) => e.action === action).map((e) => e.id);
  let snapshot = stepAmendment(before, file, parsed.filing?.amendmentSource ?? null, { type: 'filing.amend', amendment, restated: ids('restated'), added: ids('added') });
  const expiration = snapshot.context.expirations[snapshot.context.expirations.length - 1] ?? null;
  const stated = parsed.filing?.events ?? [];
  const result = stepFiling({
    documents: previous.documents,
    instructions: parsed.instructions,
    exhibits: parsed.exhibits,
    exhibitSources: parsed.exhibitSources,
    file,
    name: filing.name,
    amendment: number,
    expiration,
    main: filing.main,
    stated,
    paragraphs: parsed.paragraphs,
    unapplied: [...filing.unapplied],
    decisions: filing.book,
  });
  filing.unapplied.push(...result.unapplied);
  for (const event of result.events) snapshot = step(snapshot, event);
  const restated = applyRestatements(result.documents, filing.restated, number);
  if (parsed.filing?.final) snapshot = step(snapshot, { type: 'filing.final', results: parsed.filing.results });
  const label = amendmentName(amendment);
  const problems = filingProblems({ file, restated: filing.restated.map((r) => r.file), instructions: parsed.instructions, version: number, label });
  const version: Version = {
    number,
    label,
    date: parsed.filing?.date ?? null,
    file: filing.name,
    documents: restated.documents,
    edits: result.edits,
    affected: result.affected,
    exhibits: parsed.exhibits,
    restated: restated.restated,
    state: String(snapshot.value),
    context: snapshot.context,
    instructionNotes: instructionNotes(filing, number),
    problems,
    instructions: instructionCount(parsed.instructions, problems),
  };
  return { version, snapshot };
}

/** Each instruction of a filing with its own words, for a reviewer to read beside what it changed. */
function instructionNotes(filing: FilingStep, amendment: number): InstructionNote[] {
  const own = (source: Instruction['source']): string =>
    filing.parsed.paragraphs.find((p) => p.source.line === source.line && p.source.column === source.column)?.text ?? '';
  return filing.parsed.instructions.map((instruction) => ({
    amendment,
    file: filing.name,
    item: instruction.target.item,
    line: instruction.source.line,
    column: instruction.source.column,
    op: instruction.op,
    words: own(instruction.source).replace(/\s+/g, ' ').trim(),
  }));
}
