import type { VFile } from 'vfile';
import { parseHtml } from './parse.js';
import { dropStruck } from './marks.js';
import { walkHtml } from './walk.js';
import { finishTree } from '../markup/blocks.js';
import { withoutFurniture } from '../markup/furniture.js';
import type { Root } from '../../types.js';

/**
 * Build the document tree of an EDGAR HTML file: blocks from `<p>`/`<div>` soup (inline markup never splits
 * a paragraph), headings from `<h1>`-`<h6>` and bold or centred titles, bold run-in headings, data tables,
 * pages from page-break styles and the printed page numbers before them, running headers and footers left out, and the
 * text a marked supplement strikes through left out. Any nesting depth is safe.
 * @param file the file (its value is the HTML)
 * @returns the document
 */
export function buildHtmlTree(file: VFile): Root {
  const source = String(file.value);
  const found = walkHtml(dropStruck(parseHtml(file, source)), source);
  return finishTree({ raws: withoutFurniture(found.raws, found.events), events: found.events }, file, 'html');
}
