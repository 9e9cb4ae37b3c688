import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { showBidiControls, splitBidiControls } from './change-text.js';

/** Elements whose text a browser does not parse for tags: a control inside them is written as text, not as an element. */
const rawText = new Set(['title', 'style', 'script', 'textarea']);

/**
 * Make every Unicode bidirectional control in a page visible: in text, each becomes a `span.control` showing its code
 * point (`U+202E`, its name as a tooltip); in attribute values and raw-text elements, its code point in brackets. A
 * control passed through raw would let a filing reorder what the reviewer reads.
 * @param tree the page
 * @returns a new page, no control left raw
 */
export function showHtmlControls(tree: Root): Root {
  return { ...tree, children: tree.children.flatMap((node) => showNode(node, false)) as RootContent[] };
}

function showNode(node: RootContent, raw: boolean): RootContent[] {
  if (node.type === 'text') return raw ? [{ ...node, value: showBidiControls(node.value) }] : showText(node.value);
  if (node.type !== 'element') return [node];
  return [showElement(node, raw || rawText.has(node.tagName))];
}

function showElement(node: Element, raw: boolean): Element {
  const children = node.children.flatMap((child) => showNode(child, raw)) as ElementContent[];
  return { ...node, properties: showProperties(node.properties), children };
}

function showText(value: string): ElementContent[] {
  return splitBidiControls(value).map((piece) =>
    typeof piece === 'string' ? { type: 'text', value: piece } : h('span.control', { title: piece.name }, piece.code),
  );
}

function showProperties(properties: Properties): Properties {
  const shown: Properties = {};
  for (const [name, value] of Object.entries(properties)) {
    if (typeof value === 'string') shown[name] = showBidiControls(value);
    else if (Array.isArray(value)) shown[name] = value.map((v) => (typeof v === 'string' ? showBidiControls(v) : v));
    else shown[name] = value;
  }
  return shown;
}
