// One benchmark case (a document of some size with some edits) and the tasks the benchmark times on it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffWords, wordsWithSpaceDiff } from 'diff';
import { compareTexts } from '../dist/engine/redline/compare-text.js';
import { compare } from '../dist/engine/redline/compare.js';
import { redline } from '../dist/engine/redline/redline.js';
import { renderText } from '../dist/engine/core/document-text.js';
import { baseDocument, documentName, documentOfSize, editedVersions } from './bench-docs.mjs';

const labels = { from: 'a.txt', to: 'b.txt' };

/** Build a case and write its inputs to a folder: the two texts (for processes) and the versions (for children). */
export function writeCase(folder, words, edits) {
  const base = baseDocument();
  const sized = documentOfSize(base.tree, words);
  const versions = editedVersions(sized.tree, edits);
  const texts = versions.map((v) => renderText(v.documents[documentName]));
  writeFileSync(join(folder, 'a.txt'), texts[0]);
  writeFileSync(join(folder, 'b.txt'), texts[1]);
  writeFileSync(join(folder, 'versions.json'), JSON.stringify(versions));
  return { source: base.path, words: sized.words, versions, texts };
}

/** Read a case a parent wrote. */
export function readCase(folder) {
  const versions = JSON.parse(readFileSync(join(folder, 'versions.json'), 'utf8'));
  const texts = ['a.txt', 'b.txt'].map((name) => readFileSync(join(folder, name), 'utf8'));
  return { versions, texts };
}

/**
 * The tasks timed on a case. `diffWords` is the named baseline (jsdiff over the whole texts, stopped after
 * `timeout` ms, when it returns undefined); `tokenise` is the redline's own baseline.
 */
export function tasks(input, timeout) {
  const [a, b] = input.texts;
  const trees = input.versions.map((v) => v.documents[documentName]);
  return {
    load: () => 0,
    tokenise: () => wordsWithSpaceDiff.tokenize(a).length + wordsWithSpaceDiff.tokenize(b).length,
    redline: () => redline(input.versions, { document: documentName, from: 0, to: 1 }).changes.length,
    compare: () => compareTexts(a, b, labels).changes.length,
    compareTrees: () => compare(trees[0], trees[1], labels).changes.length,
    diffWords: () => diffWords(a, b, { timeout })?.length ?? -1,
  };
}
