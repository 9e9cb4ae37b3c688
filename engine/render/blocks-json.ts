import { blockText } from '../core/nodes.js';
import { renderText } from '../core/document-text.js';
import { placeReviewPoints, type DeliverableReport } from '../offer/review.js';
import type { AmendmentTally, Block, InstructionRef, Origin, Problem, ReviewPoint, Root, Sentence } from '../types.js';

/** A sentence as `text --format json` gives it: its text, page and provenance. */
export interface SentenceJson {
  text: string;
  page: number | null;
  /** The amendment that put it there; 0 for the original. */
  amendment: number;
  /** The first instruction that asked for it, or null for original text. */
  source: InstructionRef | null;
  /** Every instruction that asked for it. */
  sources: InstructionRef[];
  /** True for a global change (an extension's dates), marked for review. */
  global: boolean;
  /** True where a person chose the place among an ambiguous instruction's candidates (decided in offer.json). */
  decided: boolean;
}

/** A block as `text --format json` gives it. */
export interface BlockJson {
  type: Block['type'];
  /** A heading's kind, else null. */
  kind: string | null;
  pages: number[];
  /** The block's text as `text` prints it. */
  text: string;
  runIn: string | null;
  amendment: number;
  sentences: SentenceJson[];
}

/** What `text --format json` prints. */
export interface OperativeJson {
  version: { number: number; label: string; date: string | null };
  document: string;
  /** Problems of the filings up to this version; `notApplied` marks each instruction not applied. */
  problems: Problem[];
  tallies: AmendmentTally[];
  /** Points to review, with `start`/`end` offsets into the text `text --format text` prints (null where not in it). */
  review: ReviewPoint[];
  blocks: BlockJson[];
}

function sentenceJson(node: Sentence): SentenceJson {
  return { text: node.value, page: node.page, ...provenance(node.origin) };
}

function provenance(origin: Origin): Pick<SentenceJson, 'amendment' | 'source' | 'sources' | 'global' | 'decided'> {
  return { amendment: origin.amendment, source: origin.sources[0] ?? null, sources: origin.sources, global: origin.global, decided: origin.decided === true };
}

/**
 * Describe each block with its sentences and their provenance.
 * @param tree the document
 * @returns the blocks in document order
 */
export function blocksJson(tree: Root): BlockJson[] {
  return tree.children.map((node) => {
    const sentences = node.type === 'paragraph' ? node.children.map(sentenceJson) : [];
    const pages = node.type === 'paragraph' ? node.pages : node.page === null ? [] : [node.page];
    return {
      type: node.type,
      kind: node.type === 'heading' ? node.kind : null,
      pages,
      text: blockText(node),
      runIn: node.type === 'paragraph' ? node.runIn : null,
      amendment: node.origin.amendment,
      sentences,
    };
  });
}

/**
 * Render a document as of a version as JSON: blocks with sentences, each with its page and provenance.
 * @param tree the document
 * @param meta the version and document name
 * @param report the problems, tallies and review points of the versions up to this one
 * @returns the JSON text, ending with a newline
 */
export function renderBlocksJson(tree: Root, meta: Pick<OperativeJson, 'version' | 'document'>, report?: DeliverableReport): string {
  const review = placeReviewPoints(report?.review ?? [], renderText(tree));
  const out: OperativeJson = { ...meta, problems: report?.problems ?? [], tallies: report?.tallies ?? [], review, blocks: blocksJson(tree) };
  return `${JSON.stringify(out, null, 2)}\n`;
}
