import type { Token } from '../tokens.js';
import { fullParagraph } from '../../core/full-paragraphs.js';
import { statementDocuments } from './documents.js';
import type { Constituent, Position, UnitPhrase } from './constituents.js';
import { readHeadingPath } from './heading-paths.js';
import { isPart } from './parts.js';
import { scanLocator, type Scan, type Span } from './scan.js';
import { scopeRank, unitScope, type Unit } from './units.js';
import type { Target, TargetMatch, TargetScope } from '../../types.js';

/** Words inside the target an edit acts on, and the words that take their place (null for a deletion). */
export interface WordEdit {
  match: TargetMatch;
  text: string | null;
}

/** A locator read from an instruction: the target(s) it names and where an insertion goes. */
export interface Locator {
  /** One target per place named ("the sections entitled A, B and C" gives three). */
  targets: Target[];
  position: Position | null;
  /** Whether the position has its own anchor ("immediately after the first sentence") or is the target's edge. */
  anchor: Constituent | null;
  /** The unit the new text is said to be ("the following clause"), and the text when given inline. */
  newText: { unit: Unit | null; text: string | null } | null;
  /** Word-level edits, in order: `replacing "A" with "B" and "C" with "D"` gives two. */
  words: WordEdit[];
  /** Quotations no rule read. */
  loose: string[];
  /** Why part of the locator could not be read (a heading without quotes, "this section" with none before). */
  unreadable: string[];
  /** Tokens no rule and no word of the sentence's grammar took. */
  leftover: number[];
  /** Whether the target is what stands under a heading ("the information under the heading X"), the heading kept. */
  body: boolean;
}

/** What a locator reads besides its tokens. */
export interface LocatorOptions {
  /** The scan of the same tokens, when the caller has one (each sentence is scanned once). */
  scan?: Scan;
  /** The heading named just before, for "this section" and "such subheading". */
  previousHeading?: string | null;
}

const unique = <T>(values: T[]): T[] => values.filter((value, index) => values.indexOf(value) === index);

const units = (found: Constituent[], unit: Unit): UnitPhrase[] =>
  found.filter((c): c is UnitPhrase => c.kind === 'unit' && c.unit === unit);

// "Items 1 through 9 and Item 11" -> "1-9, 11".
function itemOf(found: Constituent[]): string | null {
  const named = units(found, 'item').flatMap((u) => {
    const ids = u.ids;
    if (!ids) return [];
    return ids.range && ids.ids.length > 1 ? [`${ids.ids[0]}-${ids.ids[ids.ids.length - 1]}`] : [ids.ids.join(', ')];
  });
  return named.length > 0 ? named.join(', ') : null;
}

function documentOf(found: Constituent[], offerDocument: string | null): string | null {
  const named = found.flatMap((c) => (c.kind === 'document' ? [c.document] : []));
  const specific = named.find((d) => !d.generic && !statementDocuments.has(d.name));
  if (specific) return specific.name;
  if (named.some((d) => d.generic)) return offerDocument;
  const statement = named.find((d) => statementDocuments.has(d.name));
  if (statement) return statement.name;
  return itemOf(found) !== null ? 'Schedule TO' : offerDocument;
}

// The headings each constituent names: a list ("the sections entitled A, B and C") is one constituent.
// A sentence that names a heading or a numbered section itself: "such section" in it is that one.
const namesPlace = (found: Constituent[]): boolean =>
  found.some((c) => c.kind === 'caption' || (c.kind === 'unit' && (c.headings.length > 0 || (c.unit === 'section' && c.ids !== null))));

// "such section" in a sentence that names a heading is that heading; otherwise the one named before.
function headingGroups(found: Constituent[], previous: string | null, inner = found): string[][] {
  const named = inner.map((c) => (c.kind === 'unit' || c.kind === 'caption' ? c.headings : [])).filter((group) => group.length > 0);
  return !namesPlace(found) && previous && found.some((c) => c.kind === 'back') ? [[previous]] : named;
}

// A section's own title is dropped when a heading inside it is named too: its number already locates it.
const isSectionTitle = (c: Constituent): boolean => c.kind === 'unit' && (c.unit === 'section' || c.unit === 'item') && c.ids !== null && c.headings.length > 0;

