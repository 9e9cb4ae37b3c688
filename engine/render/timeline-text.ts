import { formatLong } from '../lexicon/dates.js';
import type { OfferTimelineEntry } from '../offer/operative.js';
import type { DeliverableReport } from '../offer/review.js';
import type { OfferResults } from '../types.js';
import { problemsBlock, tallyLine } from './problems-text.js';
import { termWords } from '../offer/terms.js';

const day = (iso: string | null): string => (iso ? formatLong(iso) : 'date unknown');
const count = (n: number): string => n.toLocaleString('en-US');
const at = (time: string | null): string => (time ? `, ${time}` : '');

// The results of an offer for shares: what was tendered, whether all of it was accepted, and the merger.
function shareResultLines(results: OfferResults): string[] {
  const lines: string[] = [];
  // A count tendered that the accepted line already gives, with nothing to add, is not said twice.
  const said = results.tendered === results.accepted && !results.acceptedAll && results.percentOutstanding === null;
  if (results.tendered !== null && !said) {
    const share = results.percentOutstanding === null ? '' : ` (about ${results.percentOutstanding}% of the outstanding shares)`;
    lines.push(`tendered: ${count(results.tendered)} shares${share}`);
  }
  if (results.acceptedAll) lines.push('accepted: all shares validly tendered');
  if (results.mergerDate) lines.push(`merger: ${day(results.mergerDate)}`);
  return lines;
}

/**
 * What a final amendment reported, one fact a line: expiry, options accepted, cash paid, grant date.
 * @param results the results
 * @returns the lines
 */
export function resultLines(results: OfferResults): string[] {
  const lines: string[] = [];
  if (results.expired) lines.push(`expired: ${day(results.expired)}`);
  if (results.accepted !== null && !results.acceptedAll) {
    const share = results.percentEligible === null ? '' : ` (about ${results.percentEligible}% of the eligible options)`;
    const what = results.underlying ? `options to purchase ${count(results.accepted)} shares` : `${count(results.accepted)} ${results.unit ?? 'options'}`;
    lines.push(`accepted: ${what}${share}`);
  }
  if (results.cash !== null) lines.push(`cash payments: $${count(results.cash)}`);
  if (results.grantDate) lines.push(`new options granted: ${day(results.grantDate)}`);
  return [...lines, ...shareResultLines(results)];
}

function factLines(entry: OfferTimelineEntry): string[] {
  const ids = (action: string) => entry.exhibits.filter((e) => e.action === action).map((e) => e.id).join(', ');
  const lines: string[] = [];
  if (entry.extendedTo) lines.push(`extended to: ${day(entry.extendedTo)}${at(entry.expirationTime)}`);
  else if (entry.expiration) lines.push(`expiration: ${day(entry.expiration)}${at(entry.expirationTime)}`);
  lines.push(...termWords(entry));
  for (const plan of entry.withdrawn) lines.push(`withdrawn for: ${plan} (${entry.affectedByPlan[plan] ?? 0} sentences to review)`);
  if (ids('restated')) lines.push(`exhibits restated: ${ids('restated')}`);
  if (ids('added')) lines.push(`exhibits added: ${ids('added')}`);
  for (const r of entry.restated) lines.push(`restated text of the ${r.document}: ${r.file} (operative from here on)`);
  if (entry.results) lines.push(...resultLines(entry.results));
  if (entry.number > 0) lines.push(`text edits: ${entry.edits}`);
  return lines;
}

function notAppliedLines(entry: OfferTimelineEntry, report: DeliverableReport | undefined): string[] {
  const tally = report?.tallies.find((t) => t.version === entry.number);
  return tally && tally.notApplied > 0 ? [`not applied: ${tallyLine(tally)}`] : [];
}

/**
 * Render an offer's timeline: one heading line per version (number, label, date, state), then its facts indented.
 * With a report, each amendment's instructions not applied are listed at the top and counted under their version.
 * @param entries the timeline
 * @param report the offer's problems and tallies
 * @returns the text, ending with a newline
 */
export function renderTimelineText(entries: OfferTimelineEntry[], report?: DeliverableReport): string {
  const labelWidth = Math.max(...entries.map((e) => e.label.length));
  const dateWidth = Math.max(...entries.map((e) => day(e.date).length));
  const lines = entries.flatMap((entry) => [
    `${entry.number}  ${entry.label.padEnd(labelWidth)}  ${day(entry.date).padEnd(dateWidth)}  ${entry.state}`,
    ...[...factLines(entry), ...notAppliedLines(entry, report)].map((line) => `     ${line}`),
  ]);
  return `${[...(report ? problemsBlock(report.problems, report.tallies) : []), ...lines].join('\n')}\n`;
}
