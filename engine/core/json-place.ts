import { pointAt } from './points.js';
import type { SourcePoint } from '../types.js';

/**
 * Where a JSON path sits in the text, best effort: the key's place, or for an array index the index-th value after the
 * key (the index-th object for `restated`).
 * @param text the JSON text
 * @param path the path segments
 * @returns line and column, or undefined when not found
 */
export function placeOfPath(text: string, path: ReadonlyArray<PropertyKey>): SourcePoint | undefined {
  let offset = -1;
  for (const part of path) {
    if (typeof part === 'number') offset = path[0] === 'restated' ? nthObject(text, offset, part) : nthValue(text, offset, part);
    else offset = text.indexOf(JSON.stringify(String(part)), offset + 1);
    if (offset < 0) return undefined;
  }
  return offset < 0 ? undefined : pointAt(text, offset);
}

function nthValue(text: string, from: number, index: number): number {
  const open = text.indexOf('[', from);
  if (open < 0) return -1;
  const re = /[^\s,[\]][^,\]]*/g;
  re.lastIndex = open + 1;
  for (let i = 0, match = re.exec(text); match; i++, match = re.exec(text)) if (i === index) return match.index;
  return -1;
}

// The index-th object of an array of flat objects.
function nthObject(text: string, from: number, index: number): number {
  let offset = text.indexOf('[', from);
  for (let i = 0; i <= index && offset >= 0; i++) offset = text.indexOf('{', offset + 1);
  return offset;
}

/**
 * Where `JSON.parse` says a syntax error is, from its message.
 * @param text the JSON text
 * @param detail the error's message
 * @returns line and column, or undefined when the message names none
 */
export function jsonErrorPlace(text: string, detail: string): SourcePoint | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(detail);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(detail);
  return position ? pointAt(text, Number(position[1])) : undefined;
}
