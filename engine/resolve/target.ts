import { blockContexts, type BlockContext } from '../read/context.js';
import { hasPrintedPages } from '../read/printed-pages.js';
import { describeCandidate, describeTarget, targetKey, type ResolvedTarget } from './describe.js';
import { fullOrdinal } from '../core/full-paragraphs.js';
import { findHeadings, type HeadingMatch } from './headings.js';
import { blockPages, hasLabel, onPage, pageParagraphs, paragraphsOf, sectionBlocks, type CountScope } from './scopes.js';
import { pickUnits } from './units.js';
import { pickRun } from './runs.js';
import { locateByWords } from './located.js';
import type { Root, Target } from '../types.js';

export type { ResolvedTarget } from './describe.js';

/** The outcome of resolving a locator: one place, or a message saying why not. */
export type Resolution =
  | { ok: true; target: ResolvedTarget }
  | { ok: false; ruleId: 'unresolved-target' | 'ambiguous-target' | 'ambiguous-boundary'; reason: string; candidates?: ResolvedTarget[] };

/** Everything resolution looks at for one locator. */
interface Env {
  target: Target;
  tree: Root;
  contexts: BlockContext[];
  headings: HeadingMatch[];
  /** True when words locate the passage: pages alone then name a region to search. */
  wordsOnPages?: boolean;
}

/** A place some reading of the locator gives, and why it fails a constraint (null when it passes). */
interface Candidate {
  found: ResolvedTarget;
  problem: string | null;
  /** An uncertain sentence boundary the count depends on, quoted. */
  unsure: string | null;
}

/**
 * Resolve a locator against a document: count its ordinals within each plausible scope (the page, the
 * heading, the section), check every named constraint, and succeed only when exactly one place passes.
 * @param target the instruction's target (for the Schedule TO, its item given as `section`)
 * @param tree the document as it stands before the amendment
 * @param contexts the blocks' contexts, when already computed
 * @returns the place, or an `unresolved-target` / `ambiguous-target` / `ambiguous-boundary` reason
 */
export function resolveTarget(target: Target, tree: Root, contexts: BlockContext[] = blockContexts(tree)): Resolution {
  const env: Env = { target, tree, contexts, headings: target.heading ? findHeadings(tree, target.heading) : [] };
  const missing = missingAnchor(env);
  if (missing) return { ok: false, ruleId: 'unresolved-target', reason: `Cannot find ${describeTarget(target)}: ${missing}` };
  if (target.match) return resolveByWords(env);
  return decide(env, candidatesOf(env));
}

// A passage located by its words is sought within every place the rest of the locator could mean (the whole
// document when it names none): the words themselves may tell two such places apart.
function resolveByWords(env: Env): Resolution {
  const { target } = env;
  const region: Target = { ...target, match: null, scope: target.sentences.length > 0 ? 'sentence' : 'section' };
  const regionEnv: Env = { ...env, target: region, wordsOnPages: true };
  const candidates = candidatesOf(regionEnv);
  const passing = unique(candidates.filter((c) => c.problem === null));
  if (passing.length === 0 || passing.some((c) => c.unsure)) {
    const failed = decide(regionEnv, passing.length === 0 ? candidates : passing.filter((c) => c.unsure));
    if (!failed.ok) return { ...failed, reason: failed.reason.replace(describeTarget(region), describeTarget(target)) };
  }
  return locateByWords(env.tree, passing.map((c) => c.found), target, describeTarget(target));
}

