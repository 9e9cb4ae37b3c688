/** A heading as an instruction names it, split into the section number a path names and the heading itself. */
export interface HeadingPath {
  section: string | null;
  heading: string | null;
}

// "Section 9", "Section 9.", "Section 9. Source and Amount of Funds", "9. Source and Amount of Funds".
const sectionSegment = /^(?:Section\s+)?(\d{1,2}[A-Z]?)(?:\.|\s*[:—–-])?\s*(.*)$/i;
const dashes = /\s*(?:[—–]|--)\s*|\s+-\s+/;

/**
 * Read a quoted heading that carries its place: "The Offer—Section 9—Source and Amount of Funds" names section `9`
 * and its heading "Source and Amount of Funds"; "Section 9" names the section alone. A heading with its part and no
 * section ("Summary Term Sheet—What are the conditions?") is kept whole, as written.
 * @param heading the heading as quoted
 * @returns the section and the heading
 */
export function readHeadingPath(heading: string): HeadingPath {
  const segments = heading.split(dashes);
  const index = segments.findIndex((segment) => /^Section\s+\d/i.test(segment) || (segments.length > 1 && /^\d{1,2}[A-Z]?\.\s/.test(segment)));
  if (index < 0) return { section: null, heading };
  const match = sectionSegment.exec(segments[index] as string);
  if (!match) return { section: null, heading };
  const rest = [match[2] ?? '', ...segments.slice(index + 1)].filter((part) => part !== '');
  return { section: match[1] ?? null, heading: rest.length > 0 ? rest.join('—') : null };
}
