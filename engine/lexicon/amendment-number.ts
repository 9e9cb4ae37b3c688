const numberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** An amendment's number as filings write it: digits or a word ("2", "two", "TWO"), as a regular-expression source. */
export const amendmentNumberSource = String.raw`\d+|${numberWords.slice(1).join('|')}`;

/**
 * "Amendment No. N" as a regular-expression source, its number in the named group `n`: "Amendment No. 2",
 * "AMENDMENT NO.2", "Amendment No two".
 */
export const amendmentNumberPhrase = String.raw`Amendment\s+No\.?\s*(?<n>${amendmentNumberSource})`;

/**
 * One or more amendments named by number, as a regular-expression source, the numbers in the named group `n`:
 * "Amendment No. 1", "Amendments Nos. 1 and 2", "Amendment Nos. 1, 2 and 3".
 */
export const amendmentListPhrase = String.raw`Amendments?\s+Nos?\.?\s*(?<n>\d+(?:(?:,\s*|,?\s+and\s+)\d+)*)`;

/**
 * Read an amendment's number as written.
 * @param written digits or a number word ("3", "three", "THREE")
 * @returns the number, or -1 when it is neither
 */
export function amendmentNumberOf(written: string): number {
  return /^\d+$/.test(written) ? Number(written) : numberWords.indexOf(written.toLowerCase());
}

/**
 * Name an amendment as filings and reviewers do.
 * @param amendment its number
 * @returns `Amendment No. N`
 */
export function amendmentName(amendment: number): string {
  return `Amendment No. ${amendment}`;
}
