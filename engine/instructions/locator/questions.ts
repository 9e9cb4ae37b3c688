import type { Rule } from './constituents.js';
import type { IdList } from './units.js';

/**
 * The headings a question unit names by number: "Question 23" -> "Question 23", "Questions 4 and 5" -> one each.
 * The resolver matches them to the question heading of that number ("Q23. WHAT HAPPENS ...?").
 * @param word the unit word as written ("question", "questions", "heading")
 * @param ids the ids after it, if any
 * @returns the headings, or none when the unit is not a question named by number
 */
export function questionHeadings(word: string, ids: IdList | null): string[] {
  if (!/^questions?$/.test(word) || !ids) return [];
  return ids.ids.filter((id) => /^\d{1,3}[A-Za-z]?$/.test(id)).map((id) => `Question ${id}`);
}

/** Rule: a question named by its label alone, "in Q23", kept as written for the heading. */
export const questionRule: Rule = (tokens, at) => {
  const token = tokens[at];
  if (token?.kind !== 'word' || !/^Q\d{1,3}[A-Z]?$/.test(token.text)) return null;
  return { value: { kind: 'caption', headings: [token.text] }, next: at + 1 };
};
