import { describe, expect, it } from 'vitest';
import { isPreformattedFiling, unwrapPreformatted } from '../../engine/read/html/pre.js';
import { ingest } from '../../engine/read/ingest.js';

describe('a text filing wrapped in <pre>', () => {
  const html = '<html><head><title>SC TO-I/A</title></head><body>\n<pre>\n                 SCHEDULE TO\n\n     Item 4 is hereby amended &amp; supplemented.\n&lt;PAGE&gt;\n</pre>\n</body></html>\n';

  it('is recognised by the share of its text inside <pre>', () => {
    expect(isPreformattedFiling(html)).toBe(true);
    expect(isPreformattedFiling('<html><body><p>A long paragraph of prose that is not preformatted at all.</p><pre>x  1</pre></body></html>')).toBe(false);
    expect(isPreformattedFiling('<html><body></body></html>')).toBe(false);
  });

  it('becomes its text, lines where they stand, references decoded and the title hidden', () => {
    const text = unwrapPreformatted(html);
    expect(text.split('\n')).toHaveLength(html.split('\n').length);
    expect(text).not.toContain('SC TO-I/A');
    expect(text.split('\n')[4]).toBe('     Item 4 is hereby amended & supplemented.');
    expect(text.split('\n')[5]).toBe('<PAGE>');
  });

  it('is ingested as text, so the EDGAR text reader reads it', () => {
    const file = ingest('amendment.htm', html);
    expect(file.data.format).toBe('text');
    expect(ingest('page.html', '<html><body><p>Prose.</p></body></html>').data.format).toBe('html');
  });

  it('finishes on thousands of tags left open (a hang guard: each is passed once)', () => {
    const started = performance.now();
    isPreformattedFiling('<pre <title <script '.repeat(50_000));
    unwrapPreformatted('<pre <title &amp '.repeat(50_000));
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
