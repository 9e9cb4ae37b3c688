import type { Element } from 'hast';
import { h } from 'hastscript';
import { problemGroups } from './problems-text.js';
import type { Redline, ReviewPoint } from '../types.js';

/**
 * The problems (instructions not applied) and review points a redline carries, each as a section above the changes:
 * a reviewer reads first what the redline could not show. Absent or empty lists give nothing.
 * @param redline the redline
 * @returns the sections
 */
export function reviewSections(redline: Redline): Element[] {
  return [problemsSection(redline), reviewSection(redline.review ?? [])].flatMap((s) => (s ? [s] : []));
}

// Each amendment's tally as a heading, then each instruction not applied: its diagnostic line, and where it stands.
function problemsSection(redline: Redline): Element | null {
  const groups = problemGroups(redline.problems ?? [], redline.tallies ?? []);
  if (groups.length === 0) return null;
  const parts = groups.flatMap((group) => [
    h('h2', group.heading),
    h('ul', group.problems.map((p) => h('li', [h('code.where', p.line), h('br'), h('span.context', p.context)]))),
  ]);
  return h('section.problems', { role: 'alert' }, parts);
}

const where = (point: ReviewPoint): string => (point.source ? `${point.source.file}:${point.source.line}:${point.source.column}` : point.amendment);

function reviewSection(points: ReviewPoint[]): Element | null {
  if (points.length === 0) return null;
  const items = points.map((point) => h('li', [h('span.where', where(point)), ' ', h('span.reason', point.note), ': ', h('q', point.text)]));
  return h('section.review', { ariaLabel: 'For review' }, [h('h2', `For review (${points.length})`), h('ul', items)]);
}
