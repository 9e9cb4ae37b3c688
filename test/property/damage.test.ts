import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildVersions } from '../../engine/offer/versions.js';
import type { Root } from '../../engine/types.js';
import { amendmentSeed, plans, type AmendmentSeed } from '../helpers/generate-amendment.js';
import { damage, damageKinds, twentiethNamesNothing, type DamageKind } from '../helpers/generate-damage.js';
import { generatedDocument } from '../helpers/generate-document.js';
import { renderAmendment, type RenderedInstruction } from '../helpers/generate-filing.js';
import { documentName, offerFrom, offerInput, type GeneratedOffer } from '../helpers/generate-offer.js';
import { projectModel, projectTree } from '../helpers/generate-project.js';
import { applyModel, type ModelDoc, type ModelEdit } from '../helpers/reference-model.js';
import { propertyRuns, timeFor } from '../helpers/generate-runs.js';

// Generated offers whose last amendment has some instructions damaged. Each instruction must be either applied exactly
// as the reference model applies it, or reported (a problem in its own lines) with nothing it would touch changed:
// the document after the amendment is the model's, applying every edit one of whose instructions was not reported.
// Never a third outcome (an edit made elsewhere, half made, or dropped without a word).


interface Damaged {
  offer: GeneratedOffer;
  /** The last amendment's text with the damage. */
  text: string;
  instructions: RenderedInstruction[];
  damaged: number[];
}

function damagedOffer(offer: GeneratedOffer, seed: AmendmentSeed, kind: DamageKind, chosen: number[]): Damaged | null {
  const last = offer.amendments[offer.amendments.length - 1];
  const before = offer.versions[offer.versions.length - 2] as ModelDoc;
  if (!last || (kind === 'ordinal-out-of-range' && !twentiethNamesNothing(before))) return null;
  const damaged: number[] = [];
  const instructions = last.instructions.map((instruction, i) => {
    if (!chosen.includes(i % Math.max(1, last.instructions.length))) return instruction;
    const text = damage(instruction.text, kind, i);
    if (text === null) return instruction;
    damaged.push(i);
    return { ...instruction, text };
  });
  if (damaged.length === 0) return null;
  const extension = last.edits.find((e): e is Extract<ModelEdit, { op: 'extend' }> => e.op === 'extend')?.to ?? null;
  const withdraw = seed.withdraw === null ? null : (plans[seed.withdraw] ?? null);
  const text = renderAmendment({ number: last.number, instructions, extension, withdraw, linesPerPage: seed.linesPerPage, breakInQuotes: seed.breakInQuotes });
  return { offer, text, instructions, damaged };
}

// The lines each instruction spans in the filing, in the order renderAmendment writes them (by Item, then as given).
function instructionSpans(text: string, instructions: RenderedInstruction[]): Map<RenderedInstruction, [number, number]> {
  const starts = text.split('\n').flatMap((line, i) => (/^\d+\. Item \S+ of the Schedule TO is hereby/.test(line) ? [i + 1] : []));
  const ordered = [...instructions].sort((a, b) => a.item - b.item);
  const ends = [...starts.slice(1), Number.MAX_SAFE_INTEGER];
  return new Map(ordered.map((instruction, k) => [instruction, [starts[k] ?? -1, ends[k] ?? -1]]));
}

function checkDamaged(d: Damaged): void {
  const { offer } = d;
  const filings = offer.amendments.map((a, i) => (i === offer.amendments.length - 1 ? d.text : a.text));
  const input = offerInput(offer, filings);
  const versions = buildVersions(input);
  const n = offer.amendments.length;
  // Earlier amendments are untouched: no problem, the model's text.
  for (let k = 1; k < n; k++) {
    expect(versions[k]?.problems).toEqual([]);
    expect(projectTree(versions[k]?.documents[documentName] as Root)).toEqual(projectModel(offer.versions[k] as ModelDoc));
  }
  const spans = instructionSpans(d.text, d.instructions);
  const reportedLines = (versions[n]?.problems ?? []).filter((p) => p.notApplied).map((p) => p.line);
  const reported = (instruction: RenderedInstruction): boolean => {
    const [start, end] = spans.get(instruction) ?? [-1, -1];
    return reportedLines.some((line) => line >= start && line < end);
  };
  const last = offer.amendments[n - 1];
  const kept = new Set(d.instructions.filter((i) => !reported(i)).map((i) => i.edit));
  const edits = (last?.edits ?? []).filter((e, index) => e.op === 'extend' || kept.has(index));
  const expected = applyModel(offer.versions[n - 1] as ModelDoc, edits, n);
  expect(projectTree(versions[n]?.documents[documentName] as Root)).toEqual(projectModel(expected));
  // Every problem in the amendment belongs to an instruction: none is reported where no instruction stands.
  expect(reportedLines.every((line) => d.instructions.some((i) => reported(i) && (spans.get(i)?.[0] ?? -1) <= line))).toBe(true);
}

const arbitrary = (kind: DamageKind): fc.Arbitrary<Damaged | null> =>
  fc
    .tuple(generatedDocument(), fc.array(amendmentSeed(), { minLength: 1, maxLength: 2 }), fc.uniqueArray(fc.nat(5), { minLength: 1, maxLength: 3 }))
    .map(([document, seeds, chosen]) => damagedOffer(offerFrom(document, seeds), seeds[seeds.length - 1] as AmendmentSeed, kind, chosen));

describe('damaged instructions: applied as the model applies them, or reported with nothing changed', () => {
  for (const kind of damageKinds) {
    it(kind, () => {
      fc.assert(
        fc.property(arbitrary(kind), (d) => {
          fc.pre(d !== null); // every run damages at least one instruction
          checkDamaged(d as Damaged);
        }),
        propertyRuns(),
      );
    }, timeFor(propertyRuns().numRuns));
  }
});

