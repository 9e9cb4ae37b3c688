// One benchmark case (a document of some size and typesetting with some edits) and the tasks the benchmark times on it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffWords, wordsWithSpaceDiff } from 'diff';
import { buildTree, compare, compareTexts, ingest, isBlockPerLine, redline, renderText } from '../dist/engine/index.js';
import { asEdgarHtml, asEdgarText, baseDocument, documentName, documentOfSize, editedVersions } from './bench-docs.mjs';

/** The typesettings measured: the file extension each is written with, and how a version's text is set. */
export const formats = {
  unwrapped: { ext: 'txt', set: (text) => text },
  'EDGAR text': { ext: 'txt', set: asEdgarText },
  'EDGAR HTML': { ext: 'htm', set: asEdgarHtml },
};

/** The two files of a case, as the processes are given them. */
export const caseFiles = (folder, format) => ['a', 'b'].map((name) => join(folder, `${name}.${formats[format].ext}`));

/** Build a case and write its inputs to a folder: the two texts (for processes) and the versions (for children). */
export function writeCase(folder, words, edits, format) {
  const base = baseDocument();
  const sized = documentOfSize(base.tree, words);
  const versions = editedVersions(sized.tree, edits);
  const texts = versions.map((v) => formats[format].set(renderText(v.documents[documentName])));
  caseFiles(folder, format).forEach((path, i) => writeFileSync(path, texts[i]));
  writeFileSync(join(folder, 'versions.json'), JSON.stringify(versions));
  writeFileSync(join(folder, 'format'), format);
  return { source: base.path, words: sized.words, versions, texts, format };
}

/** Read a case a parent wrote. */
export function readCase(folder) {
  const versions = JSON.parse(readFileSync(join(folder, 'versions.json'), 'utf8'));
  const format = readFileSync(join(folder, 'format'), 'utf8');
  const texts = caseFiles(folder, format).map((path) => readFileSync(path, 'utf8'));
  return { versions, texts, format };
}

/**
 * The tasks timed on a case. `diffWords` is the named baseline (jsdiff over the whole texts, stopped after
 * `timeout` ms, when it returns undefined); `tokenise` is the redline's own baseline. `compare` does what
 * `amendiff compare` does with the two files: texts one paragraph per line as they stand, anything else read
 * into document trees first.
 */
export function tasks(input, timeout) {
  const [a, b] = input.texts;
  const [pathA, pathB] = caseFiles('.', input.format);
  const labels = { from: pathA, to: pathB };
  const trees = input.versions.map((v) => v.documents[documentName]);
  const plain = input.format === 'unwrapped' && isBlockPerLine(a) && isBlockPerLine(b);
  return {
    load: () => 0,
    tokenise: () => wordsWithSpaceDiff.tokenize(a).length + wordsWithSpaceDiff.tokenize(b).length,
    redline: () => redline(input.versions, { document: documentName, from: 0, to: 1 }).changes.length,
    compare: () => (plain ? compareTexts(a, b, labels) : compare(buildTree(ingest(pathA, a)), buildTree(ingest(pathB, b)), labels)).changes.length,
    compareTrees: () => compare(trees[0], trees[1], labels).changes.length,
    diffWords: () => diffWords(a, b, { timeout })?.length ?? -1,
  };
}
