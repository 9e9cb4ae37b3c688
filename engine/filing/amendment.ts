import type { VFile } from 'vfile';
import { warn } from '../core/diagnostics.js';
import { labels } from './cover.js';
import { formLine, type readForm } from './form.js';
import type { SourcePoint } from '../types.js';
import { pointAt } from '../core/points.js';
import { amendmentName, amendmentNumberOf, amendmentNumberPhrase } from '../lexicon/amendment-number.js';

const coverAmendment = new RegExp(String.raw`\b${amendmentNumberPhrase}\b`, 'i');
// Each optional bracket takes the blanks beside it: `[ \t]*` next to `[ \t#*_>]*` with only an optional `(` between
// would try every split of a long run of blanks.
/** An amendment heading on a line of its own ("Amendment No. 2", "(AMENDMENT NO. TWO)"). */
export const amendmentLine = new RegExp(String.raw`^[ \t#*_>]*(?:[(\[][ \t]*)?${amendmentNumberPhrase}(?:[ \t]*[)\]])?[ \t*_]*$`, 'im');
const introAmendments = [
  new RegExp(String.raw`\bThis\s+${amendmentNumberPhrase}\b`, 'gi'),
  new RegExp(String.raw`\b${amendmentNumberPhrase}\s+to\s+(?:the\s+|this\s+)?(?:Tender\s+Offer\s+Statement\s+on\s+)?Schedule\b`, 'gi'),
];

/**
 * The filing naming itself in its introduction; "as amended by Amendment No. 1 to the Schedule TO" names another.
 * @param text the filing's text
 * @returns the first match naming the filing's own amendment number (group `n`), or undefined
 */
export function introAmendment(text: string): RegExpMatchArray | undefined {
  const own = (match: RegExpMatchArray): boolean => !/\b(?:by|and)\s+$/i.test(text.slice(Math.max(0, (match.index ?? 0) - 12), match.index));
  return introAmendments.flatMap((re) => [...text.matchAll(re)]).find(own);
}

/**
 * Read the filing's amendment number from its cover, else its introduction, warning when the two disagree
 * (`filing-amendment-mismatch`) or when an amendment cover has none (`filing-no-amendment-number`).
 * @param file the filing, for messages
 * @param text the filing's text
 * @param form the form read from the text
 * @returns the amendment number and where it is written (the cover's, else the introduction's), or null for both
 */
export function readAmendment(file: VFile, text: string, form: ReturnType<typeof readForm>): { number: number | null; source: SourcePoint | null } {
  const coverEnd = labels.subject.exec(text)?.index ?? 0;
  const onCover = coverAmendment.exec(text.slice(0, coverEnd)) ?? amendmentLine.exec(text);
  const inIntro = introAmendment(text);
  const cover = onCover?.groups?.n ? amendmentNumberOf(onCover.groups.n) : null;
  const intro = inIntro?.groups?.n ? amendmentNumberOf(inIntro.groups.n) : null;
  if (cover !== null && intro !== null && cover !== intro && inIntro) {
    const reason = `Expected the introduction to name the cover's \`${amendmentName(cover)}\`, found \`${amendmentName(intro)}\``;
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
  // The place is the phrase itself ("AMENDMENT NO. 2"), not the brackets or blanks its line opens with.
  const phrase = (match: RegExpMatchArray | null | undefined): number | undefined => (match ? (match.index ?? 0) + Math.max(0, match[0].search(/amendment/i)) : undefined);
  const at = cover !== null ? phrase(onCover) : intro !== null ? phrase(inIntro) : undefined;
  return { number, source: at === undefined ? null : pointAt(text, at) };
}
