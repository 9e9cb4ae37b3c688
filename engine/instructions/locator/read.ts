import type { Token } from '../tokens.js';
import { fullParagraph } from '../../core/full-paragraphs.js';
import { statementDocuments } from './documents.js';
import type { Constituent, Position, UnitPhrase } from './constituents.js';
import { scanLocator } from './scan.js';
import { scopeRank, unitScope, type Unit } from './units.js';
import type { Target, TargetScope } from '../../types.js';

/** A locator read from an instruction: the target(s) it names and where an insertion goes. */
export interface Locator {
  /** One target per place named ("the sections entitled A, B and C" gives three). */
  targets: Target[];
  position: Position | null;
  /** Whether the position has its own anchor ("immediately after the first sentence") or is the target's edge. */
  anchor: Constituent | null;
  /** The unit the new text is said to be ("the following clause"), and the text when given inline. */
  newText: { unit: Unit | null; text: string | null } | null;
  /** Quoted words inside the target that the contract cannot name ("deleting the words "and reasonable""). */
  loose: string[];
  /** Why a heading named without quotes could not be read: the target would have lost it. */
  unreadable: string[];
}

const unique = <T>(values: T[]): T[] => values.filter((value, index) => values.indexOf(value) === index);

const units = (found: Constituent[], unit: Unit): UnitPhrase[] =>
  found.filter((c): c is UnitPhrase => c.kind === 'unit' && c.unit === unit);

function itemOf(found: Constituent[]): string | null {
  const ids = units(found, 'item').find((u) => u.ids)?.ids;
  if (!ids) return null;
  if (ids.range && ids.ids.length > 1) return `${ids.ids[0]}-${ids.ids[ids.ids.length - 1]}`;
  return ids.ids.join(', ');
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

function headingsOf(found: Constituent[]): string[] {
  return found.flatMap((c) => (c.kind === 'unit' || c.kind === 'caption' ? c.headings : []));
}

function paragraphsOf(found: Constituent[]): Array<Target['paragraph']> {
  const phrase = units(found, 'paragraph').find((u) => u.ordinals.length > 0 || u.ids);
  if (!phrase) return [null];
  if (phrase.ids) return phrase.ids.ids;
  if (phrase.full) return phrase.ordinals.map(fullParagraph);
  return phrase.ordinals;
}

function scopeOf(found: Constituent[]): TargetScope {
  const named = found.flatMap((c) => (c.kind === 'unit' ? [unitScope[c.unit]] : c.kind === 'caption' ? ['section' as const] : []));
  const ranked = scopeRank.filter((scope) => named.includes(scope));
  return ranked[0] ?? 'document';
}

// The target constituents: all but the new-text marker; for an anchored insertion, the anchor decides the scope.
function anchorOf(found: Constituent[]): Constituent | null {
  const index = found.findIndex((c) => c.kind === 'position' && c.anchored);
  if (index < 0) return null;
  return found.slice(index + 1).find((c) => c.kind === 'unit' || c.kind === 'caption') ?? null;
}

function expand(base: Omit<Target, 'heading' | 'section' | 'paragraph' | 'paragraphs' | 'match'>, found: Constituent[]): Target[] {
  const headings: Array<string | null> = unique(headingsOf(found));
  const sections: Array<string | null> = unique(units(found, 'section').flatMap((u) => u.ids?.ids ?? []));
  const targets: Target[] = [];
  for (const heading of headings.length > 0 ? headings : [null]) {
    for (const section of sections.length > 0 ? sections : [null]) {
      for (const paragraph of paragraphsOf(found)) {
        const { document, item, pages, sentences, scope } = base;
        targets.push({ document, item, pages, section, heading, paragraph, paragraphs: [], sentences, scope, match: null });
      }
    }
  }
  return targets;
}

/**
 * Read the locator of an instruction: what it targets, expanded to one target per place named, and where an
 * insertion goes. `document` falls back to the statement ("Schedule TO") when only an Item is named, else to the
 * filing's offer document; `scope` is the smallest unit named (the anchor's unit for an anchored insertion).
 * @param tokens the instruction's tokens
 * @param offerDocument the offer document the filing names ("Offer to Exchange"), for "the Offer" and unnamed documents
 * @returns the locator
 */
export function readLocator(tokens: Token[], offerDocument: string | null): Locator {
  const { found, loose } = scanLocator(tokens);
  const position = found.find((c) => c.kind === 'position');
  const anchor = anchorOf(found);
  const marker = found.find((c) => c.kind === 'newText');
  const base = {
    document: documentOf(found, offerDocument),
    item: itemOf(found),
    pages: unique(units(found, 'page').flatMap((u) => u.ids?.ids ?? [])).map(Number).filter(Number.isFinite),
    sentences: unique(units(found, 'sentence').flatMap((u) => u.ordinals)),
    scope: scopeOf(found),
  };
  return {
    targets: expand(base, found),
    position: position?.kind === 'position' ? position.position : null,
    anchor,
    newText: marker?.kind === 'newText' ? { unit: marker.unit, text: marker.text } : null,
    loose,
    unreadable: found.flatMap((c) => (c.kind === 'unreadable' ? [c.reason] : [])),
  };
}
