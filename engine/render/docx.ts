import { CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, HeadingLevel, InsertedTextRun, Packer, Paragraph, TextRun, type ICommentOptions, type ParagraphChild } from 'docx';
import { instructionKey } from '../redline/instructions.js';
import type { Change, Redline, RedlineBlock } from '../types.js';
import { describeChange, describeOrigin, redlineHeadline, showTerminalControls } from './change-text.js';
import { layoutParagraphs, type LaidParagraph, type LaidRun } from './layout.js';
import { changeAmendment, describePlace } from './place-text.js';

/**
 * Who made a revision and when, as Word records it. `date` is absent where the version's filing date is unknown: the
 * format makes it optional, and the library leaves the attribute out when it is undefined.
 */
interface Reviser {
  author: string;
  date: string;
}

/** What the runs of a document share while they are built: revision and comment ids, and the comments so far. */
interface Build {
  redline: Redline;
  next: number;
  comments: ICommentOptions[];
  commented: Map<string, number>;
}

const headingLevels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/**
 * Render a redline as a Word document with tracked changes: each insertion a `w:ins` and each deletion a `w:del`,
 * authored by the amendment that made it ("Amendment No. 2") and dated by its filing date; each change's provenance,
 * place and instructions' words as a comment on it; headings as Word headings. Accepting every change gives the
 * to-version's text, rejecting every change the from-version's. Control characters are shown as their code points.
 * @param redline the redline
 * @returns the .docx file's bytes
 */
export async function renderDocx(redline: Redline): Promise<Uint8Array> {
  const build: Build = { redline, next: 1, comments: [], commented: new Map() };
  const children = layoutParagraphs(redline).map((paragraph) => wordParagraph(build, paragraph));
  const document = new Document({
    title: redline.title ?? redline.document ?? 'Redline',
    subject: redlineHeadline(redline),
    creator: 'amendiff',
    features: { trackRevisions: true },
    comments: { children: build.comments },
    // US Letter, as the filings are printed.
    sections: [{ properties: { page: { size: { width: 12240, height: 15840 } } }, children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function wordParagraph(build: Build, paragraph: LaidParagraph): Paragraph {
  // A table is kept line for line, its columns aligned by spaces: set in a fixed-width face.
  const font = paragraph.block?.kind === 'table' ? 'Courier New' : undefined;
  const runs = paragraph.runs.flatMap((run, index) => wordRuns(build, { run, next: paragraph.runs[index + 1], font }));
  const mark = paragraph.mark === 'equal' ? {} : { [paragraph.mark === 'added' ? 'insertion' : 'deletion']: revision(build, paragraph.runs.at(-1)?.change ?? null) };
  return new Paragraph({ children: runs, ...style(paragraph.block), run: mark });
}

function style(block: RedlineBlock | null): { heading?: (typeof headingLevels)[number] } {
  if (block?.kind !== 'heading') return {};
  return { heading: headingLevels[Math.min(Math.max((block.depth ?? 3) - 1, 0), 2)] };
}

/** One run of text, opening its change's comment on the change's first run and closing it after its last. */
function wordRuns(build: Build, { run, next, font }: { run: LaidRun; next: LaidRun | undefined; font: string | undefined }): ParagraphChild[] {
  const text = showTerminalControls(run.text);
  const format = { text, break: run.breakBefore ? 1 : undefined, font };
  if (!run.change) return [new TextRun(format)];
  const piece = run.side === 'added' ? new InsertedTextRun({ ...format, ...revision(build, run.change) }) : new DeletedTextRun({ ...format, ...revision(build, run.change) });
  const opened = build.commented.get(run.change.id);
  const id = opened ?? openComment(build, run.change);
  const start = opened === undefined ? [new CommentRangeStart(id)] : [];
  const last = next?.change !== run.change;
  return [...start, piece, ...(last ? [new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })] : [])];
}

function revision(build: Build, change: Change | null): Reviser & { id: number } {
  return { id: build.next++, ...reviser(build.redline, change) };
}

/** The amendment that made a change, dated by its filing (never a date made up); without history, the to-side's name. */
function reviser(redline: Redline, change: Change | null): Reviser {
  const made = change ? changeAmendment(redline, change) : null;
  const author = made?.label ?? redline.to.label;
  const date = made?.date ?? redline.to.date;
  return (date ? { author, date: `${date}T00:00:00Z` } : { author }) as Reviser;
}

/** A comment on a change: what it did, where, who made it, and each instruction's own words. */
function openComment(build: Build, change: Change): number {
  const id = build.next++;
  build.commented.set(change.id, id);
  const notes = new Map((build.redline.instructions ?? []).map((note) => [instructionKey(note), note]));
  const words = change.provenance.flatMap((o) => o.sources).flatMap((ref) => notes.get(instructionKey(ref))?.words || []);
  const lines = [
    `${change.id}: ${describeChange(change)}`,
    ...(change.place ? [describePlace(change.place)] : []),
    ...change.provenance.map(describeOrigin),
    ...[...new Set(words)].map((w) => `“${w}”`),
  ];
  const { author, date } = reviser(build.redline, change);
  build.comments.push({ id, author, ...(date ? { date: new Date(date) } : {}), children: lines.map((line) => new Paragraph({ children: [new TextRun(showTerminalControls(line))] })) });
  return id;
}
