import { definedTerms } from '../lexicon/defined-terms.js';
import { blockText } from '../core/nodes.js';
import type { AffectedSentence, Root } from '../types.js';

const norm = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Every name a withdrawn plan goes by: the plan as named, the terms the withdrawal instruction defines (the plan,
 * related agreements) with the names they stand for, and terms the document defines by one of those.
 * @param plan the plan as the instruction names it ("TTI Plan")
 * @param instruction the withdrawal instruction's text
 * @param document the document's text
 * @param siblings the other plans the same instruction withdraws, whose names are left to them
 * @returns the aliases, longest first, without duplicates
 */
export function planAliases(plan: string, instruction: string, document: string, siblings: string[] = []): string[] {
  const names = [plan];
  // A term the instruction defines for another plan it withdraws is that plan's name, not this one's.
  const others = siblings.map(norm).filter((other) => other !== norm(plan));
  const ofSibling = (text: string): boolean => others.some((other) => norm(text).includes(other) || other.includes(norm(text)));
  for (const { term, definition } of definedTerms(instruction)) if (!ofSibling(term) && !ofSibling(definition)) names.push(term, definition);
  for (const { term, definition } of definedTerms(document)) {
    if (names.some((name) => norm(definition).includes(norm(name)))) names.push(term);
  }
  const unique = [...new Map(names.map((name) => [norm(name), name.replace(/\s+/g, ' ').trim()])).values()];
  return unique.sort((a, b) => b.length - a.length);
}

/** A name longer than this is a passage a damaged filing put in quotes, not a name a sentence mentions. */
const maxAliasLength = 300;

/** One expression per alias, built once: a whole-word match on the normalised text. */
function matchers(aliases: string[]): RegExp[] {
  return aliases.filter((alias) => alias.length <= maxAliasLength).map((alias) => new RegExp(`(?<![a-z0-9])${escape(norm(alias))}(?![a-z0-9])`));
}

function mentions(text: string, patterns: RegExp[]): boolean {
  const flat = norm(text);
  return patterns.some((pattern) => pattern.test(flat));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * List every sentence (and heading) that mentions a withdrawn plan or one of its aliases, for review.
 * A heading, table or marker counts as one sentence, numbered 0.
 * @param tree the document
 * @param document its name
 * @param plan the plan withdrawn
 * @param aliases every name it goes by
 * @returns the affected sentences in document order
 */
export function affectedSentences(tree: Root, document: string, plan: string, aliases: string[]): AffectedSentence[] {
  const patterns = matchers(aliases);
  return tree.children.flatMap((node, block) => {
    if (node.type !== 'paragraph') {
      return mentions(node.value, patterns) ? [{ document, plan, block, sentence: 0, page: node.page, text: blockText(node) }] : [];
    }
    return node.children.flatMap((s, sentence) =>
      mentions(s.value, patterns) || (sentence === 0 && node.runIn !== null && mentions(node.runIn, patterns))
        ? [{ document, plan, block, sentence, page: s.page, text: s.value }]
        : [],
    );
  });
}
