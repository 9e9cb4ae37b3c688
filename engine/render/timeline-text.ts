import { formatLong } from '../lexicon/dates.js';
import type { OfferTimelineEntry } from '../offer/operative.js';
import type { OfferResults } from '../types.js';

const day = (iso: string | null): string => (iso ? formatLong(iso) : 'date unknown');
const count = (n: number): string => n.toLocaleString('en-US');

/**
 * What a final amendment reported, one fact a line: expiry, options accepted, cash paid, grant date.
 * @param results the results
 * @returns the lines
 */
export function resultLines(results: OfferResults): string[] {
  const lines: string[] = [];
  if (results.expired) lines.push(`expired: ${day(results.expired)}`);
  if (results.accepted !== null) {
    const share = results.percentEligible === null ? '' : ` (about ${results.percentEligible}% of the eligible options)`;
    const what = results.underlying ? `options to purchase ${count(results.accepted)} shares` : `${count(results.accepted)} ${results.unit ?? 'options'}`;
    lines.push(`accepted: ${what}${share}`);
  }
  if (results.cash !== null) lines.push(`cash payments: $${count(results.cash)}`);
  if (results.grantDate) lines.push(`new options granted: ${day(results.grantDate)}`);
  return lines;
}

function factLines(entry: OfferTimelineEntry): string[] {
  const ids = (action: string) => entry.exhibits.filter((e) => e.action === action).map((e) => e.id).join(', ');
  const lines: string[] = [];
  if (entry.extendedTo) lines.push(`extended to: ${day(entry.extendedTo)}`);
  else if (entry.expiration) lines.push(`expiration: ${day(entry.expiration)}`);
  for (const plan of entry.withdrawn) lines.push(`withdrawn for: ${plan} (${entry.affectedByPlan[plan] ?? 0} sentences to review)`);
  if (ids('restated')) lines.push(`exhibits restated: ${ids('restated')}`);
  if (ids('added')) lines.push(`exhibits added: ${ids('added')}`);
  for (const r of entry.restated) lines.push(`restated text of the ${r.document}: ${r.file} (operative from here on)`);
  if (entry.results) lines.push(...resultLines(entry.results));
  if (entry.number > 0) lines.push(`text edits: ${entry.edits}`);
  return lines;
}

/**
 * Render an offer's timeline: one heading line per version (number, label, date, state), then its facts indented.
 * @param entries the timeline
 * @returns the text, ending with a newline
 */
export function renderTimelineText(entries: OfferTimelineEntry[]): string {
  const labelWidth = Math.max(...entries.map((e) => e.label.length));
  const dateWidth = Math.max(...entries.map((e) => day(e.date).length));
  const lines = entries.flatMap((entry) => [
    `${entry.number}  ${entry.label.padEnd(labelWidth)}  ${day(entry.date).padEnd(dateWidth)}  ${entry.state}`,
    ...factLines(entry).map((line) => `     ${line}`),
  ]);
  return `${lines.join('\n')}\n`;
}
