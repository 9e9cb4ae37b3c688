import type { Token } from './tokens.js';
import { ordinalWords } from './locator/ordinals.js';

// The words a locator is written in, for "did you mean": a near miss of one of them is most likely a typing slip.
const known = [
  'sentence', 'sentences', 'paragraph', 'paragraphs', 'subparagraph', 'section', 'sections', 'subsection', 'heading',
  'headings', 'subheading', 'caption', 'captions', 'page', 'pages', 'item', 'items', 'clause', 'exhibit', 'bullet',
  'question', 'entitled', 'captioned', 'following', 'preceding', 'immediately', 'beginning', 'replaced', 'replacing',
  'deleted', 'deleting', 'inserted', 'inserting', 'amended', 'supplemented', 'restated', 'entirety', 'hereby',
  'schedule', 'offer', 'purchase', 'exchange', 'under', 'after', 'before', 'words', 'reference', 'references',
  ...Object.keys(ordinalWords),
];

// Optimal string alignment distance, stopped early past `limit`.
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((rows[i - 1] as number[])[j] as number + 1, (row[j - 1] as number) + 1, ((rows[i - 1] as number[])[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((rows[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * The known locator word a word nearly spells ("sentance" -> "sentence"), or null.
 * @param word a word left over, lower case
 * @returns the word it most likely means
 */
export function nearMiss(word: string): string | null {
  if (word.length < 4 || known.includes(word)) return null;
  const limit = word.length >= 10 ? 2 : 1;
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    const d = distance(word, candidate, limit);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

// Runs of adjacent leftover tokens, spelled as written.
function runs(tokens: Token[], leftover: number[]): string[] {
  const spelled: string[] = [];
  let previous = -2;
  for (const index of leftover) {
    const token = tokens[index] as Token;
    const text = token.kind === 'quoted' ? `"${token.text}"` : token.text;
    if (index === previous + 1 && spelled.length > 0) spelled[spelled.length - 1] += ` ${text}`;
    else spelled.push(text);
    previous = index;
  }
  return spelled;
}

/**
 * Why an instruction with words left over is refused: the words, in backticks, and a suggestion for a near miss.
 * @param tokens the sentence's tokens
 * @param leftover the indices of the tokens no rule read
 * @returns one sentence for the diagnostic
 */
export function leftoverReason(tokens: Token[], leftover: number[]): string {
  const spelled = runs(tokens, leftover.slice(0, 200));
  const words = spelled.slice(0, 4).map((run) => `\`${run.length > 60 ? `${run.slice(0, 59)}…` : run}\``);
  const more = spelled.length > 4 ? ' and more' : '';
  // A long run of damaged words is reported by its start; a suggestion is looked for among its first words only.
  const misses = leftover.slice(0, 20).flatMap((index) => {
    const token = tokens[index] as Token;
    const miss = token.kind === 'word' ? nearMiss(token.lower) : null;
    return miss ? [`did you mean \`${miss}\` for \`${token.text}\`?`] : [];
  });
  const hint = misses.length > 0 ? ` (${misses.slice(0, 2).join('; ')})` : '';
  return `Expected every word of the instruction to be read, found ${words.join(', ')}${more} left over${hint}; nothing is applied`;
}
