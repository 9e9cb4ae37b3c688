// Documents for `npm run bench`: the corpus' prose repeated to a size, sparse sentence edits on them, and the
// typesettings users hold: one paragraph per line, EDGAR text (wrapped, with page furniture) and EDGAR HTML.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ingest } from '../dist/engine/read/ingest.js';
import { heading, paragraph, root, sentence, table } from '../dist/engine/core/nodes.js';
import { renderText } from '../dist/engine/core/document-text.js';
import { simulateEdits } from '../dist-bench/test/helpers/simulate-edits.js';
import { filingAsHtml } from '../dist-bench/test/helpers/convert-filing.js';
import { buildTree } from '../dist/engine/read/tree.js';

export const documentName = 'Offer to Exchange';
const sources = ['corpus/sonus-2002-option-exchange/offer-to-exchange.txt', 'corpus/sonus-2002-option-exchange/amendment-2.txt'];

/** The corpus document the benchmark repeats: the Offer to Exchange, or an amendment's prose until it exists. */
export function baseDocument() {
  for (const path of sources) {
    try {
      return { path, tree: buildTree(ingest(path, readFileSync(fileURLToPath(new URL(`../${path}`, import.meta.url))))) };
    } catch {
      // Not there yet: try the next source.
    }
  }
  throw new Error(`None of ${sources.join(', ')} could be read`);
}

const countWords = (text) => text.match(/\S+/g)?.length ?? 0;

/** One copy of a block, made unique by the copy's number so repeats do not align with each other. */
function vary(block, copy) {
  const tag = `(${copy})`;
  if (block.type === 'heading') return heading(`${block.value} ${tag}`, block.kind, { number: block.number, page: block.page });
  if (block.type === 'paragraph') {
    const children = block.children.map((s, i) => sentence(i === 0 ? `${tag} ${s.value}` : s.value, s.page));
    return paragraph(children, { runIn: block.runIn, pages: block.pages });
  }
  return table(`${block.value} ${tag}`, { page: block.page });
}

/** The base document repeated (each copy varied) until it holds about `words` words. */
export function documentOfSize(base, words) {
  const baseWords = countWords(renderText(base));
  const copies = Math.max(1, Math.round(words / baseWords));
  const children = [];
  for (let copy = 0; copy < copies; copy++) children.push(...base.children.map((b) => (copy === 0 ? b : vary(b, copy))));
  const tree = root(children, 'text');
  return { tree, words: countWords(renderText(tree)) };
}

/** A small deterministic generator (mulberry32), so every run edits the same places. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rewrite a sentence as an amendment does: a few words changed, and now and then a clause added. */
function reword(text, next) {
  const words = text.split(' ');
  for (let k = 0; k < 3; k++) {
    const at = Math.floor(next() * words.length);
    words[at] = /^\d/.test(words[at]) ? String(Number.parseInt(words[at], 10) + 7) : `amended${k}`;
  }
  const clause = next() < 0.5 ? ', except as provided in the amended terms of the offer described above' : '';
  return `${words.join(' ').replace(/[.?!]?$/, '')}${clause}.`;
}

/**
 * Apply `count` sentence edits spread evenly over a document (most rewrite a sentence, some insert or delete one).
 * @returns the versions 0 and 1 the edit-derived redline reads
 */
export function editedVersions(tree, count, seed = 1) {
  const next = random(seed);
  const places = [];
  tree.children.forEach((block, b) => {
    if (block.type === 'paragraph') block.children.forEach((_, s) => places.push([b, s]));
  });
  const plan = [];
  for (let k = 0; k < count; k++) {
    const [block, s] = places[Math.floor(((k + next() * 0.5) * places.length) / count)];
    const roll = next();
    const old = tree.children[block].children[s].value;
    if (roll < 0.7) plan.push({ kind: 'replace', block, sentence: s, text: [reword(old, next)] });
    else if (roll < 0.85) plan.push({ kind: 'insert', block, sentence: s, text: [`The company has also agreed, as of the date of amendment ${k}, to extend the offer to eligible employees on leave.`] });
    else plan.push({ kind: 'delete', block, sentence: s, text: [] });
  }
  const origin = { amendment: 1, sources: [{ file: 'amendment-1.txt', item: '4', line: 1, column: 1 }], global: false };
  const edited = simulateEdits(tree, plan, { origin, document: documentName });
  return [version(0, tree, []), version(1, edited.root, edited.edits)];
}

function version(number, tree, edits) {
  const context = { expirations: [], withdrawnPlans: [], exhibitsRestated: [], exhibitsAdded: [], results: null, amendments: [] };
  const label = number === 0 ? 'original' : `Amendment No. ${number}`;
  return { number, label, date: null, file: null, documents: { [documentName]: tree }, edits, affected: [], exhibits: [], restated: [], state: 'amended', context };
}

const lineWidth = 76;
const linesPerPage = 56;

/** Hard-wrap a paragraph at the EDGAR line width, its first line indented five spaces. */
function wrapParagraph(text) {
  const lines = [];
  let line = '     ';
  for (const word of text.split(' ')) {
    if (line.trim() !== '' && line.length + 1 + word.length > lineWidth) {
      lines.push(line);
      line = '';
    }
    line += line.trim() === '' ? word : ` ${word}`;
  }
  lines.push(line);
  return lines;
}

/**
 * A document's text (one block per line, as `renderText` writes it) set as an EDGAR text filing: paragraphs wrapped
 * at 76 columns, headings as they stand, and every 56 lines a centred page number and `<PAGE>`, as filed.
 */
export function asEdgarText(text) {
  const out = [];
  let onPage = 0;
  let page = 1;
  for (const block of text.split('\n')) {
    const lines = block === '' ? [''] : block.length > lineWidth ? wrapParagraph(block) : [block];
    for (const line of lines) {
      out.push(line);
      if (++onPage === linesPerPage) {
        out.push('', `${' '.repeat(36)}${page++}`, '', '<PAGE>');
        onPage = 0;
      }
    }
  }
  return `${out.join('\n')}\n`;
}

/** The EDGAR text typeset as EDGAR HTML (the tests' converter: a paragraph per block, lines kept apart with `<br>`). */
export function asEdgarHtml(text) {
  return filingAsHtml(asEdgarText(text));
}
