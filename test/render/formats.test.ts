import { describe, expect, it } from 'vitest';
import { escapeMd, renderMd } from '../../engine/render/md.js';
import { renderTerm } from '../../engine/render/term.js';
import { renderJson } from '../../engine/render/json.js';
import { renderUnified } from '../../engine/render/unified.js';
import { renderHtml } from '../../engine/render/html.js';
import { reviewScript } from '../../engine/render/html-script.js';
import { compare } from '../../engine/redline/compare.js';
import { paragraph, root, sentence } from '../../engine/core/nodes.js';
import { applyChanges } from '../helpers/splice.js';
import type { Redline } from '../../engine/types.js';
import { sampleRedline } from '../helpers/redline-fixture.js';

const sample = sampleRedline;

describe('term', () => {
  it('shows only changed paragraphs, marks changes without colour, and notes provenance', () => {
    expect(renderTerm(sample(), { color: false })).toMatchInlineSnapshot(`
      "Offer to Exchange: original (2002-11-10) → Amendment No. 2 (2002-11-12), 2 changes
      Timeline: original 2002-11-10 [original, expires 2002-11-15] → Amendment No. 1 2002-11-11 [amended, expires 2002-11-15] → Amendment No. 2 2002-11-12 [amended, expires 2002-11-15]

      ··· 1 unchanged paragraph ···

      The offer expires on November [-15-]{+22+}[c1], 2002. You may withdraw at any time.
             c1 │ Amendment No. 1 · Item 4 at amendment-1.txt:10:1

      ··· 1 unchanged paragraph ···

      {+Send elections by fax.+}[c2]
             c2 │ Amendment No. 2 · Item 4 at amendment-2.txt:10:1

      ··· 1 unchanged paragraph ···
      "
    `);
  });

  it('colours deletions red and struck, insertions green and underlined', () => {
    const text = renderTerm(sample(), { color: true });
    expect(text).toContain('\u001b[31m\u001b[9m15\u001b[29m\u001b[39m');
    expect(text).toContain('\u001b[32m\u001b[4m22\u001b[24m\u001b[39m');
  });
});

describe('md', () => {
  it('writes CriticMarkup with provenance footnotes', () => {
    expect(renderMd(sample())).toMatchInlineSnapshot(`
      "# Offer to Exchange: original (2002-11-10) → Amendment No. 2 (2002-11-12), 2 changes

      | Version | Date | State | Expires | Withdrawn for |
      | --- | --- | --- | --- | --- |
      | original | 2002-11-10 | original | 2002-11-15 |  |
      | Amendment No. 1 | 2002-11-11 | amended | 2002-11-15 |  |
      | Amendment No. 2 | 2002-11-12 | amended | 2002-11-15 |  |

      THE OFFER

      The offer expires on November {~~15~>22~~}[^c1], 2002. You may withdraw at any time.

      NEW OPTIONS. We will grant new options. The new options vest monthly.

      {++Send elections by fax.++}[^c2]

      Questions go to the Stock Plan Administrator.

      [^c1]: Amendment No. 1 · Item 4 at amendment-1.txt:10:1
      [^c2]: Amendment No. 2 · Item 4 at amendment-2.txt:10:1
      "
    `);
  });

  it('escapes text Markdown would read as markup', () => {
    expect(escapeMd('# 5. Terms *see* [Item 4] {++x++}\n1. one')).toBe('\\# 5. Terms \\*see\\* \\[Item 4\\] \\{++x++\\}\n1\\. one');
  });
});

describe('json', () => {
  it('lists changes whose splices turn the from-text into the to-text', () => {
    const parsed = JSON.parse(renderJson(sample())) as Redline;
    expect(parsed.changes.map((c) => [c.id, c.kind, c.from.text, c.to.text, c.provenance.map((o) => o.amendment)])).toEqual([
      ['c1', 'replace', '15', '22', [1]],
      ['c2', 'insert', '', '\n\nSend elections by fax.', [2]],
    ]);
    expect(applyChanges(parsed.from.text, parsed.changes)).toBe(parsed.to.text);
  });
});

