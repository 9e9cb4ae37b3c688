// The public API of amendiff: the pipeline's stages, in order, and the types they pass.
export type * from './types.js';
export { ingest, ingestProblem, detectFormat, decodeText, maxInputBytes, type IngestProblem } from './read/ingest.js';
export { buildTree } from './read/tree.js';
export { readEdgarAddress, readAccession, submissionPath, type EdgarFiling } from './read/edgar/address.js';
export { isSubmission, splitSubmission, type Submission, type SubmissionDocument, type SubmissionHeader, type SubmissionCompany } from './read/edgar/submission.js';
export { splitSentences, type SentenceSpan } from './sentences/split.js';
export { blockContexts, type BlockContext } from './read/context.js';
export { outlineOf, type Outline, type OutlineBlock } from './read/outline.js';
export { readFiling } from './filing/read.js';
export { readResults } from './filing/results.js';
export { parseDate, findDates, formatLike, dateForms, formatLong, type FoundDate } from './lexicon/dates.js';
export { definedTerms, type DefinedTerm } from './lexicon/defined-terms.js';
export { parseFiling, parseInstructions } from './instructions/parse.js';
export { readManifest, reportMissingFile } from './offer/manifest.js';
export { assembleOffer, type AssembledOffer, type AssembleResult, type OfferFolderFile, type SourceFile } from './offer/assemble.js';
export { resolveTarget, type Resolution } from './resolve/target.js';
export { applyEdits, type Applied } from './apply/edits.js';
export { buildVersions, type OfferInput } from './offer/versions.js';
export type { Restatement } from './offer/restated.js';
export { lifecycleMachine, type LifecycleEvent } from './offer/lifecycle.js';
export {
  operativeText,
  checkOffer,
  offerFiles,
  offerTimeline,
  parseAsOf,
  findVersion,
  findDocument,
  problemsOf,
  type AsOf,
  type OperativeText,
  type OfferTimelineEntry,
} from './offer/operative.js';
export { reviewPoints, placeReviewPoints, reportBetween, type ReviewRange, type DeliverableReport } from './offer/review.js';
export { orderProblems, filingsInOrder } from './offer/filing-order.js';
export { redline, type RedlineOptions } from './redline/redline.js';
export { compare } from './redline/compare.js';
export { compareTexts, isBlockPerLine } from './redline/compare-text.js';
export { diagnosticsOf, toDiagnostic } from './core/diagnostics.js';
export { renderText } from './core/document-text.js';
export { renderRedline, redlineFormats, binaryRedlineFormats, type RedlineFormat } from './render/formats.js';
export { renderOutlineText } from './render/outline-text.js';
export { renderInstructionsText } from './render/instructions-text.js';
export { renderBlocksJson } from './render/blocks-json.js';
export { renderMarkdownText } from './render/markdown-text.js';
export { renderTimelineText } from './render/timeline-text.js';
export { diagnosticLine, problemLine, problemsBlock, checkSummary } from './render/problems-text.js';
export { renderReviewText } from './render/review-text.js';
