import type { VFile } from 'vfile';
import { warn } from '../core/diagnostics.js';
import { pointAt } from '../core/points.js';
import { decodeReferences } from '../core/character-references.js';

const finalPhrase = /final\s+amendment\s+reporting\s+the\s+results\s+of\s+the\s+tender\s+offers?/i;
// A box's mark takes the blanks after it (`\s*(?:x\s*)?`, not `\s*x?\s*`, which tries every split of a long run).
// A markdown converter may escape the box's bars, brackets and mark (`\|X\|`, `\|\_\|`, `\[x\]`).
const entitySource = String.raw`&#(?:9744|9745|9746|x261[012]|168|253|254|x[aA]8|x[fF][dD]|x[fF][eE]);|&(?:uml|yacute|thorn|check|cross);`;
const markSource = String.raw`${entitySource}|\\?\|\s*(?:\\?[xX_]\s*)?\\?\||\\?\[\s*(?:\\?[xX✓✔_]\s*)?\\?\]|\(\s*(?:[xX]\s*)?\)|[☒☑☐□■✓✔⌧þý¨]|\$\\(?:square|boxtimes|checkmark|blacksquare|Box)\$|[xXoO](?!\w)`;
/** Check-box marks by their normalised spelling: true when checked. */
const marks: Record<string, boolean> = {
  '|X|': true, '|_|': false, '||': false, '[X]': true, '[✓]': true, '[✔]': true, '[]': false, '[_]': false,
  '(X)': true, '()': false, X: true, O: false, '☒': true, '☑': true, '■': true, '✓': true, '✔': true, '⌧': true, '✗': true, 'Þ': true, 'Ý': true,
  '☐': false, '□': false, '¨': false, $SQUARE$: false, $BOX$: false, $BOXTIMES$: true, $CHECKMARK$: true, $BLACKSQUARE$: true,
};

function markValue(mark: string): boolean | undefined {
  return marks[decodeReferences(mark).replace(/[\s\\]/g, '').toUpperCase()];
}

/**
 * Read the final-amendment box. The box follows the caption ("... tender offer: |X|") or, in some covers, opens its
 * line ("☒ Check the following box ..."); a box opening the line wins, since the text after such a caption is the
 * next box's. Warns (`filing-unreadable-final-box`) when the caption has no readable box.
 * @param file the filing, for messages
 * @param text the filing's text
 * @returns true when checked, false when not, null without the caption or a readable box
 */
export function readFinalBox(file: VFile, text: string): boolean | null {
  const phrase = finalPhrase.exec(text);
  if (!phrase) return null;
  const end = phrase.index + phrase[0].length;
  // HTML markup is blanked to spaces and line breaks (offsets kept), so there the box may sit further on.
  const html = file.data.format === 'html';
  const gap = html ? String.raw`^[\s*_]*[:.]?[\s*_]*` : String.raw`^[ \t*_]*[:.]?[ \t*_]*\n?[ \t*_]*`;
  const after = new RegExp(`${gap}(${markSource})`).exec(text.slice(end, end + (html ? 800 : 40)));
  const lineStart = text.lastIndexOf('\n', phrase.index - 1) + 1;
  const opening = text.slice(lineStart, phrase.index).search(/Check\s+the\s+following\s+box|Check\s+the\s+box/i);
  const before = opening < 0 ? null : new RegExp(String.raw`(${markSource})[\s*_]*$`).exec(text.slice(lineStart, lineStart + opening));
  const value = markValue(before?.[1] ?? after?.[1] ?? '');
  if (value !== undefined) return value;
  const seen = text.slice(end, end + (html ? 800 : 20)).trim().slice(0, 20).split('\n')[0] ?? '';
  warn(file, `Expected a check box after \`${phrase[0].replace(/\s+/g, ' ')}\`, found \`${seen}\``, pointAt(text, end), 'filing-unreadable-final-box');
  return null;
}
