/** What a token of an instruction sentence is. */
export type TokenKind = 'word' | 'number' | 'label' | 'quoted' | 'punct';

/**
 * One token of an instruction sentence. `text` is the token as written (for `quoted`, the inner text with its
 * whitespace collapsed and the outer quotes removed); `lower` is `text` in lower case for matching;
 * `start`/`end` are offsets into the tokenised string (end exclusive; a quotation's span includes its quotes).
 */
export interface Token {
  kind: TokenKind;
  text: string;
  lower: string;
  start: number;
  end: number;
  /** For `quoted`: whether its closing quote was found. */
  closed?: boolean;
}

// An enumeration label standing alone: "(b)", "(a)(5)", "(a)(1)(N)(ii)".
const labelRe = /\((?:[A-Za-z]{1,4}|\d{1,3})\)(?:\((?:[A-Za-z]{1,4}|\d{1,3})\))*(?![\w(])/y;
// A word or number, with inner apostrophes, hyphens and dots ("14D-9", "company's", "10.2") and a label suffix ("4(a)").
const wordRe = /[A-Za-z0-9]+(?:['’.\-][A-Za-z0-9]+)*(?:\((?:[A-Za-z]{1,4}|\d{1,3})\))*/y;
const spaceRe = /\s+/y;

const closers: Record<string, string> = { '"': '"', '“': '”', '‘': '’' };

function readQuote(text: string, at: number): Token {
  const open = text[at] as string;
  const close = closers[open] as string;
  let depth = 1;
  let index = at + 1;
  for (; index < text.length && depth > 0; index++) {
    const char = text[index];
    // Curly quotes nest; a straight quote cannot be told from its partner, so it always closes.
    if (char === close) depth--;
    else if (char === open && open !== close) depth++;
  }
  const closed = depth === 0;
  const inner = text.slice(at + 1, closed ? index - 1 : index).replace(/\s+/g, ' ').trim();
  return { kind: 'quoted', text: inner, lower: inner.toLowerCase(), start: at, end: index, closed };
}

function sticky(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  return re.exec(text)?.[0] ?? null;
}

function simple(kind: TokenKind, text: string, start: number): Token {
  return { kind, text, lower: text.toLowerCase(), start, end: start + text.length };
}

// "1-12" and "30-31" are ranges: split them so that list rules see "1", "-", "12".
function splitRange(word: string, at: number): Token[] {
  const match = /^(\d+)-(\d+)$/.exec(word);
  if (!match) return [simple(/^\d+$/.test(word) ? 'number' : 'word', word, at)];
  const [, from = '', to = ''] = match;
  return [simple('number', from, at), simple('punct', '-', at + from.length), simple('number', to, at + from.length + 1)];
}

function tokenAt(text: string, at: number): Token[] {
  const char = text[at] as string;
  if (char in closers) return [readQuote(text, at)];
  const label = sticky(labelRe, text, at);
  if (label) return [simple('label', label, at)];
  const word = sticky(wordRe, text, at);
  if (word) return splitRange(word, at);
  return [simple('punct', char, at)];
}

/**
 * Split an instruction sentence into words, numbers, enumeration labels, quotations and punctuation, with offsets.
 * @param text the sentence (or paragraph) text
 * @returns its tokens in order
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const space = sticky(spaceRe, text, at);
    if (space) {
      at += space.length;
      continue;
    }
    const next = tokenAt(text, at);
    tokens.push(...next);
    at = (next[next.length - 1] as Token).end;
  }
  return tokens;
}

/**
 * Whether the tokens from `at` spell the given lower-case words in order (punctuation counts as a word).
 * @param tokens the tokens
 * @param at where to start
 * @param words the words, lower case
 * @returns the index after the match, or -1
 */
export function matchWords(tokens: Token[], at: number, words: readonly string[]): number {
  for (let k = 0; k < words.length; k++) {
    if (tokens[at + k]?.lower !== words[k] || tokens[at + k]?.kind === 'quoted') return -1;
  }
  return at + words.length;
}

const skippable = (token: Token | undefined, words: ReadonlySet<string>): boolean =>
  token !== undefined && token.kind !== 'quoted' && words.has(token.lower);

// Where each run of skippable tokens ends (plus one; 0 for not yet known), per word set and token array. The
// locator tries its rules at every token, and a long run ("- - - ...") would otherwise be walked again from each of
// its tokens. Only a long walk starts the record, so short sentences allocate nothing. Word sets are module constants
// and token arrays are not changed once tokenised.
const runEnds = new WeakMap<ReadonlySet<string>, WeakMap<readonly Token[], Int32Array>>();
const rememberFrom = 16;

function rememberRuns(tokens: readonly Token[], words: ReadonlySet<string>): Int32Array {
  const byTokens = runEnds.get(words) ?? new WeakMap<readonly Token[], Int32Array>();
  const ends = new Int32Array(tokens.length + 1);
  runEnds.set(words, byTokens.set(tokens, ends));
  return ends;
}

/**
 * Skip any of the given lower-case words (e.g. articles) from `at`.
 * @param tokens the tokens
 * @param at where to start
 * @param words words that may be skipped (a module constant: runs are remembered per set)
 * @returns the index of the first token not skipped
 */
export function skipWords(tokens: Token[], at: number, words: ReadonlySet<string>): number {
  const known = runEnds.get(words)?.get(tokens);
  let index = at;
  while (!known?.[index] && skippable(tokens[index], words)) index++;
  const end = known?.[index] ? (known[index] as number) - 1 : index;
  if (known || index - at >= rememberFrom) (known ?? rememberRuns(tokens, words)).fill(end + 1, at, index + 1);
  return end;
}
