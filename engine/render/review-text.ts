import type { ReviewPoint, Version } from '../types.js';

const kindLabel: Record<ReviewPoint['kind'], string> = {
  'not-applied': 'not applied',
  ambiguous: 'ambiguous',
  'global-edit': 'global edit',
  decided: 'decided',
  withdrawal: 'withdrawal',
};

function where(point: ReviewPoint): string {
  const source = point.source;
  const place = source ? `${source.file}:${source.line}:${source.column}${source.item ? ` (Item ${source.item})` : ''}` : '';
  return [point.document ?? '', place].filter(Boolean).join(' · ');
}

function pointLines(point: ReviewPoint): string[] {
  const head = `  ${kindLabel[point.kind]}${point.plan ? ` (${point.plan})` : ''}${where(point) ? ` · ${where(point)}` : ''}`;
  const lines = [head, `      “${point.text}”`, `      ${point.note}`];
  point.candidates.forEach((c, i) => lines.push(`      candidate ${i + 1}: “${c}”`));
  return lines;
}

/**
 * Render the points a person must look at, amendment by amendment, each with what it concerns, where, and why.
 * @param points the points
 * @param asOf the version they run up to
 * @returns the text, ending with a newline
 */
export function renderReviewText(points: ReviewPoint[], asOf: Pick<Version, 'number' | 'label'>): string {
  const lines: string[] = [];
  const versions = [...new Set(points.map((p) => p.version))];
  for (const version of versions) {
    const own = points.filter((p) => p.version === version);
    lines.push(`${own[0]?.amendment ?? `Version ${version}`}: ${own.length} point${own.length === 1 ? '' : 's'} to review`, ...own.flatMap(pointLines), '');
  }
  const count = (kind: ReviewPoint['kind']): number => points.filter((p) => p.kind === kind).length;
  const parts = (Object.keys(kindLabel) as Array<ReviewPoint['kind']>).filter((k) => count(k) > 0).map((k) => `${count(k)} ${kindLabel[k]}`);
  lines.push(points.length === 0 ? `Nothing to review as of ${asOf.label}.` : `${points.length} points to review as of ${asOf.label}: ${parts.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
