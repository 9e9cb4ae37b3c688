import { decodeReferences } from '../../core/character-references.js';

/** Share of a document's text that must sit inside `<pre>` for it to be an EDGAR text filing wrapped in HTML. */
const minPreShare = 0.8;

// Elements whose content is not text a reader sees.
const hiddenNames = ['head', 'title', 'script', 'style'];
const tag = /<[^<>]*>/g;

/**
 * The content spans `[start, end)` of every element of one name, found with plain searches (an element left open
 * runs to the end), so that any number of unclosed tags costs one pass.
 */
function elementSpans(lower: string, name: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let at = lower.indexOf(`<${name}`); at >= 0; at = lower.indexOf(`<${name}`, at + 1)) {
    if (!/[\s>/]/.test(lower.charAt(at + name.length + 1))) continue;
    const open = lower.indexOf('>', at);
    if (open < 0) break;
    const close = lower.indexOf(`</${name}`, open);
    spans.push([open + 1, close < 0 ? lower.length : close]);
    if (close < 0) break;
    at = close;
  }
  return spans;
}

function withoutHidden(html: string): string {
  const lower = html.toLowerCase();
  const spans = hiddenNames.flatMap((name) => elementSpans(lower, name)).sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    if (start < at) continue;
    out += html.slice(at, start) + html.slice(start, end).replace(/[^\n]/g, ' ');
    at = end;
  }
  return out + html.slice(at);
}

const visible = (html: string): number => html.replace(tag, '').replace(/\s+/g, '').length;

/**
 * Whether an HTML file is a plain-text filing wrapped in `<pre>` (as some EDGAR documents are): its `<pre>`
 * elements hold at least 80% of the text a reader sees.
 * @param html the HTML source
 * @returns true when it is
 */
export function isPreformattedFiling(html: string): boolean {
  const shown = withoutHidden(html);
  const total = visible(shown);
  if (total === 0) return false;
  const inside = elementSpans(shown.toLowerCase(), 'pre').reduce((sum, [start, end]) => sum + visible(shown.slice(start, end)), 0);
  return inside / total >= minPreShare;
}

/**
 * The plain text of a `<pre>`-wrapped filing, for the EDGAR text reader: tags, and hidden elements with their
 * content, become spaces (their line breaks kept), character references are decoded. Lines stay where they were, so
 * every line number points at the HTML source; a column moves only after a character reference on its line.
 * @param html the HTML source
 * @returns the text
 */
export function unwrapPreformatted(html: string): string {
  const blank = (markup: string): string => markup.replace(/[^\n]/g, ' ');
  return decodeReferences(withoutHidden(html).replace(tag, blank));
}
