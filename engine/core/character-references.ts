import { decodeNamedCharacterReference } from 'decode-named-character-reference';

// "&#9746;", "&#x2610;", "&nbsp;": a character reference, its name or number without the ampersand and semicolon.
const reference = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/**
 * The character a reference stands for, from its name or number ("#9746", "#x2610", "nbsp").
 * @param name the reference without `&` and `;`
 * @returns the character(s), or null when the name is unknown or the number is no character
 */
export function decodeReference(name: string): string | null {
  if (name.startsWith('#')) {
    const code = /^#[xX]/.test(name) ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : null;
  }
  const decoded = decodeNamedCharacterReference(name);
  return decoded === false ? null : decoded;
}

/**
 * Decode every character reference in a text; one that stands for nothing is kept as written.
 * @param text the text
 * @returns the text with its references decoded
 */
export function decodeReferences(text: string): string {
  return text.replace(reference, (whole, name: string) => decodeReference(name) ?? whole);
}
