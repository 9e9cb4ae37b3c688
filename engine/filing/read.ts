import type { VFile } from 'vfile';
import { amendmentLine, readAmendment } from './amendment.js';
import { labels, labelValue, readCusip, readParties } from './cover.js';
import { readOriginalDate, readSignatureDate } from './dates.js';
import { readFinalBox } from './final-box.js';
import { readForm } from './form.js';
import { readPriorAmendments } from './priors.js';
import { filingText, type Hit } from './text.js';
import { decodeReferences } from '../core/character-references.js';
import { readOfferEvents } from './events.js';
import { readResults } from './results.js';
import { readFeeTable } from './fee-table.js';
import type { Filing } from '../types.js';

function isFiling(text: string, form: Hit<unknown> | null): boolean {
  if (!form) return false;
  return labels.subject.test(text) || amendmentLine.test(text) || /\bThis\s+Amendment\b|\bhereby\s+amended\b/i.test(text);
}

/**
 * Read what a Schedule TO (or 14D-9, 13E-3) filing says about itself: form, amendment number, cover
 * names, signature and original dates, earlier amendments, the final-amendment box and the fee table; the results a
 * final amendment reports; and the changes to the offer it states in prose (extensions, terms, termination).
 * Names and the class of securities written in capitals are title-cased; mixed case is kept as written.
 * An earlier amendment named only by date gets its number when the filing names exactly N-1 of them.
 * Problems are reported on `file` (`filing-no-amendment-number`, `filing-amendment-mismatch`,
 * `filing-unreadable-date`, `filing-unreadable-final-box`).
 * @param file the filing, its text in `file.value` (plain text, SGML-tagged EDGAR text or markdown)
 * @returns the filing's metadata, or null when the text has no Schedule cover, amendment heading or "hereby amended"
 */
export function readFiling(file: VFile): Filing | null {
  const text = filingText(file);
  const form = readForm(text);
  if (!isFiling(text, form)) return null;
  const { number: amendment, source: amendmentSource } = readAmendment(file, text, form);
  const final = readFinalBox(file, text);
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
    final,
    fee: readFeeTable(text),
    amendmentSource,
    results: final ? readResults(decodeReferences(text)) : null,
    events: readOfferEvents(text, form?.value.name ?? null, file.data.format === 'html' ? String(file.value) : null),
  };
}
