import type { Hit } from './text.js';

const formSource = String.raw`SCHEDULE\s+(?<code>TO(?:-[ITC])?|14D-?9|13E-?[34])(?<slash>\s*\/\s*A)?(?![\w-])`;
/** The form's name on a line of its own ("SCHEDULE TO/A"), as on a cover. */
export const formLine = new RegExp(String.raw`^[ \t#*_>]*${formSource}[ \t*_]*$`, 'im');
const formAnywhere = new RegExp(formSource, 'i');

/**
 * Read which Schedule the filing is, preferring the form on a line of its own to one named in running text.
 * @param text the filing's text
 * @returns the form's name (`Schedule TO-T`) and whether it carries `/A`, at the offset of `SCHEDULE`; or null
 */
export function readForm(text: string): Hit<{ name: string; slash: boolean }> | null {
  const match = formLine.exec(text) ?? formAnywhere.exec(text);
  if (!match?.groups?.code) return null;
  const code = match.groups.code.toUpperCase().replace(/^(14D|13E)-?(\d)$/, '$1-$2');
  const at = match.index + match[0].search(/SCHEDULE/i);
  return { value: { name: `Schedule ${code}`, slash: Boolean(match.groups.slash) }, index: at };
}
