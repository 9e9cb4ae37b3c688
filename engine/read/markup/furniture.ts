import { type MarkupBlock, rawStart } from './blocks.js';
import type { PageEvent } from './pages.js';
import { wordsText } from './words.js';

/** Most words a running header or footer holds. */
const maxWords = 12;
/** How many blocks next to a page's edge may be furniture. */
const edge = 2;

/**
 * Take running headers and footers out of a document's blocks: a short block standing at a page's edge (among the
 * first or last two blocks of a page) whose words, numbers aside, stand at the edge of more than half the pages, and
 * of three at least (every page when there are two or three): the company's name over each page, a "Table of
 * Contents" link under it. A sentence ("Not applicable.") is never furniture, however often it ends a page.
 * @param raws the blocks in source order
 * @param events the page events in source order
 * @returns the blocks without furniture
 */
export function withoutFurniture(raws: MarkupBlock[], events: PageEvent[]): MarkupBlock[] {
  const edges = pageEdges(raws, events);
  if (edges.length < 2) return raws;
  const seen = new Map<string, Set<number>>();
  edges.forEach((blocks, page) => {
    for (const index of blocks) {
      const key = furnitureKey(raws[index] as MarkupBlock);
      if (key !== null) seen.set(key, (seen.get(key) ?? new Set()).add(page));
    }
  });
  const needed = Math.max(Math.min(3, edges.length), Math.floor(edges.length / 2) + 1);
  const running = new Set([...seen].filter(([, pages]) => pages.size >= needed).map(([key]) => key));
  if (running.size === 0) return raws;
  const furniture = new Set(edges.flat().filter((index) => running.has(furnitureKey(raws[index] as MarkupBlock) ?? '')));
  return raws.filter((_, index) => !furniture.has(index));
}

// The blocks at the edges of each page: its first and last few, pages cut where a break or a printed number falls.
function pageEdges(raws: MarkupBlock[], events: PageEvent[]): number[][] {
  const cuts = events.filter((event) => event.type !== 'start').map((event) => event.offset);
  const pages: number[][] = [[]];
  let cut = 0;
  raws.forEach((raw, index) => {
    while (cut < cuts.length && (cuts[cut] as number) <= rawStart(raw)) {
      if ((pages[pages.length - 1] as number[]).length > 0) pages.push([]);
      cut++;
    }
    (pages[pages.length - 1] as number[]).push(index);
  });
  return pages.filter((page) => page.length > 0).map((page) => [...new Set([...page.slice(0, edge), ...page.slice(-edge)])]);
}

// What a running block reads, numbers aside ("Page 3" and "Page 4" are one), or null for a block that cannot be one.
function furnitureKey(raw: MarkupBlock): string | null {
  if (raw.type === 'table') return null;
  const text = wordsText(raw.tokens);
  if (raw.tokens.length > maxWords || /(?:^|\s)[a-z]+[.!?]["'\u201d)]*$/.test(text)) return null;
  return text.toLowerCase().replace(/\d+/g, '#');
}
