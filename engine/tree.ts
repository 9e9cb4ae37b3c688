import type { VFile } from 'vfile';
import { buildHtmlTree } from './tree-html.js';
import { buildMarkdownTree } from './tree-markdown.js';
import { buildTextTree } from './tree-text.js';
import type { DocumentFormat, Root } from './types.js';

const builders: Record<DocumentFormat, (file: VFile) => Root> = {
  text: buildTextTree,
  markdown: buildMarkdownTree,
  html: buildHtmlTree,
};

/**
 * Build the document tree of a file in its format (`file.data.format`, set by `ingest`; plain text when unset).
 * @param file the ingested file
 * @returns the document
 */
export function buildTree(file: VFile): Root {
  const format = (file.data.format as DocumentFormat | undefined) ?? 'text';
  return builders[format](file);
}
