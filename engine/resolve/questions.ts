import type { Heading } from '../types.js';

// "Question 23", "question 9A", "Q23": a question named by its number alone.
const reference = /^\s*(?:question|q)\s*(\d{1,3}[a-z]?)\s*$/i;
// "Q23. WHAT HAPPENS ...", "Question 24: May I ...": the number a question heading opens with, taken whole, so
// that Q2 is not read as the start of Q23.
const label = /^\s*(?:question\s+|q)(\d{1,3}[a-z]?)(?![a-z0-9])/i;

/**
 * The number of the question a locator names by number alone ("Question 23", "Q23"), upper case.
 * @param named the heading as the locator gives it
 * @returns the number ("23", "9A"), or null when the locator names a heading by its words
 */
export function questionReference(named: string): string | null {
  return reference.exec(named)?.[1]?.toUpperCase() ?? null;
}

/**
 * The number of the question a heading (or run-in caption) opens with: its `number` ("Q23") where the tree
 * builder gave one, else the label its text opens with.
 * @param text the heading's or caption's text
 * @param number the heading's number, if any
 * @returns the number ("23"), or null when it is not a numbered question
 */
export function questionNumber(text: string, number: string | null = null): string | null {
  return label.exec(number ?? text)?.[1]?.toUpperCase() ?? null;
}

/**
 * Whether a heading block is the question a locator names by number.
 * @param node the heading
 * @param wanted the number from `questionReference`
 * @returns true when its number is the same, whole
 */
export function isQuestion(node: Heading, wanted: string): boolean {
  return questionNumber(node.value, node.number !== null && /^q\d/i.test(node.number) ? node.number : null) === wanted;
}
