import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Redline } from '../types.js';

/** A problem or review point as the page reads it, whatever shape of record it comes in. */
interface Point {
  text: string;
  where: string | null;
  rule: string | null;
  changes: string[];
}

/**
 * The problems (instructions not applied) and review marks a redline carries, each as a section above the changes:
 * a reviewer reads first what the redline could not show. Absent or empty lists give nothing.
 * @param redline the redline
 * @returns the sections
 */
export function reviewSections(redline: Redline): Element[] {
  const record = redline as unknown as Record<string, unknown>;
  return [section('problems', 'Problems', points(record.problems)), section('review', 'For review', points(record.review))].flatMap((s) => (s ? [s] : []));
}

function section(name: string, title: string, list: Point[]): Element | null {
  if (list.length === 0) return null;
  const items = list.map((point) =>
    h('li', [
      ...(point.where ? [h('span.where', point.where), ' '] : []),
      h('span.reason', point.text),
      ...(point.rule ? [' ', h('span.rule', point.rule)] : []),
      ...point.changes.flatMap((id) => [' ', h('a', { href: `#${id}`, dataGoto: id }, id)]),
    ]),
  );
  return h(`section.${name}`, { role: name === 'problems' ? 'alert' : undefined, ariaLabel: title }, [h('h2', `${title} (${list.length})`), h('ul', items)]);
}

function points(value: unknown): Point[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): Point[] => {
    if (typeof item === 'string') return [{ text: item, where: null, rule: null, changes: [] }];
    if (typeof item !== 'object' || item === null) return [];
    const r = item as Record<string, unknown>;
    const text = [r.reason, r.message, r.text, r.note].find((v): v is string => typeof v === 'string');
    if (!text) return [];
    const line = typeof r.line === 'number' ? `:${r.line}${typeof r.column === 'number' ? `:${r.column}` : ''}` : '';
    const where = typeof r.file === 'string' ? `${r.file}${line}` : null;
    const ids = [r.change, ...(Array.isArray(r.changes) ? r.changes : [])].filter((v): v is string => typeof v === 'string');
    return [{ text, where, rule: typeof r.ruleId === 'string' ? r.ruleId : null, changes: ids }];
  });
}
