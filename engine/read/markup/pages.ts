import { floorIndex } from '../../core/floor-index.js';
import type { VFile } from 'vfile';
import { warn } from '../../core/diagnostics.js';
import type { PageInfo, Point } from '../../types.js';

/**
 * Something in a markdown or HTML file that bears on pages: a page break (`<hr style="page-break-...">`),
 * a page start marker (`<!-- page: 7 -->`), or a printed page number standing alone at the foot of a page.
 */
export type PageEvent =
  | { type: 'break'; offset: number }
  | { type: 'start'; offset: number; label: string }
  | { type: 'foot'; offset: number; end: number; label: string };

const pageLabel = /^(?:page\s+)?(?:[-\u2013\u2014]\s*)?(\d{1,3}|[ivx]+)(?:\s*[-\u2013\u2014])?(?:\s+of\s+\d{1,4})?$/i;
// Front-matter numerals up to xxxix; a lone `x` or `v` is more likely a checkbox or a list mark.
const roman = /^x{0,3}(?:ix|iv|v?i{0,3})$/;

/**
 * Whether a block's whole text is a printed page number (`7`, `-7-`, `Page 7`, `Page 7 of 30`, `ii`).
 * @param text the block's text, whitespace collapsed
 * @returns true for a page number
 */
export function isPageLabel(text: string): boolean {
  const label = pageLabel.exec(text.trim())?.[1];
  if (label === undefined) return false;
  return /\d/.test(label) || (roman.test(label) && label !== 'x' && label !== 'v');
}

/**
 * The number a page label prints, or null for roman numerals and other labels.
 * @param label the label as it reads
 * @returns its arabic number
 */
export function labelNumber(label: string): number | null {
  const digits = /\d+/.exec(label);
  return digits ? Number(digits[0]) : null;
}

/** What `buildPages` needs besides the events. */
export interface PageSource {
  file: VFile;
  /** Length of the source text. */
  length: number;
  /** Start offsets of the content blocks, in order: a page without content is not a page. */
  contents: number[];
  pointAt: (offset: number) => Point;
}

interface OpenPage {
  start: number;
  label: string | null;
  /** How many content blocks started before this page did. */
  seen: number;
}

/**
 * Cut a file into printed pages from its page events; pages without content are dropped.
 * @param events the page events in source order
 * @param source the file, its length, its content offsets and its point lookup
 * @returns the pages, indexed from 0
 */
export function buildPages(events: PageEvent[], source: PageSource): PageInfo[] {
  const closed: Array<OpenPage & { end: number }> = [];
  let current: OpenPage = { start: 0, label: null, seen: 0 };
  let seen = 0;
  for (const event of [...events].sort((a, b) => a.offset - b.offset)) {
    while (seen < source.contents.length && (source.contents[seen] ?? 0) < event.offset) seen++;
    if (event.type === 'foot') labelPage(current, event, source);
    if (seen === current.seen) {
      // Nothing on the page yet: a marker names it, a break or a header number leaves it open.
      if (event.type === 'start') current.label = event.label;
      continue;
    }
    const end = event.type === 'foot' ? event.end : event.offset;
    closed.push({ ...current, end });
    current = { start: end, label: event.type === 'start' ? event.label : null, seen };
  }
  if (source.contents.length > current.seen) closed.push({ ...current, end: source.length });
  return closed.map((page, index) => ({
    index,
    number: page.label === null ? null : labelNumber(page.label),
    label: page.label,
    position: { start: source.pointAt(page.start), end: source.pointAt(page.end) },
  }));
}

// A page marker says which page starts; the number printed at the foot has the last word.
function labelPage(page: OpenPage, event: { offset: number; label: string }, source: PageSource): void {
  if (page.label !== null && labelNumber(page.label) !== labelNumber(event.label)) {
    const reason = `Expected page number \`${page.label}\` from the page marker, found \`${event.label}\` printed`;
    warn(source.file, reason, source.pointAt(event.offset), 'page-number-mismatch');
  }
  page.label = event.label;
}

/**
 * Make a function from source offsets to the printed number of the page they are on.
 * @param pages the pages in order
 * @returns the lookup (null before the first page or on an unnumbered page)
 */
export function pageLookup(pages: PageInfo[]): (offset: number) => number | null {
  const starts = pages.map((page) => page.position.start.offset);
  return (offset) => pages[pageIndexAt(starts, offset)]?.number ?? null;
}

/**
 * Index of the page an offset lies on, given the pages' start offsets.
 * @param starts start offsets in order
 * @param offset a source offset
 * @returns the index (0 when before the first page)
 */
export function pageIndexAt(starts: number[], offset: number): number {
  return floorIndex(starts, offset);
}

// A marker holds no `>` but the one closing it, so each `>`-ended piece of the value holds at most one, ending that
// piece. Read piece by piece, a run of unclosed `<!-- page` is not rescanned from each opening as
// `/<!--\s*page\s*:?\s*([^\s>-][^>]*?)\s*-->/g` would; this finds the same markers and labels.
const markerOpening = /<!--\s*page\s*(?::\s*)?(?=[^\s>-])/iy;

/**
 * Find `<!-- page: N -->` markers in an HTML node's value.
 * @param value the raw HTML
 * @param offset the source offset where the value starts
 * @returns a page start event per marker
 */
export function pageMarkers(value: string, offset: number): PageEvent[] {
  const events: PageEvent[] = [];
  for (let from = 0, close = value.indexOf('>'); close >= 0; from = close + 1, close = value.indexOf('>', from)) {
    const marker = close - from >= 2 && value.startsWith('--', close - 2) ? markerIn(value.slice(from, close - 2)) : null;
    if (marker) events.push({ type: 'start', offset: offset + from + marker.at, label: marker.label });
  }
  return events;
}

// The first marker opening in a piece (the text before its `-->`) followed by a label, and that label.
function markerIn(piece: string): { at: number; label: string } | null {
  for (let open = piece.indexOf('<!--'); open >= 0; open = piece.indexOf('<!--', open + 1)) {
    markerOpening.lastIndex = open;
    if (markerOpening.test(piece)) return { at: open, label: piece.slice(markerOpening.lastIndex).trim() };
  }
  return null;
}
