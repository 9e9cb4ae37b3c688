import type { VFile } from 'vfile';
import { findDates, type FoundDate } from './dates.js';
import { warn } from './diagnostics.js';
import { cleanLine, readFeeTable } from './fee-table.js';
import type { Filing, PriorAmendment, SourcePoint } from './types.js';

/** How a cover value's line is normalised; `first` is false for continuation lines. */
type Normalise = (line: string, first: boolean) => string;

/** A value read from a filing and the offset where it was found. */
interface Hit<T> {
  value: T;
  index: number;
}

const formSource = String.raw`SCHEDULE\s+(?<code>TO(?:-[ITC])?|14D-?9|13E-?[34])(?<slash>\s*\/\s*A)?(?![\w-])`;
const formLine = new RegExp(String.raw`^[ \t#*_>]*${formSource}[ \t*_]*$`, 'im');
const formAnywhere = new RegExp(formSource, 'i');

const numberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const numberSource = String.raw`\d+|${numberWords.slice(1).join('|')}`;
const coverAmendment = new RegExp(String.raw`\bAmendment\s+No\.?\s*(?<n>${numberSource})\b`, 'i');
// Each optional bracket takes the blanks beside it: `[ \t]*` next to `[ \t#*_>]*` with only an optional `(` between
// would try every split of a long run of blanks.
const amendmentLine = new RegExp(String.raw`^[ \t#*_>]*(?:[(\[][ \t]*)?Amendment\s+No\.?\s*(?<n>${numberSource})(?:[ \t]*[)\]])?[ \t*_]*$`, 'im');
const introAmendments = [
  new RegExp(String.raw`\bThis\s+Amendment\s+No\.?\s*(?<n>${numberSource})\b`, 'gi'),
  new RegExp(String.raw`\bAmendment\s+No\.?\s*(?<n>${numberSource})\s+to\s+(?:the\s+|this\s+)?(?:Tender\s+Offer\s+Statement\s+on\s+)?Schedule\b`, 'gi'),
];

