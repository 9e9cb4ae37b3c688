import type { Token } from '../tokens.js';
import { cleanHeading } from './phrases.js';
import type { Rule } from './constituents.js';
import { readIds } from './units.js';

/**
 * Rule: a parenthesis. After a number it may give the title of what the number names, `Section 3 ("Procedures
 * for Tendering Shares")`, a caption; any other, `(the "TTI Plan")`, is a definition and never a locator.
 */
export const parentheticalRule: Rule = (tokens, at) => {
  if (tokens[at]?.text !== '(') return null;
  const title = tokens[at + 1];
  if (tokens[at - 1]?.kind === 'number' && title?.kind === 'quoted' && tokens[at + 2]?.text === ')') {
    return { value: { kind: 'caption', headings: [cleanHeading(title.text)] }, next: at + 3 };
  }
  const close = closingParens(tokens)[at] ?? -1;
  return close < 0 ? null : { value: { kind: 'skip' }, next: close + 1 };
};

// The index of the `)` closing each `(` (-1 when none does), found in one pass and kept per token array: the scan
// tries this rule at every token, and looking for the close from each `(` of a long unclosed run is quadratic.
const closes = new WeakMap<readonly Token[], Int32Array>();

function closingParens(tokens: readonly Token[]): Int32Array {
  const known = closes.get(tokens);
  if (known) return known;
  const found = new Int32Array(tokens.length).fill(-1);
  const open: number[] = [];
  tokens.forEach((token, index) => {
    if (token.text === '(') open.push(index);
    else if (token.text === ')' && open.length > 0) found[open.pop() as number] = index;
  });
  closes.set(tokens, found);
  return found;
}

/** Rule: "which was previously incorporated by reference into the Schedule TO" up to the next comma or colon. */
export const incorporatedRule: Rule = (tokens, at) => {
  if (!['which', 'that', 'as'].includes(tokens[at]?.lower ?? '')) return null;
  const rest = clauseRests(tokens);
  return rest.incorporated[at] ? { value: { kind: 'skip' }, next: rest.end[at] as number } : null;
};

/** For each token: where its clause ends, and whether the clause from it on speaks of incorporation. */
interface ClauseRests {
  end: Int32Array;
  incorporated: Uint8Array;
}

const clauseStops = new Set([',', ';', ':', '.']);

// Found in one pass from the last token and kept per token array: the scan tries `incorporatedRule` at every token,
// and reading to the clause end from each of a long run of "that" is quadratic.
const rests = new WeakMap<readonly Token[], ClauseRests>();

function clauseRests(tokens: readonly Token[]): ClauseRests {
  const known = rests.get(tokens);
  if (known) return known;
  const found: ClauseRests = { end: new Int32Array(tokens.length), incorporated: new Uint8Array(tokens.length) };
  let end = tokens.length;
  let incorporat = false;
  let previously = false;
  let filed = false;
  for (let index = tokens.length - 1; index >= 0; index--) {
    const { text, lower } = tokens[index] as Token;
    if (clauseStops.has(text)) {
      end = index;
      incorporat = previously = filed = false;
    } else {
      incorporat ||= lower.startsWith('incorporat');
      previously ||= lower === 'previously';
      filed ||= lower === 'filed';
    }
    found.end[index] = end;
    found.incorporated[index] = incorporat || (previously && filed) ? 1 : 0;
  }
  rests.set(tokens, found);
  return found;
}

const pageLeads = new Set(['beginning', 'starting', 'commencing', 'appearing', 'located', 'found', 'which', 'begins', 'starts', 'appears', 'is', 'on', 'at', 'see']);

/**
 * Rule: a page named in a parenthesis, "(beginning on page 58)", "(on page i)", "(page 12)": the page the passage
 * or heading stands on.
 */
export const pageAsideRule: Rule = (tokens, at) => {
  if (tokens[at]?.text !== '(') return null;
  let index = at + 1;
  while (pageLeads.has(tokens[index]?.lower ?? '') && tokens[index]?.kind === 'word') index++;
  if (!['page', 'pages'].includes(tokens[index]?.lower ?? '')) return null;
  const ids = readIds(tokens, index + 1, true);
  if (!ids || tokens[ids.next]?.text !== ')') return null;
  return { value: { kind: 'unit', unit: 'page', ordinals: [], full: false, ids: ids.value, headings: [], match: null }, next: ids.next + 1 };
};
