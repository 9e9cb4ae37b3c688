/** A defined term and the phrase it stands for. */
export interface DefinedTerm {
  term: string;
  definition: string;
}

// `(the "TTI Plan")`, `("Schedule TO")`, `(as so amended, the "Schedule TO")`, `(each, an “Option”)`.
const definitionMark = /\((?:[^()"“”]{0,60}?,\s*)?(?:(?:the|this|an?|each|our|collectively)\s+)?["“]([^"“”]{1,80})["”]\)/g;
// Qualifiers between a name and its definition: ", dated October 16, 2002", ", as amended".
const qualifiers = [/,?\s*dated\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\s*$/, /,?\s*as\s+amended(?:\s+and\s+restated)?\s*$/];
const determiners = new Set(['the', 'a', 'an', 'our', 'its', 'their', 'this', 'such', 'each', 'any', 'your', 'his', 'her']);
const abbreviations = new Set(['inc.', 'co.', 'corp.', 'ltd.', 'no.', 'l.p.', 'n.a.', 's.a.', 'u.s.', 'p.m.', 'a.m.']);
const leadingPrepositions = /^(?:(?:by|with|from|under|to|for|in|on|of|at|among|between)\s+)+/;
const suffixes = /^(?:inc|ltd|llc|l\.?p|corp|co|n\.?a|s\.?a|plc|gmbh|ag)\.?,?$/i;

// Where the phrase before a definition mark begins, walking back word by word: at a determiner, a sentence end,
// an opening bracket or a comma (a company's ", Inc." and an appositive ", a Delaware corporation" excepted).
function phraseStart(words: string[]): number {
  let start = words.length;
  for (let k = words.length - 1; k >= 0 && words.length - k <= 20; k--) {
    const word = words[k] as string;
    const previous = words[k - 1] ?? '';
    if (determiners.has(word.toLowerCase())) {
      // "Sonus Networks, Inc., a Delaware corporation": the name is before the appositive.
      if ((word === 'a' || word === 'an') && previous.endsWith(',') && start < words.length) {
        words[k - 1] = previous.slice(0, -1);
        start = k - 1;
        words.splice(k, words.length - k);
        continue;
      }
      return start;
    }
    if (/^[(["“]/.test(word) && !/^\([a-z0-9]{1,4}\)/i.test(word)) return start;
    // A participle ("filed", "granted", "regarding") begins the clause before the name.
    if (/^[a-z]+(?:ed|ing)$/.test(word)) return start;
    start = k;
    if (/[;:]$/.test(previous) || (previous.endsWith('.') && !abbreviations.has(previous.toLowerCase()))) return start;
    if (previous.endsWith(',') && !suffixes.test(word)) return start;
  }
  return start;
}

function definitionBefore(text: string, end: number): string {
  let before = text.slice(Math.max(0, end - 400), end).trimEnd();
  for (const qualifier of qualifiers) before = before.replace(qualifier, '');
  const words = before.split(/\s+/).filter(Boolean);
  const start = phraseStart(words);
  // A definition never opens with a preposition: "filed by Sonus ..." defines "Sonus ...".
  return words.slice(start).join(' ').replace(/,$/, '').replace(leadingPrepositions, '');
}

/**
 * Find the defined terms of a text: each `Name ... (the "Term")` with the phrase it defines, in order.
 * Parenthesised captions such as `Section 1 ("Number of Options; Expiration Date")` are not definitions.
 * @param text any text (whitespace is collapsed in definitions)
 * @returns each term and its definition
 */
export function definedTerms(text: string): DefinedTerm[] {
  const found: DefinedTerm[] = [];
  for (const match of text.matchAll(definitionMark)) {
    const term = (match[1] ?? '').replace(/\s+/g, ' ').trim();
    if (term.includes(';') || term.split(' ').length > 8) continue;
    const definition = definitionBefore(text, match.index ?? 0);
    if (/[A-Za-z]/.test(definition) && definition !== term) found.push({ term, definition });
  }
  return found;
}
