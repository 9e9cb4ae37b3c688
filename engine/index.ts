// The public API of amendiff: the pipeline's stages, in order, and the types they pass.
export type * from './types.js';
export { ingest, ingestProblem, detectFormat, maxInputBytes, type IngestProblem } from './ingest.js';
export { buildTree } from './tree.js';
export { splitSentences, type SentenceSpan } from './sentences.js';
export { blockContexts, type BlockContext } from './context.js';
export { outlineOf, type Outline, type OutlineBlock } from './outline.js';
export { readFiling } from './filing.js';
export { readResults } from './results.js';
export { parseDate, findDates, formatLike, dateForms, formatLong, type FoundDate } from './dates.js';
export { definedTerms, type DefinedTerm } from './defined-terms.js';
export { parseFiling, parseInstructions } from './instructions.js';
export { readManifest } from './offer.js';
export { resolveTarget, type Resolution } from './resolve.js';
export { applyEdits, type Applied } from './apply.js';
export { buildVersions, type OfferInput } from './versions.js';
export type { Restatement } from './versions-restate.js';
export { lifecycleMachine, type LifecycleEvent } from './lifecycle.js';
export {
  operativeText,
  checkOffer,
  offerFiles,
  offerTimeline,
  parseAsOf,
  findVersion,
  findDocument,
  type AsOf,
  type OperativeText,
  type OfferTimelineEntry,
} from './operative.js';
export { redline, type RedlineOptions } from './redline.js';
export { compare } from './compare.js';
export { compareTexts } from './compare-text.js';
export { diagnosticsOf, toDiagnostic } from './diagnostics.js';
export { renderText } from './render/text.js';
export { renderRedline, redlineFormats, type RedlineFormat } from './render/formats.js';
export { renderOutlineText } from './render/outline-text.js';
export { renderInstructionsText } from './render/instructions-text.js';
export { renderBlocksJson } from './render/blocks-json.js';
export { renderTimelineText } from './render/timeline-text.js';
