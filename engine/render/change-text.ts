import type { Change, Origin, Redline, RedlineSide } from '../types.js';

/**
 * Name an amendment the way a reviewer does.
 * @param amendment its number, 0 for the original document
 * @returns `original` or `Amendment No. N`
 */
export function amendmentLabel(amendment: number): string {
  return amendment === 0 ? 'original' : `Amendment No. ${amendment}`;
}

/**
 * Say who made a piece of text: the amendment, then each instruction that asked for it (Item and place in the filing).
 * @param origin the provenance
 * @returns one line, e.g. `Amendment No. 2 · Item 4 at amendment-2.txt:120:1 · global edit, review`
 */
export function describeOrigin(origin: Origin): string {
  const places = origin.sources.map((s) => `${s.item ? `Item ${s.item} at ` : ''}${s.file}:${s.line}:${s.column}`);
  return [amendmentLabel(origin.amendment), ...places, ...(origin.global ? ['global edit, review'] : [])].join(' · ');
}

/**
 * Say what a change did in a few words, quoting (and if long, shortening) its texts.
 * @param change the change
 * @returns e.g. `replaced “15” with “22”`
 */
export function describeChange(change: Change): string {
  const old = quote(change.from.text);
  const added = quote(change.to.text);
  const pair = change.pair ? ` (${change.kind === 'moveFrom' ? 'to' : 'from'} ${change.pair})` : '';
  switch (change.kind) {
    case 'insert':
      return `inserted ${added}`;
    case 'delete':
      return `deleted ${old}`;
    case 'replace':
      return `replaced ${old} with ${added}`;
    case 'moveFrom':
      return `moved ${old}${pair}`;
    case 'moveTo':
      return `moved ${added} here${pair}`;
  }
}

const maxQuote = 60;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const short = flat.length > maxQuote ? `${flat.slice(0, maxQuote - 21)} … ${flat.slice(-20)}` : flat;
  return `“${short}”`;
}

/**
 * Name one side of a redline with its date.
 * @param side the side
 * @returns e.g. `Amendment No. 2 (2002-11-12)`
 */
export function sideLabel(side: RedlineSide): string {
  return side.date ? `${side.label} (${side.date})` : side.label;
}

/**
 * The title line of a redline.
 * @param redline the redline
 * @returns e.g. `Offer to Exchange: original (2002-10-16) → Amendment No. 3 (2002-11-26), 12 changes`
 */
export function redlineHeadline(redline: Redline): string {
  const count = redline.changes.length;
  const what = redline.document ? `${redline.document}: ` : '';
  return `${what}${sideLabel(redline.from)} → ${sideLabel(redline.to)}, ${count} change${count === 1 ? '' : 's'}`;
}
