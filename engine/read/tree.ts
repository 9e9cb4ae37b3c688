import type { VFile } from 'vfile';
import { buildHtmlTree } from './html/tree.js';
import { buildMarkdownTree } from './markdown/tree.js';
import { buildTextTree } from './text/tree.js';
import type { DocumentFormat, Root } from '../types.js';

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
