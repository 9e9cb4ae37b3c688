import { format, isExists } from 'date-fns';

/** A date found in a text: its ISO value, offsets into the text (end exclusive) and the text as written. */
export interface FoundDate {
  iso: string;
  start: number;
  end: number;
  text: string;
}

type Groups = Record<string, string | undefined>;

interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

/** One written form of a date: how to find it, read it and write another date like it. */
interface DateForm {
  source: string;
  read: (groups: Groups) => YearMonthDay | null;
  write: (groups: Groups, date: YearMonthDay) => string;
}

/** The months in order, as filings spell them in full. */
export const monthNames = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * A month written in full or abbreviated ("March", "Mar", "Sept"), as a regular-expression source without a group
 * or a trailing dot: full names first and `Sept` before `Sep`, so that alternation takes the longest spelling.
 */
export const monthSource = [...monthNames, 'Sept', ...monthNames.map((name) => name.slice(0, 3))]
  .filter((name, index, all) => all.indexOf(name) === index)
  .join('|');
const weekdaySource = weekdayNames.join('|');

const nameFirstSource =
  `(?:(?<weekday>${weekdaySource})(?<weekdaySep>,\\s*))?` +
  `(?<month>${monthSource})(?<dot>\\.?)(?<sep1>\\s+)(?<day>\\d{1,2})(?<suffix>st|nd|rd|th)?(?<comma>,?)(?<sep2>\\s+)(?<year>\\d{4})`;
const dayFirstSource =
  `(?<day>\\d{1,2})(?<suffix>st|nd|rd|th)?(?<sep1>\\s+)(?<of>of\\s+)?` +
  `(?<month>${monthSource})(?<dot>\\.?)(?<comma>,?)(?<sep2>\\s+)(?<year>\\d{4})`;
const numericSource = '(?<month>\\d{1,2})\\/(?<day>\\d{1,2})\\/(?<year>\\d{4}|\\d{2})';
const isoSource = '(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})';

const forms: DateForm[] = [
  { source: nameFirstSource, read: readNamed, write: writeNameFirst },
  { source: dayFirstSource, read: readNamed, write: writeDayFirst },
  { source: numericSource, read: readNumeric, write: writeNumeric },
  { source: isoSource, read: readNumeric, write: (_groups, date) => isoOf(date) },
];

// Dates stand alone: not inside a longer number or a run of letters.
const scanners = forms.map((form) => ({ form, re: new RegExp(`(?<![\\w/.-])(?:${form.source})(?![\\w/]|-\\d)`, 'gi') }));
const whole = forms.map((form) => ({ form, re: new RegExp(`^(?:${form.source})$`, 'i') }));

function monthOf(name: string): number | null {
  const lower = name.toLowerCase();
  const index = monthNames.findIndex((full) => full.toLowerCase().startsWith(lower.slice(0, 3)));
  return index < 0 ? null : index + 1;
}

// Two-digit years pivot at 70: EDGAR filings start in 1993, so `02` is 2002 and `99` is 1999.
function fullYear(year: string): number {
  const value = Number(year);
  if (year.length > 2) return value;
  return value < 70 ? 2000 + value : 1900 + value;
}

function readNamed(groups: Groups): YearMonthDay | null {
  const month = monthOf(groups.month ?? '');
  if (month === null) return null;
  return { year: fullYear(groups.year ?? ''), month, day: Number(groups.day) };
}

function readNumeric(groups: Groups): YearMonthDay | null {
  return { year: fullYear(groups.year ?? ''), month: Number(groups.month), day: Number(groups.day) };
}

function exists(date: YearMonthDay): boolean {
  return isExists(date.year, date.month - 1, date.day);
}

function isoOf(date: YearMonthDay): string {
  return format(new Date(date.year, date.month - 1, date.day), 'yyyy-MM-dd');
}

function fromIso(iso: string): YearMonthDay {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
  if (!date || !exists(date)) throw new Error(`Expected an ISO date \`YYYY-MM-DD\`, found \`${iso}\``);
  return date;
}

