import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('amendiff timeline', () => {
  it('walks the 2002 offer from the original to the final amendment', () => {
    const run = runCli(['timeline', 'corpus/sonus-2002-option-exchange']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual(
      [
        '0  Original         October 16, 2002   original',
        '     expiration: November 14, 2002',
        '1  Amendment No. 1  October 17, 2002   amended',
        '     expiration: November 14, 2002',
        '     exhibits restated: (a)(5)',
        '     text edits: 0',
        '2  Amendment No. 2  November 12, 2002  amended',
        '     extended to: November 22, 2002',
        expect.stringMatching(/^ {5}withdrawn for: TTI Plan \(\d+ sentences to review\)$/),
        '     exhibits restated: (a)(1), (a)(2), (a)(3), (a)(4), (a)(6)',
        '     exhibits added: (a)(7), (a)(8)',
        expect.stringMatching(/^ {5}text edits: \d+$/),
        '3  Amendment No. 3  November 26, 2002  final',
        '     expiration: November 22, 2002',
        '     exhibits added: (a)(9)',
        '     expired: November 22, 2002',
        '     accepted: options to purchase 8,802,245 shares (about 70% of the eligible options)',
        '     new options granted: May 27, 2003',
        '     text edits: 2',
        '',
      ],
    );
  });

  it('gives the 2007 offer its final amendment with the results it reports, as JSON', () => {
    const run = runCli(['timeline', 'corpus/sonus-2007-offer-to-amend', '--format', 'json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { versions: Array<Record<string, unknown>> };
    expect(json.versions.map((v) => [v.label, v.date, v.state])).toEqual([
      ['Original', '2007-08-10', 'original'],
      ['Amendment No. 1', '2007-09-11', 'final'],
    ]);
    expect(json.versions[1]?.results).toMatchObject({ expired: '2007-09-10', accepted: 5259619, unit: 'shares', cash: 3485933 });
  });
});
