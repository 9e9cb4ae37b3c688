import type {
  Heading,
  HeadingKind,
  Origin,
  Paragraph,
  Position,
  Root,
  Sentence,
  Table,
  Unknown,
  Block,
  DocumentFormat,
  PageInfo,
} from '../types.js';

/** Rank of each heading kind: a heading's scope ends at the next heading of equal or lower rank. */
export const headingDepth: Record<HeadingKind, number> = { part: 1, section: 2, question: 2, caption: 3 };

/** The origin of text that stood in the original document. */
export const originalOrigin = (): Origin => ({ amendment: 0, sources: [], global: false });

/**
 * Build a sentence node.
 * @param value the sentence text, whitespace collapsed
 * @param page the printed page it starts on
 * @param options ambiguity flag, origin and source position
 * @returns a sentence node
 */
export function sentence(
  value: string,
  page: number | null,
  options: { ambiguous?: boolean; origin?: Origin; position?: Position } = {},
): Sentence {
  const node: Sentence = {
    type: 'sentence',
    value,
    page,
    ambiguous: options.ambiguous ?? false,
    origin: options.origin ?? originalOrigin(),
  };
  if (options.position) node.position = options.position;
  return node;
}

/**
 * Build a paragraph node.
 * @param children its sentences
 * @param options run-in heading, pages, origin and position
 * @returns a paragraph node
 */
export function paragraph(
  children: Sentence[],
  options: { runIn?: string | null; pages?: number[]; origin?: Origin; position?: Position } = {},
): Paragraph {
  const node: Paragraph = {
    type: 'paragraph',
    runIn: options.runIn ?? null,
    children,
    pages: options.pages ?? [],
    origin: options.origin ?? originalOrigin(),
  };
  if (options.position) node.position = options.position;
  return node;
}

/**
 * Build a heading node; its depth follows from its kind.
 * @param value the heading text, whitespace collapsed
 * @param kind part, section, question or caption
 * @param options number, page, origin and position
 * @returns a heading node
 */
export function heading(
  value: string,
  kind: HeadingKind,
  options: { number?: string | null; page?: number | null; origin?: Origin; position?: Position } = {},
): Heading {
  const node: Heading = {
    type: 'heading',
    kind,
    depth: headingDepth[kind],
    number: options.number ?? null,
    value,
    page: options.page ?? null,
    origin: options.origin ?? originalOrigin(),
  };
  if (options.position) node.position = options.position;
  return node;
}

/**
 * Build a table node kept line for line.
 * @param value the table's lines
 * @param options page, origin and position
 * @returns a table node
 */
export function table(
  value: string,
  options: { page?: number | null; origin?: Origin; position?: Position } = {},
): Table {
  const node: Table = { type: 'table', value, page: options.page ?? null, origin: options.origin ?? originalOrigin() };
  if (options.position) node.position = options.position;
  return node;
}

/**
 * Build an explicit marker for base text the corpus does not hold.
 * @param value the marker text, e.g. `[Item 4 as filed before Amendment No. 1 is not in the corpus]`
 * @param options page, origin and position
 * @returns an unknown node
 */
export function unknown(
  value: string,
  options: { page?: number | null; origin?: Origin; position?: Position } = {},
): Unknown {
  const node: Unknown = { type: 'unknown', value, page: options.page ?? null, origin: options.origin ?? originalOrigin() };
  if (options.position) node.position = options.position;
  return node;
}

/**
 * Build a document root.
 * @param children its blocks in document order
 * @param format the source format
 * @param pages the physical pages with their printed numbers
 * @returns a root node
 */
export function root(children: Block[], format: DocumentFormat, pages: PageInfo[] = []): Root {
  return { type: 'root', children, data: { format, pages } };
}

/**
 * The text of a paragraph as a reader sees it: run-in heading, then its sentences, single-spaced.
 * @param node the paragraph
 * @returns its text
 */
export function paragraphText(node: Paragraph): string {
  const parts = node.children.map((s) => s.value);
  if (node.runIn) parts.unshift(node.runIn);
  return parts.join(' ');
}

/**
 * The text of any block as one string (tables keep their lines).
 * @param node the block
 * @returns its text
 */
export function blockText(node: Block): string {
  return node.type === 'paragraph' ? paragraphText(node) : node.value;
}
