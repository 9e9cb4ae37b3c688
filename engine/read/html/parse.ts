import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { warn } from '../../core/diagnostics.js';

const htmlParser = unified().use(rehypeParse);

// Elements that nest without end in tag soup (unclosed `<font>`, `<div>` in `<div>`) become `<p>`, which
// closes itself; inline formatting other than bold, and all but the simplest structure, are blanked out.
const keptTags = /^(?:p|br|hr|h[1-6]|html|head|body)$/i;
const keptWithFormatting = /^(?:p|br|hr|h[1-6]|html|head|body|table|tr|td|th|b|strong)$/i;
const blockTags = /^(?:div|center|blockquote|section|article|li|ul|ol|dl|dd|dt|address|pre|table|tr|td|th|caption|tbody|thead|tfoot)$/i;

/**
 * Parse HTML into hast. The hast converter recurses once per level, so a document nested thousands deep
 * overflows the stack: such a file is parsed again flattened (same offsets), first keeping bold and tables,
 * then keeping paragraphs only, and a message says so.
 * @param file the file, for the message
 * @param source the HTML
 * @returns the hast root
 */
export function parseHtml(file: VFile, source: string): Root {
  const attempts = [(text: string) => text, flattener(keptWithFormatting), flattener(keptTags)];
  for (const [index, flatten] of attempts.entries()) {
    try {
      return htmlParser.parse(flatten(source));
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      if (index === 0) {
        const reason = 'Expected HTML nested at most a few thousand elements deep, found deeper nesting; read it flattened';
        warn(file, reason, { line: 1, column: 1 }, 'html-too-deep');
      }
    }
  }
  return { type: 'root', children: [] };
}

const blank = (text: string): string => text.replace(/[^\n]/g, ' ');

/**
 * Make a function that flattens HTML without moving any character: comments, scripts and styles
 * are blanked, block elements renamed `p` (padded), and tags other than `kept` blanked.
 * @param kept the tags to keep as they are
 * @returns the flattener
 */
export function flattener(kept: RegExp): (source: string) => string {
  return (source) =>
    source
      .replace(/<!--[^]*?(?:-->|$)|<(script|style|title)\b[^]*?(?:<\/\1\s*>|$)/gi, blank)
      .replace(/<(\/?)([a-z][a-z\d]*)\b[^>]*>/gi, (tag: string, slash: string, name: string) => {
        if (kept.test(name)) return tag;
        if (!blockTags.test(name)) return blank(tag);
        return `<${slash}p${' '.repeat(name.length - 1)}${tag.slice(slash.length + name.length + 1)}`;
      });
}