describe('unified', () => {
  it('writes a git-style patch of the two texts', () => {
    expect(renderUnified(sample())).toMatchInlineSnapshot(`
      "===================================================================
      --- a/Offer to Exchange	original (2002-11-10)
      +++ b/Offer to Exchange	Amendment No. 2 (2002-11-12)
      @@ -1,7 +1,9 @@
       THE OFFER
       
      -The offer expires on November 15, 2002. You may withdraw at any time.
      +The offer expires on November 22, 2002. You may withdraw at any time.
       
       NEW OPTIONS. We will grant new options. The new options vest monthly.
       
      +Send elections by fax.
      +
       Questions go to the Stock Plan Administrator.
      "
    `);
  });
});

describe('html', () => {
  it('escapes document text by construction and links the halves of a move', () => {
    const moved = 'The <b>bold</b> & "quoted" paragraph moves to the end of the document.';
    const doc = (texts: string[]) => root(texts.map((t) => paragraph([sentence(t, null)])), 'text');
    const html = renderHtml(compare(doc([moved, 'Stay <script>alert(1)</script>.']), doc(['Stay <script>alert(1)</script>.', moved])));
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain(`<script>${reviewScript}</script>`);
    expect(html).toContain('Stay &#x3C;script>alert(1)&#x3C;/script>.');
    expect(html).toContain('<del id="c1" class="moveFrom move a0"');
    expect(html).toContain('<a class="ref" href="#c2" data-amendments="0">moved to c2</a>');
    expect(html).toContain('<a class="ref" href="#c1" data-amendments="0">moved from c1</a>');
  });
});

describe('terminal control characters from documents', () => {
  const page = (text: string) => root([paragraph([sentence(text, null)])], 'text');
  const hostile = (): Redline => compare(page('Plain \u001b[2Jtext \u0007here.'), page('Plain \u001b]0;owned\u0007text \u009bhere.'));

  it('reach the terminal only as visible code points, while our own colour escapes stay', () => {
    const plain = renderTerm(hostile(), { color: false });
    expect(plain).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u);
    expect(plain).toContain('Plain [U+001B][-[2Jtext [U+0007]-]{+]0;owned[U+0007]text [U+009B]+}[c1]here.');
    const coloured = renderTerm(hostile(), { color: true });
    expect(coloured).toContain('\u001b[31m');
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u);
  });
});

describe('Unicode bidirectional controls', () => {
  const bidi = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
  const page = (text: string) => root([paragraph([sentence(text, null)])], 'text');
  const hostile = (): Redline => compare(page('The file is \u202Ecod.exe\u202C today.'), page('The file is \u2066\u202Egnp.exe\u202C\u2069 now.'));

  it('shows each as its code point in the terminal, with or without colour', () => {
    for (const color of [false, true]) {
      const text = renderTerm(hostile(), { color });
      expect(text).not.toMatch(bidi);
      expect(text).toContain('[U+202E]cod.exe[U+202C]');
    }
    expect(renderTerm(hostile(), { color: false })).toContain('{+[U+2066][U+202E]gnp.exe[U+202C][U+2069] now+}');
  });

  it('escapes each in Markdown as a bracketed code point', () => {
    expect(escapeMd('a\u202Eb\u200Fc\u061C')).toBe('a\\[U+202E\\]b\\[U+200F\\]c\\[U+061C\\]');
    expect(renderMd(hostile())).not.toMatch(bidi);
  });

  it('shows each in HTML as a marked element in text and as its code point in attributes', () => {
    const html = renderHtml(hostile());
    expect(html).not.toMatch(bidi);
    expect(html).toContain('<span class="control" title="RIGHT-TO-LEFT OVERRIDE">U+202E</span>cod.exe<span class="control" title="POP DIRECTIONAL FORMATTING">U+202C</span>');
    expect(html).toMatch(/title="[^"]*\[U\+2066\]\[U\+202E\]gnp\.exe/);
  });
});
