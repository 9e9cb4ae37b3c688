/**
 * How many cases the property and fuzz suites run: at least 200 per property by default, more under
 * `FC_RUNS` (properties) or `FUZZ_RUNS` (fuzz), always from a fixed seed unless `FC_SEED` says otherwise.
 */

function envNumber(name: string): number | null {
  const value = process.env[name];
  if (value === undefined || value.trim() === '') return null;
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : null;
}

/**
 * fast-check parameters for a property: a fixed seed, and `FC_RUNS` runs (default `fallback`).
 * @param fallback runs when `FC_RUNS` is unset (200 unless a property is costly)
 * @returns parameters for `fc.assert`
 */
export function propertyRuns(fallback = 200): { numRuns: number; seed: number } {
  return { numRuns: envNumber('FC_RUNS') ?? fallback, seed: envNumber('FC_SEED') ?? 20021122 };
}

/**
 * fast-check parameters for fuzzing: a fixed seed, and `FUZZ_RUNS` (or `FC_RUNS`) runs.
 * @param fallback runs when neither variable is set
 * @returns parameters for `fc.assert`
 */
export function fuzzRuns(fallback: number): { numRuns: number; seed: number } {
  return { numRuns: envNumber('FUZZ_RUNS') ?? envNumber('FC_RUNS') ?? fallback, seed: envNumber('FC_SEED') ?? 20021122 };
}

/**
 * A test's time limit for a number of runs, so that raising `FC_RUNS` or `FUZZ_RUNS` does not trip vitest's default.
 * @param runs the runs the test makes
 * @param perRunMs a generous time per run
 * @returns milliseconds, at least vitest's default of 30 s
 */
export function timeFor(runs: number, perRunMs = 500): number {
  return Math.max(30_000, runs * perRunMs);
}
