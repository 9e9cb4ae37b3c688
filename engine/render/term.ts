import { createColors } from 'picocolors';
import { clip } from '../core/clip.js';
import type { Change, Redline, TimelineEntry } from '../types.js';
import { describeChange, describeOrigin, redlineHeadline, showTerminalControls } from './change-text.js';
import { problemsBlock } from './problems-text.js';
import { pointsIn } from './review-marks.js';
import { redlineSegments, segmentBlocks, type Segment } from './segments.js';

type Colors = ReturnType<typeof createColors>;

/**
 * Render a redline for a terminal: only the paragraphs that changed, deletions red and struck, insertions green and
 * underlined (`[-old-]{+new+}` without colour), each change's provenance in a dim note under its paragraph. Control
 * characters from documents (ESC, other C0 and C1 controls, bidirectional controls) are shown as their code points
 * (`[U+001B]`, `[U+202E]`) before any colour is added, so only our own escapes reach the terminal.
 * @param redline the redline
 * @param options whether to use colour
 * @returns the text
 */
export function renderTerm(redline: Redline, options: { color: boolean }): string {
  const c = createColors(options.color);
  const lines = [c.bold(showTerminalControls(redlineHeadline(redline))), ...timelineLines(redline.timeline, c), ''];
  lines.push(...problemsBlock(redline.problems ?? [], redline.tallies ?? []).map((line) => c.red(showTerminalControls(line))));
  let unchanged = 0;
  const noted = new Set<string>();
  for (const block of segmentBlocks(redlineSegments(redline))) {
    const review = pointsIn(block, redline.review ?? []);
    if (block.every((piece) => piece.side === 'equal') && review.length === 0) {
      unchanged++;
      continue;
    }
    if (unchanged > 0) lines.push(c.dim(elision(unchanged)), '');
    unchanged = 0;
    lines.push(block.map((piece, i) => stylePiece(piece, block[i + 1], c)).join(''));
    lines.push(...notes(block, noted, c), ...review.map((point) => c.yellow(`  ${'review'.padStart(7)} │ ${showTerminalControls(`${point.note}: “${clip(point.text, 60)}”`)}`)), '');
  }
  if (unchanged > 0) lines.push(c.dim(elision(unchanged)), '');
  if (redline.changes.length === 0) lines.push('No changes.', '');
  return `${lines.join('\n').trimEnd()}\n`;
}

function elision(count: number): string {
  return `··· ${count} unchanged paragraph${count === 1 ? '' : 's'} ···`;
}

function timelineLines(timeline: TimelineEntry[], c: Colors): string[] {
  if (timeline.length === 0) return [];
  const steps = timeline.map((t) => {
    const expires = t.expiration ? [`expires ${t.expiration}${t.expirationTime ? ` ${t.expirationTime}` : ''}`] : [];
    const facts = [t.state, ...expires, ...t.withdrawn.map((plan) => `withdrawn for ${plan}`), ...(t.terms ?? [])];
    return `${t.label}${t.date ? ` ${t.date}` : ''} [${facts.join(', ')}]`;
  });
  return [c.dim(showTerminalControls(`Timeline: ${steps.join(' → ')}`))];
}

/** Style one piece, and mark the end of its change with the change's id. */
function stylePiece(piece: Segment, next: Segment | undefined, c: Colors): string {
  const perLine = (style: (s: string) => string, text: string): string => text.split('\n').map((s) => (s ? style(s) : s)).join('\n');
  const text = showTerminalControls(piece.text);
  if (piece.side === 'equal' || !piece.change) return text;
  const styled =
    piece.side === 'removed'
      ? perLine((s) => (c.isColorSupported ? c.red(c.strikethrough(s)) : `[-${s}-]`), text)
      : perLine((s) => (c.isColorSupported ? c.green(c.underline(s)) : `{+${s}+}`), text);
  const endsChange = next?.change !== piece.change;
  return endsChange ? `${styled}${c.dim(`[${piece.change.id}]`)}` : styled;
}

/**
 * The dim margin notes of the changes that start in a block: who made each, or for a move where it went. Neighbouring
 * changes made by the same instructions share one note (`c4–c6`).
 */
function notes(block: Segment[], noted: Set<string>, c: Colors): string[] {
  const groups: Change[][] = [];
  for (const piece of block) {
    const change = piece.change;
    if (!change || noted.has(change.id)) continue;
    noted.add(change.id);
    const last = groups[groups.length - 1];
    const same = last && !change.pair && !last[0]?.pair && JSON.stringify(last[0]?.provenance) === JSON.stringify(change.provenance);
    if (same) last.push(change);
    else groups.push([change]);
  }
  return groups.flatMap((group) => {
    const first = group[0] as Change;
    const last = group[group.length - 1] as Change;
    const ids = first === last ? first.id : `${first.id}–${last.id}`;
    return noteLines(first).map((text) => c.dim(`  ${ids.padStart(7)} │ ${showTerminalControls(text)}`));
  });
}

function noteLines(change: Change): string[] {
  const described = change.provenance.map(describeOrigin);
  if (change.pair) described.unshift(describeChange(change));
  return described;
}