function missingAnchor(env: Env): string | null {
  const { target } = env;
  if (target.heading && env.headings.length === 0) return `no heading reads \`${target.heading}\``;
  if (target.section && sectionBlocks(env.contexts, target.section).length === 0) return `there is no section \`${target.section}\``;
  if (target.pages.length > 0 && !hasPrintedPages(env.tree)) return `the document has no printed page numbers; page ${target.pages.map((p) => `\`${p}\``).join(', ')} cannot be checked`;
  return null;
}

function candidatesOf(env: Env): Candidate[] {
  const { paragraph, sentences, paragraphs } = env.target;
  if (paragraph !== null) return paragraphBlocks(env).map((block) => selectIn(env, [block]));
  if (paragraphs.length > 0) return runsOf(env);
  if (sentences.length > 0) return sentenceScopes(env).filter((blocks) => blocks.length > 0).map((blocks) => selectIn(env, blocks));
  if (env.target.scope === 'paragraph' && env.headings.length > 0) return captioned(env).map((block) => selectIn(env, [block]));
  return blockRanges(env);
}

function selectIn(env: Env, blocks: number[]): Candidate {
  const picked = pickUnits(env.tree, blocks, env.target.sentences);
  if ('found' in picked) return check(env, picked.found, picked.unsure);
  const first = blocks[0] ?? 0;
  return { found: { blocks: [first, first], sentences: null }, problem: picked.problem, unsure: null };
}

/**
 * Count scopes for a paragraph ordinal: the page when one page is named, each heading's scope, the section, else
 * the document. "On pages 30 and 31" says where the unit lies (a check), not a page to count on.
 */
function countScopes(env: Env): CountScope[] {
  const { target, tree, contexts } = env;
  const [only] = target.pages.length === 1 ? target.pages : [];
  const scopes: CountScope[] = only === undefined ? [] : [{ label: `page ${only}`, blocks: pageParagraphs(tree, only) }];
  for (const match of env.headings) scopes.push({ label: `heading ${match.index}`, blocks: paragraphsOf(tree, match.scope) });
  if (target.section) scopes.push({ label: `section ${target.section}`, blocks: paragraphsOf(tree, sectionBlocks(contexts, target.section)) });
  if (scopes.length === 0) scopes.push({ label: 'document', blocks: paragraphsOf(tree, tree.children.map((_, i) => i)) });
  return scopes;
}

function paragraphBlocks(env: Env): number[] {
  const { paragraph, pages } = env.target;
  const full = fullOrdinal(paragraph);
  if (full !== null) return pages.map((page) => pick(pageParagraphs(env.tree, page), full)).filter(isIndex);
  const scopes = countScopes(env);
  if (typeof paragraph === 'string') return scopes.flatMap((s) => s.blocks.filter((b) => hasLabel(env.tree.children[b], paragraph)));
  return scopes.map((s) => pick(s.blocks, paragraph as number)).filter(isIndex);
}

// "The second and third paragraphs": the run counted in each scope, as one place; sentences of a run are not counted.
function runsOf(env: Env): Candidate[] {
  return countScopes(env).map((scope) => {
    const picked = pickRun(env.tree, scope.blocks, env.target.paragraphs);
    const first = scope.blocks[0] ?? 0;
    if ('problem' in picked) return { found: { blocks: [first, first], sentences: null }, problem: picked.problem, unsure: null };
    if (env.target.sentences.length > 0) return { found: picked.found, problem: 'is a run of paragraphs, whose sentences are not counted together', unsure: null };
    return check(env, picked.found, null);
  });
}

// The block an ordinal names in a list (negative from the end).
function pick(blocks: number[], ordinal: number): number | undefined {
  return blocks[ordinal > 0 ? ordinal - 1 : blocks.length + ordinal];
}

// Sentences named without a paragraph ("the fifth sentence after the bold heading"): counted in the heading's
// first paragraph, and (for forward counts, or under a standalone heading) across the paragraphs after it.
function sentenceScopes(env: Env): number[][] {
  const forward = env.target.sentences.every((o) => o > 0);
  const scopes: number[][] = [];
  for (const match of env.headings) {
    const paragraphs = paragraphsOf(env.tree, match.scope);
    if (paragraphs[0] !== undefined) scopes.push([paragraphs[0]]);
    if (forward || match.kind === 'heading') scopes.push(paragraphs);
  }
  if (env.headings.length === 0) scopes.push(...countScopes(env).map((s) => s.blocks));
  return scopes;
}

// "The paragraph captioned X": the paragraph a run-in heading opens, or each paragraph standing directly under
// a heading (before any sub-heading); more than one is ambiguous.
function captioned(env: Env): number[] {
  return env.headings.flatMap((match) => {
    if (match.kind === 'runIn') return [match.index];
    const direct = match.scope.slice(0, indexOrEnd(match.scope.findIndex((i) => env.tree.children[i]?.type === 'heading'), match.scope.length));
    return paragraphsOf(env.tree, direct);
  });
}

function indexOrEnd(index: number, length: number): number {
  return index < 0 ? length : index;
}

// Whole units: a heading with what it governs (only what it governs, for a body), a section, or the whole document;
// where words locate the passage, the blocks on the pages named.
function blockRanges(env: Env): Candidate[] {
  const { target, tree, contexts } = env;
  const body = target.scope === 'body';
  const range = (blocks: number[]): Candidate => {
    const found: ResolvedTarget = { blocks: [blocks[0] ?? 0, blocks[blocks.length - 1] ?? 0], sentences: null };
    return blocks.length === 0 ? { found, problem: 'has nothing under its heading', unsure: null } : check(env, found, null);
  };
  if (env.headings.length > 0) {
    return env.headings.map((m) => (body && m.kind === 'runIn' ? { ...range([m.index]), problem: 'is a run-in heading, with no body of its own' } : range(body ? m.scope : [m.index, ...m.scope])));
  }
  if (target.section) {
    const blocks = sectionBlocks(contexts, target.section);
    return [range(body && tree.children[blocks[0] ?? -1]?.type === 'heading' ? blocks.slice(1) : blocks)];
  }
  if (tree.children.length === 0 || (target.pages.length > 0 && !env.wordsOnPages)) return [];
  const all = tree.children.map((_, i) => i);
  if (target.pages.length === 0) return [range(all)];
  return target.pages.map((page) => range(all.filter((i) => onPage(tree, i, page))));
}

function check(env: Env, found: ResolvedTarget, unsure: string | null): Candidate {
  const { target, tree, contexts } = env;
  const first = found.blocks[0];
  const pages = blockPages(tree.children[first]);
  let problem: string | null = null;
  if (target.pages.length > 0 && !target.pages.some((p) => onPage(tree, first, p))) problem = `lies on ${pages.length ? `page \`${pages.join('`, `')}\`` : 'no printed page'}`;
  else if (target.section && contexts[first]?.section !== target.section) problem = `is in section \`${contexts[first]?.section ?? 'none'}\``;
  else if (target.heading && !env.headings.some((m) => m.index === first || m.scope.includes(first))) problem = `is not under \`${target.heading}\``;
  return { found, problem, unsure };
}

function decide(env: Env, candidates: Candidate[]): Resolution {
  const passing = unique(candidates.filter((c) => c.problem === null));
  const what = describeTarget(env.target);
  const only = passing[0];
  if (passing.length === 1 && only) {
    if (only.unsure) return { ok: false, ruleId: 'ambiguous-boundary', reason: `Cannot count ${what}: the sentence boundary after \`${only.unsure}\` is uncertain` };
    return { ok: true, target: only.found };
  }
  if (passing.length > 1) {
    const places = passing.map((c) => describeCandidate(env.tree, c.found)).join('; ');
    return { ok: false, ruleId: 'ambiguous-target', reason: `Ambiguous target: ${what} matches ${passing.length} places: ${places}`, candidates: passing.map((c) => c.found) };
  }
  const reasons = unique(candidates).slice(0, 3).map((c) => `${describeCandidate(env.tree, c.found)} ${c.problem}`);
  const detail = reasons.length > 0 ? `: ${reasons.join('; ')}` : '';
  return { ok: false, ruleId: 'unresolved-target', reason: `Cannot find ${what}${detail}` };
}

function unique(candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => {
    const key = `${targetKey(c.found)}|${c.problem ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isIndex(value: number | undefined): value is number {
  return value !== undefined;
}
