/**
 * fast-check arbitraries that damage real filings the way EDGAR and PDF conversions do: truncation anywhere,
 * random bytes, NUL bytes, 100k-character lines, unbalanced quotes, stray or unbalanced `<PAGE>` and `<TABLE>`
 * tags, deleted and duplicated ranges, and fragments of instructions in the wrong place.
 */
import fc from 'fast-check';

/** One change to a text; `at` and `length` are fractions of the text in millionths, so they fit any text. */
export type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'bytes'; at: number; bytes: number[] };

const million = 1_000_000;
const fraction = (): fc.Arbitrary<number> => fc.integer({ min: 0, max: million });

/** Pieces of filing syntax that, out of place, stress the tree builder and the parser. */
export const debris: readonly string[] = [
  '<PAGE>', '\n<PAGE>\n', '<Page>\n\n', '\n<TABLE>\n', '\n</TABLE>\n', '<CAPTION>', '<S>', '<C>', '<FN>',
  '"', '“', '”', '"""', '\n"', '"\n\n', '\n\n', '\n                                       7\n', '- 12 -', 'ii\n',
  'hereby amended', ' is hereby amended and supplemented by deleting in its entirety the ',
  'the second and third sentences of the second paragraph on page 7', ' of the Offer to Exchange',
  ', under the heading "Q23. What happens', 'and replacing them with the following sentences:\n\n            "',
  '1. Item 4(a) of the Schedule TO is hereby amended and supplemented by adding the following sentence to the end of Section 5:\n\n',
  'ITEM 4.  TERMS OF THE TRANSACTION.\n', 'Section 5.', 'Inc.', 'U.S.', 'p.m.', 'No.', '...', '. . .', '(a)(1)', '\t', '\r\n', '\r',
  '\u202e', '\u200b', '\ufeff', '\u2028', '<script>alert(1)</script>', '<div>', '</div>', '&nbsp;', '&#8220;',
];

const insertion = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...debris) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 64 }).map((n) => '\0'.repeat(n)) },
    // 100k-character runs (those of "(", "-" and "<" were quadratic in the parser until 440d942 and f06dc98).
    { weight: 1, arbitrary: fc.constantFrom('x', 'word ', '"', '(', '-', '<', '.', ' ', '[', '*').map((unit) => unit.repeat(Math.ceil(100_000 / unit.length))) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...debris), { minLength: 2, maxLength: 8 }).map((parts) => parts.join('')) },
  );

/**
 * An arbitrary mutation.
 * @returns the arbitrary
 */
export function mutation(): fc.Arbitrary<Mutation> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fraction() }) },
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fraction(), text: insertion() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fraction(), length: fc.integer({ min: 0, max: 50_000 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fraction(), length: fc.integer({ min: 0, max: 50_000 }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('bytes' as const), at: fraction(), bytes: fc.array(fc.nat(255), { minLength: 1, maxLength: 32 }) }) },
  );
}

/**
 * Apply mutations to a text, then encode it as the bytes a user's file would hold (byte mutations act on those).
 * @param text the original text
 * @param mutations the mutations, in order
 * @returns the damaged file's bytes
 */
export function mutate(text: string, mutations: Mutation[]): Uint8Array {
  let current = text;
  const byteEdits: Array<Extract<Mutation, { kind: 'bytes' }>> = [];
  for (const m of mutations) {
    if (m.kind === 'bytes') byteEdits.push(m);
    else current = applyText(current, m);
  }
  let bytes = new TextEncoder().encode(current);
  for (const m of byteEdits) {
    const at = Math.floor((bytes.length * m.at) / million);
    bytes = Uint8Array.from([...bytes.subarray(0, at), ...m.bytes, ...bytes.subarray(at)]);
  }
  return bytes;
}

function applyText(text: string, m: Exclude<Mutation, { kind: 'bytes' }>): string {
  const at = Math.floor((text.length * m.at) / million);
  if (m.kind === 'truncate') return text.slice(0, at);
  if (m.kind === 'insert') return text.slice(0, at) + m.text + text.slice(at);
  const end = Math.min(text.length, at + m.length);
  if (m.kind === 'delete') return text.slice(0, at) + text.slice(end);
  return text.slice(0, end) + text.slice(at, end) + text.slice(end);
}
