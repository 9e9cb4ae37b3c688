import type { VFile } from 'vfile';
import { error } from '../core/diagnostics.js';
import { placeOfPath } from '../core/json-place.js';
import { placeText, type ResolvedTarget } from '../resolve/describe.js';
import type { Decision, Root, SourcePoint } from '../types.js';

/** The decisions of `offer.json`, with which have been used, and the file they are reported on. */
export interface DecisionBook {
  decisions: Decision[];
  used: boolean[];
  /** `offer.json`, where a stale decision is reported; null when the offer was given without it. */
  manifest: VFile | null;
}

const norm = (text: string): string =>
  text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/…$|\.\.\.$/, '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The opening words that tell each candidate place apart: at least four words, more until no two candidates share them.
 * @param tree the document
 * @param candidates the places
 * @returns one opening per candidate, in order
 */
export function candidateOpenings(tree: Root, candidates: ResolvedTarget[]): string[] {
  const words = candidates.map((c) => placeText(tree, c).split(/\s+/).filter(Boolean));
  const longest = Math.max(4, ...words.map((w) => w.length));
  for (let n = 4; n <= longest; n++) {
    const openings = words.map((w) => w.slice(0, n).join(' '));
    if (new Set(openings.map(norm)).size === openings.length) return openings;
  }
  return words.map((w) => w.join(' '));
}

/**
 * The `decisions` entries that would settle an ambiguous instruction, one per candidate, ready to paste into `offer.json`.
 * @param file the filing's name as `offer.json` lists it
 * @param line the line the instruction starts on
 * @param openings each candidate's opening words
 * @returns the text to add to the message
 */
export function decisionHint(file: string, line: number, openings: string[]): string {
  const entries = openings.map((choose) => `{ "instruction": ${JSON.stringify(`${file}:${line}`)}, "choose": ${JSON.stringify(choose)} }`);
  return `to choose, add one of these to \`decisions\` in offer.json: ${entries.join(' or ')}`;
}

function names(decision: Decision, file: string, path: string): boolean {
  const at = decision.instruction.lastIndexOf(':');
  const named = decision.instruction.slice(0, at);
  return at > 0 && (named === file || path === named || path.endsWith(`/${named}`));
}

/**
 * The place a person chose for an ambiguous instruction, or null when no decision names it. A decision whose words
 * fit no candidate, or several, is a `stale-decision` error (and nothing is chosen).
 * @param book the offer's decisions
 * @param at the instruction: its filing's name and path, and where it starts
 * @param tree the document
 * @param candidates the places it may mean
 * @returns the place chosen, or null
 */
export function decide(book: DecisionBook, at: { file: string; path: string; source: SourcePoint }, tree: Root, candidates: ResolvedTarget[]): ResolvedTarget | null {
  const index = book.decisions.findIndex((d) => names(d, at.file, at.path) && Number(d.instruction.slice(d.instruction.lastIndexOf(':') + 1)) === at.source.line);
  const decision = book.decisions[index];
  if (!decision) return null;
  book.used[index] = true;
  const wanted = norm(decision.choose);
  const fits = candidates.filter((c) => wanted.length > 0 && norm(placeText(tree, c)).startsWith(wanted));
  if (fits.length === 1) return fits[0] ?? null;
  const found = fits.length === 0 ? 'no candidate' : `${fits.length} candidates`;
  staleDecision(book, index, `Expected \`decisions[${index}].choose\` (\`${decision.choose}\`) to open exactly one of the places \`${decision.instruction}\` may mean, found ${found}`);
  return null;
}

/**
 * Report every decision no ambiguous instruction used: it names no instruction, or one that is not ambiguous.
 * @param book the offer's decisions, after every filing
 */
export function reportUnused(book: DecisionBook): void {
  book.decisions.forEach((decision, index) => {
    if (book.used[index]) return;
    staleDecision(book, index, `Expected \`decisions[${index}].instruction\` (\`${decision.instruction}\`) to name where an ambiguous instruction starts, found none`);
  });
}

function staleDecision(book: DecisionBook, index: number, reason: string): void {
  if (!book.manifest) throw new Error(`offer.json is needed to report a stale decision: ${reason}`);
  error(book.manifest, reason, placeOfPath(String(book.manifest.value), ['decisions', index]), 'stale-decision');
}