/**
 * The headings a locator names: one per heading of a list; headings named apart are nested and make one path, the
 * part of the document first ("Summary Term Sheet"), then the rest from the outermost ("under "A" in the section
 * entitled "B"" is B—A). Nested lists cannot be read as one place: null.
 */
function headingsOf(found: Constituent[], previous: string | null): string[] | null {
  const inner = found.filter((c) => !isSectionTitle(c));
  const groups = headingGroups(found, previous, inner.length < found.length && headingGroups(found, previous, inner).length > 0 ? inner : found);
  if (groups.length <= 1) return groups[0] ?? [];
  if (groups.some((group) => group.length > 1)) return null;
  const named = unique(groups.map((group) => group[0] as string));
  const outer = named.filter(isPart);
  return [[...outer, ...named.filter((h) => !isPart(h)).reverse()].join('—')];
}

// One target per paragraph named by id or as "the first full paragraph"; a run of ordinals is one target.
function paragraphsOf(found: Constituent[]): Array<Pick<Target, 'paragraph' | 'paragraphs'>> {
  const phrase = units(found, 'paragraph').find((u) => u.ordinals.length > 0 || u.ids);
  if (!phrase) return [{ paragraph: null, paragraphs: [] }];
  if (phrase.ids) return phrase.ids.ids.map((paragraph) => ({ paragraph, paragraphs: [] }));
  if (phrase.full) return phrase.ordinals.map((n) => ({ paragraph: fullParagraph(n), paragraphs: [] }));
  if (phrase.ordinals.length > 1) return [{ paragraph: null, paragraphs: phrase.ordinals }];
  return [{ paragraph: phrase.ordinals[0] ?? null, paragraphs: [] }];
}

function scopeOf(found: Constituent[]): TargetScope {
  const named = found.flatMap((c) => (c.kind === 'unit' ? [unitScope[c.unit]] : c.kind === 'caption' || c.kind === 'back' ? ['section' as const] : []));
  const ranked = scopeRank.filter((scope) => named.includes(scope));
  return ranked[0] ?? 'document';
}

// The target constituents: all but the new-text marker; for an anchored insertion, the anchor decides the scope.
function anchorOf(found: Constituent[]): Constituent | null {
  const index = found.findIndex((c) => c.kind === 'position' && c.anchored);
  if (index < 0) return null;
  return found.slice(index + 1).find((c) => c.kind === 'unit' || c.kind === 'caption' || c.kind === 'words' || c.kind === 'back') ?? null;
}

// The passage located by its words: a unit's own ("the sentence beginning "X""), or null.
function unitMatchOf(found: Constituent[]): TargetMatch | null {
  const phrase = found.find((c): c is UnitPhrase => c.kind === 'unit' && c.match !== null);
  return phrase?.match ? { ...phrase.match, occurrence: 1 } : null;
}

// Each quotation of words, with the new text given after it (before the next quotation of words).
function wordEditsOf(tokens: Token[], spans: Span[]): WordEdit[] {
  // "wherever it appears", "throughout the Offer to Purchase": every occurrence.
  const every = tokens.some((t) => t.kind === 'word' && (t.lower === 'wherever' || t.lower === 'throughout'));
  const edits: WordEdit[] = [];
  for (const { value } of spans) {
    if (value.kind === 'words') edits.push({ match: { text: value.text, mode: 'contains', occurrence: every ? 'all' : value.occurrence }, text: null });
    const last = edits[edits.length - 1];
    if (value.kind === 'newText' && last && last.text === null) last.text = value.text;
  }
  return edits;
}

const bodyNouns = new Set(['information', 'disclosure', 'disclosures', 'text', 'response', 'responses', 'answer', 'discussion', 'language', 'subsection', 'section', 'paragraphs']);
const bodyLinks = new Set(['set', 'forth', 'contained', 'included', 'appearing', 'provided', 'the']);