// Write `word` in the case of `sample`: all capitals, all lower case, or capitalised.
function caseLike(sample: string, word: string): string {
  if (sample.length > 1 && sample === sample.toUpperCase()) return word.toUpperCase();
  if (sample === sample.toLowerCase()) return word.toLowerCase();
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

function ordinalSuffix(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return 'th';
  return ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[day % 10] ?? 'th';
}

// A month written like the sample: full or abbreviated (`Sept` keeps four letters for September), same case and dot.
function monthLike(groups: Groups, month: number): string {
  const sample = groups.month ?? '';
  const full = monthNames[month - 1] ?? '';
  if (monthNames.some((name) => name.toLowerCase() === sample.toLowerCase())) return caseLike(sample, full) + (groups.dot ?? '');
  const short = month === 9 && sample.length === 4 ? 'Sept' : full.slice(0, 3);
  return caseLike(sample, short) + (short === full ? '' : groups.dot ?? '');
}

function dayLike(groups: Groups, day: number): string {
  const padded = (groups.day ?? '').length === 2 && (groups.day ?? '').startsWith('0');
  const suffix = groups.suffix ? caseLike(groups.suffix, ordinalSuffix(day)) : '';
  return (padded ? String(day).padStart(2, '0') : String(day)) + suffix;
}

function weekdayLike(groups: Groups, date: YearMonthDay): string {
  if (!groups.weekday) return '';
  const name = weekdayNames[new Date(date.year, date.month - 1, date.day).getDay()] ?? '';
  return caseLike(groups.weekday, name) + (groups.weekdaySep ?? ', ');
}

function writeNameFirst(groups: Groups, date: YearMonthDay): string {
  return `${weekdayLike(groups, date)}${monthLike(groups, date.month)}${groups.sep1 ?? ' '}${dayLike(groups, date.day)}${groups.comma ?? ''}${groups.sep2 ?? ' '}${date.year}`;
}

function writeDayFirst(groups: Groups, date: YearMonthDay): string {
  return `${dayLike(groups, date.day)}${groups.sep1 ?? ' '}${groups.of ?? ''}${monthLike(groups, date.month)}${groups.comma ?? ''}${groups.sep2 ?? ' '}${date.year}`;
}

function writeNumeric(groups: Groups, date: YearMonthDay): string {
  const pad = (sample: string | undefined, value: number): string =>
    sample?.length === 2 ? String(value).padStart(2, '0') : String(value);
  const year = (groups.year ?? '').length === 2 ? String(date.year % 100).padStart(2, '0') : String(date.year);
  return `${pad(groups.month, date.month)}/${pad(groups.day, date.day)}/${year}`;
}

/**
 * Read a whole string as one date, in any form a filing writes ("October 16, 2002", "OCT. 16, 2002",
 * "Monday, September 10, 2007", "16 October 2002", "10/16/2002", "10/16/02", "2002-10-16").
 * @param text the date as written (surrounding whitespace ignored)
 * @returns the ISO date `YYYY-MM-DD`, or null when the text is not a date or names no real day
 */
export function parseDate(text: string): string | null {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  for (const { form, re } of whole) {
    const groups = re.exec(trimmed)?.groups;
    const date = groups ? form.read(groups) : null;
    if (date) return exists(date) ? isoOf(date) : null;
  }
  return null;
}

/**
 * Find every date written in a text, in order. A date may wrap across lines ("October 16,\n2002");
 * a leading weekday ("Monday, September 10, 2007") is part of the match, so that rewriting the
 * date rewrites the weekday too.
 * @param text any text
 * @returns the dates with their ISO value, offsets (end exclusive) and text as written
 */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { form, re } of scanners) {
    for (const match of text.matchAll(re)) {
      const date = match.groups ? form.read(match.groups) : null;
      if (!date || !exists(date)) continue;
      const start = match.index ?? 0;
      found.push({ iso: isoOf(date), start, end: start + match[0].length, text: match[0] });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // Sorted by start, longest first: a date is kept when it starts after every date kept so far ends (one pass; the
  // comparison with every earlier date was quadratic in a text of many dates).
  let end = -1;
  return found.filter((date) => {
    if (date.start < end) return false;
    end = date.end;
    return true;
  });
}

/**
 * Write an ISO date the way `sample` writes a date: same form, abbreviation, case, padding,
 * ordinal suffix, weekday and whitespace (a line break inside the sample stays where it was).
 * @param sample a date as a document writes it, e.g. "NOV. 15, 2002" or "11/15/02"
 * @param iso the date to write
 * @returns the date in the sample's form, or in the long form when the sample is not a date
 */
export function formatLike(sample: string, iso: string): string {
  const date = fromIso(iso);
  for (const { form, re } of whole) {
    const groups = re.exec(sample)?.groups;
    if (groups && form.read(groups)) return form.write(groups, date);
  }
  return formatLong(iso);
}

/**
 * The written forms a document may use for a date, most common first, without duplicates.
 * @param iso the date
 * @returns e.g. "November 22, 2002", "NOVEMBER 22, 2002", "Nov. 22, 2002", "11/22/2002", "11/22/02", "22 November 2002"
 */
export function dateForms(iso: string): string[] {
  const long = formatLong(iso);
  const samples = ['Nov. 1, 2000', 'Sep. 1, 2000', '1/1/2000', '1/1/00', '1 January 2000', '01/01/2000', '01/01/00'];
  const forms = [long, long.toUpperCase(), ...samples.map((sample) => formatLike(sample, iso))];
  if (fromIso(iso).month === 9) forms.splice(2, 0, formatLike('Sept. 1, 2000', iso));
  return forms.filter((form, index) => forms.indexOf(form) === index);
}

/**
 * Write an ISO date in the long form filings use.
 * @param iso the date, `YYYY-MM-DD`
 * @returns e.g. "November 22, 2002"
 */
export function formatLong(iso: string): string {
  const date = fromIso(iso);
  return format(new Date(date.year, date.month - 1, date.day), 'MMMM d, yyyy');
}
