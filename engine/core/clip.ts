/**
 * Shorten text to at most `max` characters at a word boundary, marking the cut with "...".
 * @param text the text
 * @param max the most characters kept before the mark
 * @returns the text, or its first words and "..."
 */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : flat.slice(0, max)).replace(/[\s,;:.]+$/, '')}...`;
}

/**
 * Keep the end of a text to at most `max` characters at a word boundary, marking the cut with "...".
 * @param text the text
 * @param max the most characters kept after the mark
 * @returns the text, or "..." and its last words
 */
export function clipStart(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(-max - 1);
  const space = cut.indexOf(' ');
  return `...${(space >= 0 && space < cut.length - 1 ? cut.slice(space + 1) : flat.slice(-max)).replace(/^[\s,;:.]+/, '')}`;
}