// "the information set forth under the heading X", "the response under "Q?"", "the subsection under X": what stands
// under the heading, the heading kept. The noun may open the span that names the heading ("the subsection under").
function isBody(tokens: Token[], spans: Span[]): boolean {
  return spans.some((span) => {
    const caption = span.value.kind === 'caption' || span.value.kind === 'back' || (span.value.kind === 'unit' && span.value.headings.length > 0);
    if (!caption) return false;
    let under = span.start - 1;
    for (let k = span.start; k < span.next && under < span.start; k++) if (tokens[k]?.lower === 'under') under = k;
    if (tokens[under]?.lower !== 'under') return false;
    let at = under - 1;
    while (at >= 0 && bodyLinks.has(tokens[at]?.lower ?? '')) at--;
    return bodyNouns.has(tokens[at]?.lower ?? '') && tokens[at]?.kind !== 'quoted';
  });
}

const pageOf = (id: string): number | string => (/^\d+$/.test(id) ? Number(id) : id.toLowerCase());

// Words replaced throughout several documents ("the Offer to Purchase and the Letter of Transmittal are amended by
// replacing each instance of "A" with "B"") are replaced in each.
function documentsOf(found: Constituent[], first: string | null): Array<string | null> {
  if (!found.some((c) => c.kind === 'words')) return [first];
  const named = unique(found.flatMap((c) => (c.kind === 'document' && !c.document.generic && !statementDocuments.has(c.document.name) ? [c.document.name] : [])));
  return named.length > 1 ? named : [first];
}

function expand(base: Omit<Target, 'heading' | 'section' | 'paragraph' | 'paragraphs'>, found: Constituent[], previous: string | null): Target[] {
  const named = unique(headingsOf(found, previous) ?? []).map(readHeadingPath);
  const headings = named.length > 0 ? named : [{ section: null, heading: null }];
  const sections: Array<string | null> = unique(units(found, 'section').flatMap((u) => u.ids?.ids ?? []));
  const targets: Target[] = [];
  for (const document of documentsOf(found, base.document)) {
    for (const path of headings) {
      for (const section of sections.length > 0 ? sections : [path.section]) {
        for (const paragraph of paragraphsOf(found)) targets.push({ ...base, document, section, heading: path.heading, ...paragraph });
      }
    }
  }
  return targets;
}

function unreadableOf(found: Constituent[], previous: string | null): string[] {
  const reasons = found.flatMap((c) => (c.kind === 'unreadable' ? [c.reason] : []));
  if (headingsOf(found, previous) === null) reasons.push('Expected one heading inside another, found lists of headings nested');
  const back = found.find((c) => c.kind === 'back');
  if (back && !previous && !namesPlace(found)) reasons.push(`Expected a heading named before \`this ${back.unit}\`, found none`);
  return reasons;
}

/**
 * Read the locator of an instruction: what it targets, expanded to one target per place named, and where an
 * insertion goes. `document` falls back to the statement ("Schedule TO") when only an Item is named, else to the
 * filing's offer document; `scope` is the smallest unit named (the anchor's unit for an anchored insertion).
 * @param tokens the instruction's tokens
 * @param offerDocument the offer document the filing names ("Offer to Exchange"), for "the Offer" and unnamed documents
 * @param options the scan of the tokens, if made, and the heading named before
 * @returns the locator
 */
export function readLocator(tokens: Token[], offerDocument: string | null, options: LocatorOptions = {}): Locator {
  const scan = options.scan ?? scanLocator(tokens);
  const { found } = scan;
  const previous = options.previousHeading ?? null;
  const position = found.find((c) => c.kind === 'position');
  const marker = found.find((c) => c.kind === 'newText');
  const base = {
    document: documentOf(found, offerDocument),
    item: itemOf(found),
    pages: unique(units(found, 'page').flatMap((u) => u.ids?.ids ?? [])).map(pageOf),
    sentences: unique(units(found, 'sentence').flatMap((u) => u.ordinals)),
    scope: scopeOf(found),
    match: unitMatchOf(found),
  };
  return {
    targets: expand(base, found, previous),
    position: position?.kind === 'position' ? position.position : null,
    anchor: anchorOf(found),
    newText: marker?.kind === 'newText' ? { unit: marker.unit, text: marker.text } : null,
    words: wordEditsOf(tokens, scan.spans),
    loose: scan.loose,
    unreadable: unreadableOf(found, previous),
    leftover: scan.leftover,
    body: isBody(tokens, scan.spans),
  };
}