const labels = {
  subject: /\(\s*Names?\s+of\s+Subject\s+Compan(?:y|ies)\b/i,
  filer: /\(\s*Names?\s+of\s+(?:Filing\s+Persons?|Persons?(?:\s*\(s\))?\s+Filing)\b/i,
  securities: /\(\s*Titles?\s+of\s+Class(?:es)?\s+of\s+Securities\b/i,
  cusip: /\(\s*CUSIP\s+Numbers?\b/i,
};

const sec = String.raw`(?:the\s+)?(?:U\.S\.\s+)?(?:Securities\s+and\s+Exchange\s+Commission|SEC|Commission)(?:\s*\([^)]{0,40}\))?`;
// Clause text may hold "Inc." or "(the "Company")" but no sentence end.
const clause = String.raw`(?:[^.;]|\.(?=\S))`;
const originalFiled = [
  new RegExp(String.raw`\bfiled\b${clause}{0,200}?\bwith\s+${sec},?\s+on\s+`, 'gi'),
  new RegExp(String.raw`\b(?:originally|initially)\s+filed\b${clause}{0,120}?\bon\s+`, 'gi'),
];
const priorNamed = new RegExp(String.raw`\bAmendments?\s+Nos?\.?\s*(?<n>\d+(?:(?:,\s*|,?\s+and\s+)\d+)*)`, 'gi');
const priorTail = new RegExp(String.raw`^(?:\s+thereto)?(?:\s+to\s+(?:the\s+)?Schedule\s+\S+)?(?:\s*\([^)]{0,60}\))?,?\s+(?:that\s+was\s+|as\s+)?(?:filed|dated)\b(?:\s+with\s+${sec})?,?\s+(?:on\s+)?$`, 'i');
const abbreviations = new Set(['no', 'nos', 'inc', 'co', 'corp', 'ltd', 'mr', 'ms', 'dr', 'st', 'jr', 'sr', 'vs', 'u.s', 'p.m', 'a.m', 'l.p']);

const finalPhrase = /final\s+amendment\s+reporting\s+the\s+results\s+of\s+the\s+tender\s+offers?/i;
// A box's mark takes the blanks after it (`\s*(?:x\s*)?`, not `\s*x?\s*`, which tries every split of a long run).
const markSource = String.raw`\|\s*(?:[xX_]\s*)?\||\[\s*(?:[xX✓✔_]\s*)?\]|\(\s*(?:[xX]\s*)?\)|[☒☑☐□■✓✔þ¨]|\$\\(?:square|boxtimes|checkmark|blacksquare|Box)\$|[xXoO](?!\w)`;
/** Check-box marks by their normalised spelling: true when checked. */
const marks: Record<string, boolean> = {
  '|X|': true, '|_|': false, '||': false, '[X]': true, '[✓]': true, '[✔]': true, '[]': false, '[_]': false,
  '(X)': true, '()': false, X: true, O: false, '☒': true, '☑': true, '■': true, '✓': true, '✔': true, 'Þ': true,
  '☐': false, '□': false, '¨': false, $SQUARE$: false, $BOX$: false, $BOXTIMES$: true, $CHECKMARK$: true, $BLACKSQUARE$: true,
};
const smallWords = new Set(['an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'nor', 'of', 'on', 'or', 'the', 'to', 'via', 'with']);
const keepUpper = /^(?:[B-DF-HJ-NP-TV-Z]+|II|III|IV|VI|VII|VIII|IX|XI|XII|USA|ADS|ADSS|ADR|ADRS|REIT|ASA|SE|AG|AB|SA|SPA|NV)$/;

function pointAt(text: string, offset: number): SourcePoint {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

function toNumber(written: string): number {
  return /^\d+$/.test(written) ? Number(written) : numberWords.indexOf(written.toLowerCase());
}

// Markup the three seed styles leave in values (SGML tags, markdown escapes and emphasis, `$...^*$` math), with
// whitespace collapsed: the fee table's line cleaning, shared.
function stripMarkup(text: string): string {
  return cleanLine(text).replace(/\s+/g, ' ').trim();
}

// Values a filing writes in capitals are title-cased (small words lower, acronyms kept); mixed case is kept.
function titleCase(value: string, first = true): string {
  if (/[a-z]/.test(value) || !/[A-Z]/.test(value)) return value;
  return value.replace(/[A-Za-z]+(?:'s)?/gi, (word, offset: number) => {
    if (keepUpper.test(word)) return word;
    const lower = word.toLowerCase();
    if ((offset > 0 || !first) && smallWords.has(lower)) return lower;
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  });
}

function readForm(text: string): Hit<{ name: string; slash: boolean }> | null {
  const match = formLine.exec(text) ?? formAnywhere.exec(text);
  if (!match?.groups?.code) return null;
  const code = match.groups.code.toUpperCase().replace(/^(14D|13E)-?(\d)$/, '$1-$2');
  const at = match.index + match[0].search(/SCHEDULE/i);
  return { value: { name: `Schedule ${code}`, slash: Boolean(match.groups.slash) }, index: at };
}

// The filing naming itself in its introduction; "as amended by Amendment No. 1 to the Schedule TO" names another.
function introAmendment(text: string): RegExpMatchArray | undefined {
  const own = (match: RegExpMatchArray): boolean => !/\b(?:by|and)\s+$/i.test(text.slice(Math.max(0, (match.index ?? 0) - 12), match.index));
  return introAmendments.flatMap((re) => [...text.matchAll(re)]).find(own);
}

function readAmendment(file: VFile, text: string, form: ReturnType<typeof readForm>): number | null {
  const coverEnd = labels.subject.exec(text)?.index ?? 0;
  const onCover = coverAmendment.exec(text.slice(0, coverEnd)) ?? amendmentLine.exec(text);
  const inIntro = introAmendment(text);
  const cover = onCover?.groups?.n ? toNumber(onCover.groups.n) : null;
  const intro = inIntro?.groups?.n ? toNumber(inIntro.groups.n) : null;
  if (cover !== null && intro !== null && cover !== intro && inIntro) {
    const reason = `Expected the introduction to name the cover's \`Amendment No. ${cover}\`, found \`Amendment No. ${intro}\``;
    warn(file, reason, pointAt(text, inIntro.index ?? 0), 'filing-amendment-mismatch');
  }
  const number = cover ?? intro;
  const amended = form?.value.slash || /\bAmendment\b/i.test(text.slice(0, coverEnd)) || /\bThis\s+Amendment\b|\bhereby\s+amended\b/i.test(text);
  // Only a cover (the form on a line of its own, or the subject company label) promises a number.
  const hasCover = formLine.test(text) || labels.subject.test(text);
  if (number === null && form && amended && hasCover) {
    const reason = `Expected an amendment number such as \`Amendment No. 1\` on the \`${form.value.name}\` amendment cover, found none`;
    warn(file, reason, pointAt(text, form.index), 'filing-no-amendment-number');
  }
  return number;
}

// A block ends at a blank line, a separator, an SGML tag, a parenthesised label or the form's own line.
function endsBlock(line: string): boolean {
  const bare = stripMarkup(line);
  return bare === '' || /^[-=_*\s]+$/.test(bare) || /^\(.*\)$/.test(bare) || formLine.test(line.trim());
}

// The value a cover label captions: text before it on its line, else the block just above (blank lines skipped).
// Lines are normalised one by one, so "PARENT INC.\na subsidiary of" title-cases only the line in capitals.
function valueAbove(text: string, index: number, normalise: Normalise): string | null {
  const lines = text.slice(0, index).split('\n');
  const same = lines.pop() ?? '';
  const collected = stripMarkup(same) === '' ? [] : [same];
  let skipped = 0;
  for (let line = lines.pop(); line !== undefined && collected.length < 4; line = lines.pop()) {
    const blank = stripMarkup(line) === '';
    if (blank && collected.length === 0 && skipped++ < 2) continue;
    if (endsBlock(line)) break;
    collected.unshift(line);
  }
  const value = collected.map((line, at) => normalise(stripMarkup(line), at === 0)).join(' ').trim().replace(/[,;]$/, '');
  return value === '' ? null : value;
}

function labelValue(text: string, label: RegExp, normalise: Normalise = titleCase): Hit<string | null> | null {
  const match = label.exec(text);
  return match ? { value: valueAbove(text, match.index, normalise), index: match.index } : null;
}

// The label's own text up to its balancing parenthesis, to see whether it also names the filer.
function labelText(text: string, index: number): string {
  let depth = 0;
  for (let at = index; at < Math.min(text.length, index + 300); at++) {
    depth += text[at] === '(' ? 1 : text[at] === ')' ? -1 : 0;
    if (depth === 0) return text.slice(index, at + 1);
  }
  return text.slice(index, index + 300);
}

function readCusip(text: string): string | null {
  const value = labelValue(text, labels.cusip, (line) => line)?.value ?? null;
  if (value === null || /^(?:N\/?A|None|Not\s+Applicable)$/i.test(value)) return null;
  return /^[0-9A-Z]{6}\s?[0-9A-Z]{2}\s?[0-9A-Z]$/i.test(value) ? value.replace(/\s/g, '').toUpperCase() : value;
}

function readParties(text: string): Pick<Filing, 'subjectCompany' | 'filer'> {
  const subject = labelValue(text, labels.subject);
  const subjectCompany = subject?.value ?? null;
  const alsoFiler = subject !== null && /Filing\s+Persons?|Offeror/i.test(labelText(text, subject.index));
  const filer = alsoFiler ? subjectCompany : labelValue(text, labels.filer)?.value ?? null;
  return { subjectCompany, filer };
}

// A date that starts right at `at` (after whitespace).
function dateAt(text: string, at: number): FoundDate | null {
  const date = findDates(text.slice(at, at + 80))[0];
  return date && text.slice(at, at + date.start).trim() === '' ? { ...date, start: at + date.start, end: at + date.end } : null;
}

function readSignatureDate(file: VFile, text: string): string | null {
  const signature = /^[ \t#*_]*SIGNATURES?[ \t*_]*$/im.exec(text);
  const from = signature?.index ?? 0;
  const found = [...text.slice(from).matchAll(/\bDated?\s*:/gi)];
  const label = signature ? found[0] : found[found.length - 1];
  if (!label) return null;
  const at = from + (label.index ?? 0) + label[0].length;
  const date = dateAt(text, at);
  if (date) return date.iso;
  const seen = text.slice(at, at + 40).trim().split('\n')[0] ?? '';
  warn(file, `Expected a date after \`${label[0]}\`, found \`${seen}\``, pointAt(text, at), 'filing-unreadable-date');
  return null;
}

// The original statement's filing date: the first "filed ... with the SEC on <date>" (or "originally filed on")
// in a sentence about the statement, not one about an amendment ("Amendment No. 1 thereto filed ...").
function readOriginalDate(text: string): Hit<string> | null {
  const hits = originalFiled.flatMap((pattern) => [...text.matchAll(pattern)]).flatMap((match) => {
    const at = match.index ?? 0;
    const date = dateAt(text, at + match[0].length);
    if (!date || /Amendment\s+No\.?\s*\d+(?:\s+thereto)?[\s,]*$/i.test(text.slice(Math.max(0, at - 40), at))) return [];
    return [{ value: date.iso, index: date.end, at, about: /Schedule|Statement/i.test(text.slice(Math.max(0, at - 300), at)) }];
  });
  hits.sort((a, b) => a.at - b.at);
  const hit = hits.find((candidate) => candidate.about) ?? hits[0];
  return hit ? { value: hit.value, index: hit.index } : null;
}

function sentenceEnd(text: string, from: number): number {
  for (const match of text.slice(from).matchAll(/\.\s+(?=[A-Z"“(])/g)) {
    const at = from + (match.index ?? 0);
    if (!abbreviations.has(wordBefore(text, from, at))) return at + 1;
  }
  return text.length;
}

// The letters and dots just before `at` ("U.S" of "U.S."), lower case. Walked back from `at` rather than matched
// with `[A-Za-z.]+$` on the text before it, which would rescan that text from its start at every full stop.
function wordBefore(text: string, from: number, at: number): string {
  let start = at;
  while (start > from && /[A-Za-z.]/.test(text[start - 1] as string)) start--;
  return text.slice(start, at).toLowerCase();
}

function namedPriors(intro: string, own: number | null): PriorAmendment[] {
  const priors: PriorAmendment[] = [];
  for (const match of intro.matchAll(priorNamed)) {
    const numbers = (match.groups?.n ?? '').match(/\d+/g)?.map(Number).filter((n) => n !== own) ?? [];
    const end = (match.index ?? 0) + match[0].length;
    const date = findDates(intro.slice(end, end + 160))[0];
    const dated = numbers.length === 1 && date && priorTail.test(intro.slice(end, end + date.start));
    priors.push(...numbers.map((number) => ({ number, date: dated && date ? date.iso : null })));
  }
  return priors;
}

// "subsequently amended on October 17, 2002 [and on ...]": dates without numbers.
function unnumberedPriors(intro: string): PriorAmendment[] {
  const priors: PriorAmendment[] = [];
  for (const match of intro.matchAll(/\bamended\s+on\s+/gi)) {
    let date = dateAt(intro, (match.index ?? 0) + match[0].length);
    while (date) {
      priors.push({ number: null, date: date.iso });
      const link = /^(?:,\s*|\s+)(?:and\s+)?(?:on\s+)?/.exec(intro.slice(date.end));
      date = link ? dateAt(intro, date.end + link[0].length) : null;
    }
  }
  return priors;
}

// Amendments are numbered 1, 2, ...: when a filing names exactly N-1 earlier ones, unnumbered ones take the missing numbers in order.
function inferNumbers(priors: PriorAmendment[], own: number | null): PriorAmendment[] {
  if (own === null || priors.length !== own - 1) return priors;
  const missing = Array.from({ length: own - 1 }, (_, i) => i + 1).filter((n) => !priors.some((prior) => prior.number === n));
  return priors.map((prior) => (prior.number === null ? { ...prior, number: missing.shift() ?? null } : prior));
}

function readPriorAmendments(text: string, original: Hit<string> | null, own: number | null): PriorAmendment[] {
  const self = introAmendment(text);
  const start = original?.index ?? (self ? (self.index ?? 0) + self[0].length : -1);
  if (start < 0) return [];
  const intro = text.slice(start, Math.min(sentenceEnd(text, start), start + 1500));
  return inferNumbers([...namedPriors(intro, own), ...unnumberedPriors(intro)], own);
}

function markValue(mark: string): boolean | undefined {
  return marks[mark.replace(/[\s\\]/g, '').toUpperCase()];
}

// The box follows the caption ("... tender offer: |X|") or, in some covers, opens its line ("☒ Check the following box ...");
// a box opening the line wins, since the text after such a caption is the next box's.
function readFinalBox(file: VFile, text: string): boolean | null {
  const phrase = finalPhrase.exec(text);
  if (!phrase) return null;
  const end = phrase.index + phrase[0].length;
  const after = new RegExp(String.raw`^[ \t*_]*[:.]?[ \t*_]*\n?[ \t*_]*(${markSource})`).exec(text.slice(end, end + 40));
  const lineStart = text.lastIndexOf('\n', phrase.index - 1) + 1;
  const opening = text.slice(lineStart, phrase.index).search(/Check\s+the\s+following\s+box|Check\s+the\s+box/i);
  const before = opening < 0 ? null : new RegExp(String.raw`(${markSource})[\s*_]*$`).exec(text.slice(lineStart, lineStart + opening));
  const value = markValue(before?.[1] ?? after?.[1] ?? '');
  if (value !== undefined) return value;
  const seen = text.slice(end, end + 20).trim().split('\n')[0] ?? '';
  warn(file, `Expected a check box after \`${phrase[0].replace(/\s+/g, ' ')}\`, found \`${seen}\``, pointAt(text, end), 'filing-unreadable-final-box');
  return null;
}

function isFiling(text: string, form: Hit<unknown> | null): boolean {
  if (!form) return false;
  return labels.subject.test(text) || amendmentLine.test(text) || /\bThis\s+Amendment\b|\bhereby\s+amended\b/i.test(text);
}

/**
 * Read what a Schedule TO (or 14D-9, 13E-3) filing says about itself: form, amendment number, cover
 * names, signature and original dates, earlier amendments, the final-amendment box and the fee table.
 * Names and the class of securities written in capitals are title-cased; mixed case is kept as written.
 * An earlier amendment named only by date gets its number when the filing names exactly N-1 of them.
 * Problems are reported on `file` (`filing-no-amendment-number`, `filing-amendment-mismatch`,
 * `filing-unreadable-date`, `filing-unreadable-final-box`).
 * @param file the filing, its text in `file.value` (plain text, SGML-tagged EDGAR text or markdown)
 * @returns the filing's metadata, or null when the text has no Schedule cover, amendment heading or "hereby amended"
 */
export function readFiling(file: VFile): Filing | null {
  const text = String(file.value);
  const form = readForm(text);
  if (!isFiling(text, form)) return null;
  const amendment = readAmendment(file, text, form);
  const securities = labelValue(text, labels.securities)?.value ?? null;
  const original = readOriginalDate(text);
  return {
    form: form?.value.name ?? null,
    amendment,
    ...readParties(text),
    securities,
    cusip: readCusip(text),
    date: readSignatureDate(file, text),
    originalDate: original?.value ?? null,
    priorAmendments: readPriorAmendments(text, original, amendment),
    final: readFinalBox(file, text),
    fee: readFeeTable(text),
  };
}
