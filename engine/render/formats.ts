import type { Redline } from '../types.js';
import { renderJson } from './json.js';
import { renderMd } from './md.js';
import { renderTerm } from './term.js';
import { renderUnified } from './unified.js';

/** The formats a redline renders to; the first is the default. */
export const redlineFormats = ['term', 'md', 'html', 'json', 'unified'] as const;

/** One of `redlineFormats`. */
export type RedlineFormat = (typeof redlineFormats)[number];

/**
 * Render a redline in a format. HTML is loaded only when asked for, so the other formats start fast.
 * @param redline the redline
 * @param format the format
 * @param options whether the terminal format may use colour
 * @returns the rendered text
 */
export async function renderRedline(redline: Redline, format: RedlineFormat, options: { color: boolean }): Promise<string> {
  const renderers: Record<RedlineFormat, () => Promise<string> | string> = {
    term: () => renderTerm(redline, options),
    md: () => renderMd(redline),
    html: async () => (await import('./html.js')).renderHtml(redline),
    json: () => renderJson(redline),
    unified: () => renderUnified(redline),
  };
  return renderers[format]();
}
