import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { amendmentText, scratchRoot, writeOfferDir } from '../helpers/generate-offer-dir.js';
import { runCli } from '../helpers/run-cli.js';
import { reviewScript } from '../../engine/render/html-script.js';

// Filings are untrusted: the HTML redline must show their text, never run it. Every case renders through the built
// CLI, parses the page as a browser would, and checks it holds no executable markup from the documents. Unicode
// bidirectional controls (U+202A-U+202E, U+2066-U+2069) could make a reviewer read "exe.doc" where the file says
// "cod.exe": we expect each made visible (shown as its code point, e.g. "U+202E"), never passed through raw.

const bidi = /[\u202A-\u202E\u2066-\u2069]/u;
const hostileBase = [
  '5. ACCEPTANCE OF OPTIONS FOR EXCHANGE.',
  '',
  '     Click <a href="javascript:alert(1)">here</a> or <img src=x onerror="alert(2)">. The code',
  `is <script>alert(3)</script> and the file is \u202Ecod.exe\u202C today. We will accept options.`,
  '',
].join('\n');
const hostileNew = `<script>alert(4)</script> Now <b onmouseover=alert(5)>bold</b>, <iframe src="javascript:alert(6)"></iframe> and \u2066isolated\u2069 \u202Egnp.exe\u202C.`;
const replacing = `Item 4(a) of the Schedule TO is hereby amended and supplemented by deleting in its entirety the last sentence of the first paragraph of Section 5 of the Offer to Exchange, and replacing it with the following sentence:\n\n            "${hostileNew}"`;

function hostileOffer(): string {
  const dir = writeOfferDir('hostile', { 'offer-to-exchange.txt': hostileBase, 'amendment-1.txt': amendmentText({ number: 1, instructions: [replacing] }) }, ['amendment-1.txt']);
  const manifest = { title: 'Offer <script>alert(7)</script>', documents: { 'Offer to Exchange': 'offer-to-exchange.txt' }, filings: ['amendment-1.txt'] };
  writeFileSync(join(dir, 'offer.json'), JSON.stringify(manifest));
  return dir;
}

function hostileHtmlPair(): [string, string] {
  const page = (body: string): string => `<html><body><p>5. ACCEPTANCE OF OPTIONS.</p><p>${body}</p></body></html>`;
  const from = join(scratchRoot(), 'from.html');
  const to = join(scratchRoot(), 'to.html');
  writeFileSync(from, page('Text &lt;script&gt;alert(8)&lt;/script&gt; and &#8238;cod.exe&#8236; here. <script>alert(9)</script>We accept.'));
  writeFileSync(to, page('Text &lt;img src=x onerror=alert(10)&gt; and <a href="javascript:alert(11)">a link</a> here. We accept &#x2067;all&#x2069;.'));
  return [from, to];
}

function elements(node: Nodes): Element[] {
  const own = node.type === 'element' ? [node] : [];
  const children = 'children' in node ? (node.children as Nodes[]).flatMap(elements) : [];
  return [...own, ...children];
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '';
}

/** What in a page could run: script elements, event-handler attributes, `javascript:` URLs, embedded frames. */
function executable(html: string): string[] {
  const tree = unified().use(rehypeParse).parse(html) as Root;
  return elements(tree).flatMap((el) => {
    const found: string[] = [];
    // The page's own script (a constant holding no document text) is the one script allowed.
    const own = el.tagName === 'script' && textOf(el) === reviewScript && Object.keys(el.properties ?? {}).length === 0;
    if (['script', 'iframe', 'object', 'embed', 'img'].includes(el.tagName) && !own) found.push(`<${el.tagName}>`);
    for (const [name, value] of Object.entries(el.properties ?? {})) {
      if (/^on/i.test(name)) found.push(`${el.tagName}[${name}]`);
      if (/^(href|src|action|formAction|xLinkHref)$/i.test(name) && /^\s*javascript:/i.test(String(value))) found.push(`${el.tagName}[${name}=${String(value)}]`);
    }
    return found;
  });
}

function render(args: string[]): string {
  const run = runCli(args);
  expect(run.code, run.stderr).toBe(0);
  return run.stdout;
}

describe('the HTML redline escapes all document text', () => {
  it('holds no executable markup from the filings, the document or the offer title (redline)', () => {
    const html = render(['redline', hostileOffer(), '--from', '0', '--to', '1', '--format', 'html']);
    expect(executable(html)).toEqual([]);
    const text = textOf(unified().use(rehypeParse).parse(html) as Root);
    for (const shown of ['<script>alert(3)</script>', '<img src=x onerror="alert(2)">', '<a href="javascript:alert(1)">', '<b onmouseover=alert(5)>', 'Offer <script>alert(7)</script>']) {
      expect(text, `shown as text: ${shown}`).toContain(shown);
    }
  });

  it('holds no executable markup from either document (compare)', () => {
    const html = render(['compare', ...hostileHtmlPair(), '--format', 'html']);
    expect(executable(html)).toEqual([]);
    expect(textOf(unified().use(rehypeParse).parse(html) as Root)).toContain('img src=x onerror=alert(10)>');
  });

  it('makes Unicode bidirectional controls visible instead of passing them through', () => {
    const pages = [render(['redline', hostileOffer(), '--from', '0', '--to', '1', '--format', 'html']), render(['compare', ...hostileHtmlPair(), '--format', 'html'])];
    for (const html of pages) {
      expect(bidi.exec(html)?.[0].codePointAt(0)?.toString(16), 'a raw bidi control in the page').toBeUndefined();
      expect(html).toContain('U+202E');
    }
  });

  it('lets only its own script run and loads nothing, by Content-Security-Policy', () => {
    const html = render(['redline', hostileOffer(), '--from', '0', '--to', '1', '--format', 'html']);
    const tree = unified().use(rehypeParse).parse(html) as Root;
    const policies = elements(tree).filter((el) => el.tagName === 'meta' && String(el.properties?.httpEquiv) === 'Content-Security-Policy');
    const hash = createHash('sha256').update(reviewScript).digest('base64');
    expect(policies.map((el) => el.properties?.content)).toEqual([`default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`]);
    expect(elements(tree).filter((el) => el.tagName === 'script')).toHaveLength(1);
  });

  it('writes the same safe page with --out', () => {
    const dir = hostileOffer();
    const out = join(dir, 'redline.html');
    expect(runCli(['redline', dir, '--from', '0', '--to', '1', '--format', 'html', '--out', out]).code).toBe(0);
    expect(executable(readFileSync(out, 'utf8'))).toEqual([]);
  });
});
