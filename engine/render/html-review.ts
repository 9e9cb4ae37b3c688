import type { Element } from 'hast';
import { h } from 'hastscript';
import { clip } from '../core/clip.js';
import { problemGroups } from './problems-text.js';
import type { Redline, ReviewPoint } from '../types.js';

/**
 * The problems (instructions not applied) and review points a redline carries, each as a section above the changes:
 * a reviewer reads first what the redline could not show. A review point placed in the text links to its flag there.
 * Absent or empty lists give nothing.
 * @param redline the redline
 * @param placed the ids of the flags the document shows (`r1`, ...)
 * @returns the sections
 */
export function reviewSections(redline: Redline, placed: Set<string>): Element[] {
  return [problemsSection(redline), reviewSection(redline.review ?? [], placed)].flatMap((s) => (s ? [s] : []));
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

function reviewSection(points: ReviewPoint[], placed: Set<string>): Element | null {
  if (points.length === 0) return null;
  const items = points.map((point, k) => {
    const flag = placed.has(`r${k + 1}`) ? [' ', h('a.to-flag', { href: `#r${k + 1}` }, 'show in the text')] : [];
    const candidates = point.candidates.length > 0 ? [h('ul.candidates', point.candidates.map((c) => h('li', `“${clip(c, 120)}”`)))] : [];
    return h('li', { className: [`a${point.version}`] }, [
      h('div.point-head', [h('span.badge', point.amendment), ' ', h('span.where', where(point)), ' ', h('span.rule', point.kind), ...flag]),
      h('span.reason', point.note),
      ': ',
      h('q', clip(point.text, 300)),
      ...candidates,
    ]);
  });
  return h('section.review', { ariaLabel: 'For review' }, [h('h2', `For review (${points.length})`), h('ul', items)]);
}

/** A review point's flag in the document: its id, where it starts in the to-text, and what to look at. */
export interface ReviewFlag {
  id: string;
  start: number;
  title: string;
}

/**
 * The flags the document shows for the review points placed in its to-text.
 * @param redline the redline
 * @returns the flags, by where they start
 */
export function reviewFlags(redline: Redline): ReviewFlag[] {
  return (redline.review ?? [])
    .flatMap((point, k) => (point.start === null ? [] : [{ id: `r${k + 1}`, start: point.start, title: point.note }]))
    .sort((a, b) => a.start - b.start);
}
