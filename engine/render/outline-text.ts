import type { Outline, OutlineBlock } from '../read/outline.js';
import type { Filing } from '../types.js';

const shorten = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Render an outline as lines a person can check counts against: `p.7  Q23. WHAT HAPPENS…  para 2  s3  "…"`.
 * @param outline the outline
 * @returns the text
 */
export function renderOutlineText(outline: Outline): string {
  const head = outline.filing ? filingLines(outline.filing) : [];
  if (!outline.printedPages) head.push('# pages: no printed page numbers; a cited page cannot be checked', '');
  return [...head, ...outline.blocks.flatMap(blockLines)].join('\n') + '\n';
}

function filingLines(filing: Filing): string[] {
  const fields: Array<[string, string | number | boolean | null]> = [
    ['form', filing.form],
    ['amendment', filing.amendment],
    ['subject company', filing.subjectCompany],
    ['filer', filing.filer],
    ['securities', filing.securities],
    ['CUSIP', filing.cusip],
    ['date', filing.date],
    ['original filed', filing.originalDate],
    ['prior amendments', filing.priorAmendments.map((a) => `No. ${a.number ?? '?'} (${a.date ?? '?'})`).join(', ') || null],
    ['final amendment', filing.final],
  ];
  return [...fields.filter(([, value]) => value !== null && value !== '').map(([name, value]) => `# ${name}: ${String(value)}`), ''];
}

function where(block: OutlineBlock): string {
  const page = block.pages.length > 1 ? `p.${block.pages.join('-')}` : `p.${block.page ?? '-'}`;
  const section = block.section ? `§${block.section}` : '';
  return [page.padEnd(6), section.padEnd(9)].join(' ');
}

function blockLines(block: OutlineBlock): string[] {
  if (block.type === 'heading') return [`${where(block)} ## ${block.heading ?? ''}`];
  if (block.type !== 'paragraph') return [`${where(block)} [${block.type}] ${shorten(block.sentences[0]?.replace(/\s+/g, ' ') ?? '', 70)}`];
  const label = `${shorten(block.heading ?? '(no heading)', 32)}  para ${block.paragraph}`;
  const runIn = block.runIn ? [`${where(block)} ${label}  run-in  "${shorten(block.runIn, 80)}"`] : [];
  const sentences = block.sentences.map((text, i) => {
    const flag = block.ambiguous.includes(i + 1) ? '?' : ' ';
    return `${where(block)} ${label}  s${i + 1}${flag} "${shorten(text, 100)}"`;
  });
  return [...runIn, ...sentences];
}
