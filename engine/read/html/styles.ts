import type { Element, Root, RootContent } from 'hast';

// `<font size=N>` in points, as browsers set the seven legacy sizes.
const legacySizes = [0, 8, 10, 12, 14, 18, 24, 36];

/**
 * The type size an element sets, in points: a `font-size` style (pt, px, em taken as given) or `<font size=N>`.
 * @param element the element
 * @returns its size, or null when it sets none
 */
export function fontSizeOf(element: Element): number | null {
  const style = String(element.properties.style ?? '');
  const css = /font-size\s*:\s*([\d.]+)\s*(pt|px)/i.exec(style);
  if (css) return Number(css[1]) * (css[2]?.toLowerCase() === 'px' ? 0.75 : 1);
  if (element.tagName !== 'font') return null;
  const size = /^\s*([1-7])\s*$/.exec(String(element.properties.size ?? ''));
  return size ? (legacySizes[Number(size[1])] ?? null) : null;
}

/**
 * The size most of a document's text is set in (its body type), read with an explicit stack.
 * @param tree the hast root
 * @returns the size in points, or null when most text sets none
 */
export function bodyFontSize(tree: Root): number | null {
  const chars = new Map<number, number>();
  const stack: Array<{ node: Root | RootContent; size: number | null }> = [{ node: tree, size: null }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { node, size } = entry;
    // Text in no set size counts as size 0: when most text is unsized, the body's size is unknown.
    if (node.type === 'text') chars.set(size ?? 0, (chars.get(size ?? 0) ?? 0) + node.value.replace(/\s+/g, '').length);
    if (node.type !== 'root' && node.type !== 'element') continue;
    const own = node.type === 'element' ? (fontSizeOf(node) ?? size) : size;
    for (const child of node.children) stack.push({ node: child, size: own });
  }
  let best: number | null = null;
  for (const [size, count] of chars) if (best === null || count > (chars.get(best) ?? 0)) best = size;
  return best === 0 ? null : best;
}

/**
 * Whether an element sets its words apart as a caption may be set apart, bold aside: italics, underline, small
 * capitals.
 * @param tag the element's name
 * @param style its style attribute
 * @returns true when it does
 */
export function isEmphasis(tag: string, style: string): boolean {
  if (tag === 'i' || tag === 'em' || tag === 'u') return true;
  return /font-style\s*:\s*italic|text-decoration(?:-line)?\s*:[^;]*underline|font-variant\s*:\s*small-caps/i.test(style);
}
