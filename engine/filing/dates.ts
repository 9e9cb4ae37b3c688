import type { VFile } from 'vfile';
import { findDates, type FoundDate } from '../lexicon/dates.js';
import { warn } from '../core/diagnostics.js';
import { pointAt } from '../core/points.js';
import { amendmentNumberPhrase } from '../lexicon/amendment-number.js';
import type { Hit } from './text.js';

/** The Commission as filings name it ("the Securities and Exchange Commission (the "SEC")", "the SEC"). */
export const sec = String.raw`(?:the\s+)?(?:U\.S\.\s+)?(?:Securities\s+and\s+Exchange\s+Commission|SEC|Commission)(?:\s*\([^)]{0,40}\))?`;
// Clause text may hold "Inc." or "(the "Company")" but no sentence end.
const clause = String.raw`(?:[^.;]|\.(?=\S))`;
const originalFiled = [
  new RegExp(String.raw`\bfiled\b${clause}{0,200}?\bwith\s+${sec},?\s+on\s+`, 'gi'),
  new RegExp(String.raw`\b(?:originally|initially)\s+filed\b${clause}{0,120}?\bon\s+`, 'gi'),
];

const amendmentBefore = new RegExp(String.raw`${amendmentNumberPhrase}(?:\s+thereto)?[\s,]*$`, 'i');

/**
 * A date that starts right at `at` (after whitespace).
 * @param text the text to read
 * @param at the offset the date must start at
 * @returns the date, its offsets into `text`, or null
 */
export function dateAt(text: string, at: number): FoundDate | null {
  const date = findDates(text.slice(at, at + 80))[0];
  return date && text.slice(at, at + date.start).trim() === '' ? { ...date, start: at + date.start, end: at + date.end } : null;
}

/**
 * Read the date after "Dated:" in the signature block (else the last one in the filing), warning
 * (`filing-unreadable-date`) when no date follows it.
 * @param file the filing, for messages
 * @param text the filing's text
 * @returns the ISO date, or null
 */
export function readSignatureDate(file: VFile, text: string): string | null {
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

/**
 * The original statement's filing date: the first "filed ... with the SEC on <date>" (or "originally filed on")
 * in a sentence about the statement, not one about an amendment ("Amendment No. 1 thereto filed ...").
 * @param text the filing's text
 * @returns the ISO date and the offset where it ends, or null
 */
export function readOriginalDate(text: string): Hit<string> | null {
  const hits = originalFiled.flatMap((pattern) => [...text.matchAll(pattern)]).flatMap((match) => {
    const at = match.index ?? 0;
    const date = dateAt(text, at + match[0].length);
    if (!date || amendmentBefore.test(text.slice(Math.max(0, at - 40), at))) return [];
    return [{ value: date.iso, index: date.end, at, about: /Schedule|Statement/i.test(text.slice(Math.max(0, at - 300), at)) }];
  });
  hits.sort((a, b) => a.at - b.at);
  const hit = hits.find((candidate) => candidate.about) ?? hits[0];
  return hit ? { value: hit.value, index: hit.index } : null;
}
