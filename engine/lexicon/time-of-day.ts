// A clock time or its words: "5:00 p.m.", "11:59 P.M.", "5 p.m.", "12:00 midnight", "noon".
const clock = /\d{1,2}:\d{2}|\b\d{1,2}\s*[ap]\.?\s?m\b|\bmidnight\b|\bnoon\b/i;
// Words that lead into a time ("until", "to", "at") and the "on" that leads from it to the date.
const leadIn = /^\s*(?:(?:until|till|through|to|at|expire\s+at|expiring\s+at)\s+)+/i;
const leadOut = /[\s,]*\bon\s*$|[\s,]+$/i;
const after = /^,?\s*(?:at\s+)?((?:(?:one|1)\s+minute\s+(?:after|following)\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?|midnight|noon)?(?:,?\s*(?:\(?\s*(?:New\s+York\s+City|Eastern|E\.?[SD]?\.?T\.?|Central|Pacific)(?:\s+(?:Standard|Daylight))?\s*(?:time|Time)?\s*\)?))?)/;

/**
 * The time of day written just before a date, as written: "one minute after 11:59 p.m., Eastern Time" in "until one
 * minute after 11:59 p.m., Eastern Time, on March 5, 2021"; "12:00 midnight, New York City time, at the end of the
 * day" in "... at the end of the day on March 5, 2021"; else a time written just after it ("March 5, 2021 at 5:00 p.m.").
 * @param text the sentence
 * @param from where the words that may hold the time start (after the verb or anchor)
 * @param date the date's offsets in `text`
 * @returns the time as written, whitespace collapsed, or null when none is written beside the date
 */
export function timeOfDay(text: string, from: number, date: { start: number; end: number }): string | null {
  const before = text.slice(from, date.start).replace(leadIn, '').replace(leadOut, '').replace(/\s+/g, ' ').trim();
  if (before !== '' && before.length <= 120 && clock.test(before)) return before;
  const following = after.exec(text.slice(date.end, date.end + 120))?.[1]?.replace(/\s+/g, ' ').trim() ?? '';
  return clock.test(following) ? following.replace(/,$/, '') : null;
}
