import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../engine/read/ingest.js';
import { chunkSize, markdownChunks } from '../../engine/read/markdown/chunks.js';
import { blockText } from '../../engine/core/nodes.js';
import { buildMarkdownTree } from '../../engine/read/markdown/tree.js';

const seed = readFileSync(new URL('../../corpus/sonus-2007-offer-to-amend/amendment-1.md', import.meta.url), 'utf8');

describe('markdownChunks', () => {
  it('keeps a short document whole', () => {
    expect(markdownChunks('# A\n\nText.\n')).toEqual([{ text: '# A\n\nText.\n', start: { line: 1, column: 1, offset: 0 } }]);
  });

  it('cuts only at a blank line before an unindented line, outside fenced code', () => {
    const fenced = '```\n' + 'code line\n\n'.repeat(chunkSize / 10) + '```\n\n';
    const source = `${fenced}Para one.\n\n    indented code\n\nPara two.\n`;
    const chunks = markdownChunks(source);
    expect(chunks.map((c) => c.text).join('')).toBe(source);
    expect(chunks.length).toBe(2);
    expect(chunks[1]?.text).toBe('Para one.\n\n    indented code\n\nPara two.\n');
    expect(chunks[1]?.start).toEqual({ line: source.slice(0, fenced.length).split('\n').length, column: 1, offset: fenced.length });
  });
});

describe('a markdown filing longer than one chunk', () => {
  const copies = Math.ceil((chunkSize * 2.5) / seed.length);
  const source = `${seed.trimEnd()}\n\n`.repeat(copies);
  const tree = buildMarkdownTree(ingest('long.md', source));
  const single = buildMarkdownTree(ingest('one.md', seed));

  it('reads the same blocks as reading it whole would, copy for copy', () => {
    expect(markdownChunks(source).length).toBeGreaterThan(2);
    const texts = tree.children.map(blockText);
    const once = single.children.map(blockText);
    const last = texts.slice(-once.length);
    expect(last).toEqual(once);
    expect(texts).toContain('Item 4. Terms of the Transaction.');
  });

  it('maps every sentence back to its place in the whole source', () => {
    for (const block of tree.children) {
      if (block.type !== 'paragraph') continue;
      for (const s of block.children) {
        const at = s.position?.start.offset ?? -1;
        const firstWord = s.value.split(' ')[0] ?? '';
        expect(source.slice(at, at + firstWord.length), `sentence at ${at}`).toBe(firstWord);
      }
    }
  });
});
