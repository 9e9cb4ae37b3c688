import type { Redline } from '../types.js';
import { renderJson } from './json.js';
import { renderMd } from './md.js';
import { renderTerm } from './term.js';
import { renderUnified } from './unified.js';

/** The formats a redline renders to; the first is the default. */
export const redlineFormats = ['term', 'md', 'html', 'json', 'unified', 'docx'] as const;

/** One of `redlineFormats`. */
export type RedlineFormat = (typeof redlineFormats)[number];

/** The formats whose output is a file's bytes, not text: they are written with `--out`, never to a terminal. */
export const binaryRedlineFormats: readonly RedlineFormat[] = ['docx'];

/**
 * Render a redline in a format. HTML and Word are loaded only when asked for, so the other formats start fast.
 * @param redline the redline
 * @param format the format
 * @param options whether the terminal format may use colour
 * @returns the rendered text, or the file's bytes for Word
 */
export async function renderRedline(redline: Redline, format: RedlineFormat, options: { color: boolean }): Promise<string | Uint8Array> {
  const renderers: Record<RedlineFormat, () => Promise<string | Uint8Array> | string> = {
    term: () => renderTerm(redline, options),
    md: () => renderMd(redline),
    html: async () => (await import('./html.js')).renderHtml(redline),
    json: () => renderJson(redline),
    unified: () => renderUnified(redline),
    docx: async () => (await import('./docx.js')).renderDocx(redline),
  };
  return renderers[format]();
}
