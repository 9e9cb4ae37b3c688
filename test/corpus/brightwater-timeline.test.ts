import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// The modern offer's timeline as its EXPECTED.md gives it (written from the filings, not from amendiff's output):
// the extension with its time of day as filed, the final amendment's results as numbers, the exhibits each adds.
describe('the Brightwater 2021 offer, its lifecycle', () => {
  const run = runCli(['timeline', 'corpus/brightwater-2021-offer-to-purchase', '--format', 'json']);
  const versions = (JSON.parse(run.stdout) as { versions: Array<Record<string, unknown>> }).versions;

  it('has every version, in order, with its state and expiration', () => {
    expect(run.code).toBe(0);
    expect(versions.map((v) => [v.label, v.date, v.state, v.expiration])).toEqual([
      ['Original', '2021-06-17', 'original', '2021-07-16'],
      ['Amendment No. 1', '2021-06-28', 'amended', '2021-07-16'],
      ['Amendment No. 2', '2021-07-09', 'amended', '2021-07-16'],
      ['Amendment No. 3', '2021-07-16', 'amended', '2021-07-30'],
      ['Amendment No. 4', '2021-08-03', 'final', '2021-07-30'],
    ]);
  });

  it('keeps the extension’s time of day as filed, and lists the exhibits each amendment adds', () => {
    expect(versions[3]).toMatchObject({ extendedTo: '2021-07-30', expirationTime: 'one minute after 11:59 p.m., Eastern Time' });
    expect(versions.map((v) => (v.exhibits as Array<{ id: string; action: string }>).map((e) => `${e.action} ${e.id}`))).toEqual([[], [], ['added (a)(5)(C)'], ['added (a)(5)(D)'], []]);
  });

  it('reads the final amendment’s results as numbers', () => {
    expect(versions[4]?.results).toMatchObject({ expired: '2021-07-30', tendered: 38406112, percentOutstanding: 81.7, acceptedAll: true, mergerDate: '2021-08-02' });
  });
});
