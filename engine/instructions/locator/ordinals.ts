import { matchWords, type Token } from '../tokens.js';
import type { Ordinal } from '../../types.js';

/** A phrase the grammar recognised: its value and the index of the token after it. */
export interface Match<T> {
  value: T;
  next: number;
}

const ordinalNames = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth',
  'nineteenth', 'twentieth',
];
const cardinalNames = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];

/** Ordinal words by value: "first" 1 ... "twentieth" 20; words that count from the end are negative. */
export const ordinalWords: Readonly<Record<string, Ordinal>> = {
  ...Object.fromEntries(ordinalNames.map((name, index) => [name, index + 1])),
  last: -1,
  final: -1,
  penultimate: -2,
  antepenultimate: -3,
};

/** Cardinal words by value ("the first three"): "one" 1 ... "twenty" 20. */
export const cardinalWords: Readonly<Record<string, number>> = Object.fromEntries(
  cardinalNames.map((name, index) => [name, index + 1]),
);

// Ways of saying "counted from the end": "second to last", "third from the end", "second from last".
const fromEnd: readonly (readonly string[])[] = [
  ['to', 'last'], ['to', 'the', 'last'], ['from', 'last'], ['from', 'the', 'last'], ['from', 'the', 'end'],
];

/**
 * Read "from the end" (or "to last") written after the unit: "the third sentence from the end".
 * @param tokens the tokens
 * @param at where it may start
 * @returns the index after it, or -1
 */
export function readFromEnd(tokens: Token[], at: number): number {
  for (const words of fromEnd) {
    const next = matchWords(tokens, at, words);
    if (next > 0) return next;
  }
  return -1;
}

function plainOrdinal(token: Token | undefined): number | null {
  if (!token || token.kind === 'quoted') return null;
  const word = ordinalWords[token.lower];
  if (word !== undefined) return word;
  const numeric = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(token.lower);
  return numeric ? Number(numeric[1]) : null;
}

/**
 * Read one ordinal: "third", "3rd", "last", "final", "penultimate", "second to last", "next to last", "third from the end".
 * @param tokens the tokens
 * @param at where it may start
 * @returns the ordinal (negative counts from the end), or null
 */
export function readOrdinal(tokens: Token[], at: number): Match<Ordinal> | null {
  const nextToLast = matchWords(tokens, at, ['next', 'to', 'last']);
  if (nextToLast > 0) return { value: -2, next: nextToLast };
  const value = plainOrdinal(tokens[at]);
  if (value === null) return null;
  const fromEndNext = value > 0 ? readFromEnd(tokens, at + 1) : -1;
  if (fromEndNext > 0) return { value: -value, next: fromEndNext };
  return { value, next: at + 1 };
}

function range(from: Ordinal, to: Ordinal): Ordinal[] {
  if (Math.sign(from) !== Math.sign(to) || to < from) return [from, to];
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

const rangeWords = new Set(['through', 'thru', 'to', '-', '–']);
const listWords = new Set([',', 'and', 'or']);

// "the first three" / "the last two": an ordinal anchor and a count.
function counted(tokens: Token[], at: number, first: Match<Ordinal>): Match<Ordinal[]> | null {
  const count = cardinalWords[tokens[first.next]?.lower ?? ''];
  if (count === undefined || Math.abs(first.value) !== 1) return null;
  const values = first.value > 0 ? range(1, count) : range(-count, -1);
  return { value: values, next: first.next + 1 };
}

// After a list separator, skip a second one (", and") and read the next ordinal.
function listItem(tokens: Token[], at: number): Match<Ordinal> | null {
  let index = at;
  if (!listWords.has(tokens[index]?.lower ?? '')) return null;
  index++;
  if (listWords.has(tokens[index]?.lower ?? '')) index++;
  return readOrdinal(tokens, index);
}

// The index after the range end or list item that continues a list at `at`, or -1 when none does.
function listStep(tokens: Token[], at: number): number {
  if (rangeWords.has(tokens[at]?.lower ?? '')) return readOrdinal(tokens, at + 1)?.next ?? -1;
  return listItem(tokens, at)?.next ?? -1;
}

// Where a list continued at each index ends (plus one; 0 for not yet known), per token array. The locator tries
// its rules at every token, and reading to the end of a long list ("first, first, ...") from each of its items is
// quadratic; every index a walk passes ends where the walk ends, so each is walked once.
const listEnds = new WeakMap<readonly Token[], Int32Array>();

function continuedEnd(tokens: Token[], at: number): number {
  let known = listEnds.get(tokens);
  if (!known) listEnds.set(tokens, (known = new Int32Array(tokens.length + 1)));
  const passed: number[] = [];
  let next = at;
  while (!known[next]) {
    passed.push(next);
    const step = listStep(tokens, next);
    if (step < 0) break;
    next = step;
  }
  const end = known[next] ? (known[next] as number) - 1 : next;
  for (const index of passed) known[index] = end + 1;
  return end;
}

/**
 * Where the list of ordinals `readOrdinalList` would read from `at` ends, without reading its values.
 * @param tokens the tokens
 * @param at where it may start (after any article)
 * @returns the index after the list, or -1 when no ordinal is there
 */
export function ordinalListEnd(tokens: Token[], at: number): number {
  const first = readOrdinal(tokens, at);
  if (!first) return -1;
  return counted(tokens, at, first)?.next ?? continuedEnd(tokens, first.next);
}

/**
 * Read a list of ordinals: "second and third", "first, second and fourth", "first through third", "2nd-4th",
 * "the first three", "the last two", "second to last and last".
 * @param tokens the tokens
 * @param at where it may start (after any article)
 * @returns the ordinals in order, or null
 */
export function readOrdinalList(tokens: Token[], at: number): Match<Ordinal[]> | null {
  const first = readOrdinal(tokens, at);
  if (!first) return null;
  const count = counted(tokens, at, first);
  if (count) return count;
  const values: Ordinal[] = [first.value];
  let next = first.next;
  for (;;) {
    if (rangeWords.has(tokens[next]?.lower ?? '')) {
      const end = readOrdinal(tokens, next + 1);
      if (!end) break;
      values.push(...range(values.pop() as Ordinal, end.value));
      next = end.next;
      continue;
    }
    const item = listItem(tokens, next);
    if (!item) break;
    values.push(item.value);
    next = item.next;
  }
  return { value: values, next };
}
