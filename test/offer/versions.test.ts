import { describe, expect, it } from 'vitest';
import { blockText } from '../../engine/core/nodes.js';
import { offerTimeline, operativeText, problemsOf } from '../../engine/offer/operative.js';
import { renderText } from '../../engine/core/document-text.js';
import type { Root, Version } from '../../engine/types.js';
import { buildVersions } from '../../engine/offer/versions.js';
import { readOffer } from '../helpers/read-offer.js';

const sonus = 'corpus/sonus-2002-option-exchange';
const count = (text: string, part: string): number => text.split(part).length - 1;
const offerText = (versions: Version[], n: number): string => renderText(versions[n]?.documents['Offer to Exchange'] as Root);

describe('the 2002 option exchange', () => {
  const input = readOffer(sonus);
  const versions = buildVersions(input);
  const [v0, v1, v2, v3] = [0, 1, 2, 3].map((n) => offerText(versions, n)) as [string, string, string, string];

  it('resolves every instruction', () => {
    expect(problemsOf(input.filings)).toEqual([]);
    expect(versions.map((v) => [v.number, v.label, v.date, v.state])).toEqual([
      [0, 'Original', '2002-10-16', 'original'],
      [1, 'Amendment No. 1', '2002-10-17', 'amended'],
      [2, 'Amendment No. 2', '2002-11-12', 'amended'],
      [3, 'Amendment No. 3', '2002-11-26', 'final'],
    ]);
  });

  it('leaves the Offer to Exchange as filed at Amendment No. 1, which only restates an exhibit', () => {
    expect(v1).toBe(v0);
    expect(versions[1]?.exhibits).toEqual([{ id: '(a)(5)', action: 'restated', description: null }]);
  });

  it('holds each new text of Amendment No. 2 once at each place it names', () => {
    expect(count(v2, 'we have reserved this right in an effort to protect the tax status of incentive stock options in view of IRS Private Letter Ruling No. 9129048')).toBe(1);
    expect(count(v2, 'Under current law, you should not be subject to tax when you surrender your existing options in exchange for new options.')).toBe(5);
    expect(count(v2, 'In addition, you should not realize taxable income upon the grant of new options.')).toBe(4);
    expect(count(v2, 'CHINA: MATERIAL TAX CONSEQUENCES FOR EMPLOYEES WHO ARE TAX RESIDENTS IN CHINA.')).toBe(1);
    expect(count(v2, 'with respect to any particular options or any particular optionholder, provided, however, that if we waive any of the conditions of this offer for any particular optionholder, we will waive such condition for all similarly-situated optionholders.')).toBe(1);
    expect(count(v2, 'You will also be liable for the employee\'s National Insurance Charges ("NIC")')).toBe(1);
    expect(count(v2, 'then you will not receive anything for the options that you surrendered and we cancelled.')).toBe(1);
    expect(count(v2, 'we currently expect that we will accept promptly following the expiration date all properly tendered options that are not validly withdrawn, to the extent')).toBe(1);
  });

  it('drops the sentences Amendment No. 2 deleted', () => {
    for (const gone of [
      'We have reserved this right in order to help preserve the favorable tax status',
      'We have reserved this right to reject any options surrendered because the tax status',
      'Subject to our rights to extend, terminate and amend this offer,',
      'become disabled or your employment with us terminates for any reason',
    ]) {
      expect(count(v0, gone)).toBe(1);
      expect(count(v2, gone)).toBe(0);
    }
  });

  it('reads November 22, 2002 as the expiration from version 2 on', () => {
    expect(count(v1, 'November 14, 2002') + count(v1, 'NOVEMBER 14, 2002')).toBeGreaterThanOrEqual(8);
    for (const text of [v2, v3]) {
      expect(count(text, 'November 14, 2002') + count(text, 'NOVEMBER 14, 2002')).toBe(0);
      expect(text).toContain('5 P.M., EASTERN TIME, ON NOVEMBER 22, 2002');
    }
    expect(versions.map((v) => v.context.expirations.at(-1))).toEqual(['2002-11-14', '2002-11-14', '2002-11-22', '2002-11-22']);
    expect(v3).toBe(v2);
  });

  it('records every place that asked for a repeated text, and marks the date changes global', () => {
    const q23 = versions[2]?.edits.find((e) => e.after.text[0]?.startsWith('While we intend to accept') && e.after.text.length === 3);
    expect(q23?.origin.sources.map((s) => `${s.file}:${s.line} Item ${s.item}`)).toEqual([
      'amendment-2.txt:127 Item 1',
      'amendment-2.txt:183 Item 2(b)',
      'amendment-2.txt:368 Item 4(a)',
    ]);
    const global = versions[2]?.edits.filter((e) => e.origin.global) ?? [];
    expect(global.length).toBeGreaterThanOrEqual(8);
    expect(global.every((e) => e.origin.sources[0]?.line === 121)).toBe(true);
  });

  it('lists the sentences naming the withdrawn TTI Plan and its aliases for review, without changing them', () => {
    const affected = versions[2]?.affected ?? [];
    expect(affected.length).toBeGreaterThanOrEqual(10);
    expect(affected.every((a) => a.plan === 'TTI Plan')).toBe(true);
    expect(affected.some((a) => a.text.includes('Ansari Agreement'))).toBe(true);
    expect(count(v2, 'TTI Plan')).toBe(count(v0, 'TTI Plan'));
  });

  it('never changes an earlier version', () => {
    expect(offerText(buildVersions(readOffer(sonus)), 0)).toBe(v0);
    const tree = versions[0]?.documents['Offer to Exchange'] as Root;
    expect(tree.children.every((b) => b.type !== 'paragraph' || b.children.every((s) => s.origin.amendment === 0))).toBe(true);
  });

  it('without the text of the statement, tells the Schedule TO what it knows, after markers for what it does not', () => {
    const input = readOffer(sonus);
    const { 'Schedule TO': _statement, ...documents } = input.documents;
    const without = buildVersions({ ...input, manifest: { ...input.manifest, documents: { 'Offer to Exchange': 'offer-to-exchange.txt' } }, documents });
    const statement = renderText(without[3]?.documents['Schedule TO'] as Root);
    expect(statement).toContain('Item 2. Subject Company Information.\n\n[Item 2 as filed before Amendment No. 1 is not in the corpus]\n\n(b) This Tender Offer Statement on Schedule TO relates to');
    expect(statement).toContain('Item 4. Terms of the Transaction.\n\n[Item 4 as filed before Amendment No. 1 is not in the corpus]\n\nThe Offer to Exchange expired at 5 p.m., Eastern Time, on November 22, 2002.');
  });

  it('gives the timeline of the offer', () => {
    const timeline = offerTimeline(versions);
    expect(timeline.map((t) => [t.label, t.date, t.state, t.extendedTo, t.withdrawn])).toEqual([
      ['Original', '2002-10-16', 'original', null, []],
      ['Amendment No. 1', '2002-10-17', 'amended', null, []],
      ['Amendment No. 2', '2002-11-12', 'amended', '2002-11-22', ['TTI Plan']],
      ['Amendment No. 3', '2002-11-26', 'final', null, []],
    ]);
    expect(timeline[3]?.results).toMatchObject({ expired: '2002-11-22', accepted: 8802245, percentEligible: 70 });
  });

  it('reads a document as of a version by name, ignoring case', () => {
    expect(operativeText(versions, 'latest', 'offer to exchange')?.version.number).toBe(3);
    expect(operativeText(versions, 'original')?.document).toBe('Offer to Exchange');
    expect(operativeText(versions, 9)).toBeNull();
  });
});

describe('the 2007 offer to amend, which has no base document', () => {
  const input = readOffer('corpus/sonus-2007-offer-to-amend');
  const versions = buildVersions(input);

  it('knows the Schedule TO from its one final amendment', () => {
    expect(problemsOf(input.filings)).toEqual([]);
    const statement = renderText(versions[1]?.documents['Schedule TO'] as Root);
    expect(statement).toContain('[Item 4 as filed before Amendment No. 1 is not in the corpus]\n\nThe Offer expired at 5:00 p.m., Eastern Time, on Monday, September 10, 2007.');
    expect(statement).not.toContain('[Item 12 as filed');
  });

  it('gives the timeline of the offer', () => {
    const timeline = offerTimeline(versions);
    expect(timeline.map((t) => [t.label, t.date, t.state])).toEqual([
      ['Original', '2007-08-10', 'original'],
      ['Amendment No. 1', '2007-09-11', 'final'],
    ]);
    expect(timeline[1]?.results).toMatchObject({ expired: '2007-09-10', accepted: 5259619, unit: 'shares', cash: 3485933 });
  });
});


// The cover and Item heading of an Amendment No. 1 whose instructions the tests below write under Item 4.
const amendmentOneItem4 = ['SCHEDULE TO', '(AMENDMENT NO. 1)', '', 'ITEM 4.  TERMS OF THE TRANSACTION.', ''];

describe('problems an offer can have', () => {
  it('reports amendments out of order on the filing, where it states its number', () => {
    const input = readOffer(sonus, ['amendment-2.txt', 'amendment-1.txt', 'amendment-3.txt']);
    buildVersions(input);
    const order = problemsOf(input.filings).filter((p) => p.ruleId === 'amendment-order');
    expect(order.map((p) => `${p.file}:${p.line}:${p.column}: ${p.reason}`)).toEqual([
      'corpus/sonus-2002-option-exchange/amendment-2.txt:11:34: Expected Amendment No. `1` first, found Amendment No. `2`, leaving a gap',
      'corpus/sonus-2002-option-exchange/amendment-1.txt:10:34: Expected Amendment No. `3` after Amendment No. `2`, found Amendment No. `1`, out of order',
    ]);
  });

  it('reports an amendment after the final one', () => {
    const input = readOffer(sonus, ['amendment-1.txt', 'amendment-2.txt', 'amendment-3.txt', ['amendment-4.txt', 'SCHEDULE TO\n\n(AMENDMENT NO. 4)\n']]);
    buildVersions(input);
    expect(problemsOf(input.filings).map((p) => [p.ruleId, p.reason])).toEqual([
      ['amendment-after-final', 'Expected no amendment after the final Amendment No. `3`, found Amendment No. `4`'],
    ]);
  });

  it('reports two different edits of one sentence as a conflict naming both, and applies neither', () => {
    const filing = [
      ...amendmentOneItem4,
      '1. Item 4 of the Schedule TO is hereby amended by deleting in its entirety',
      'the last sentence of the fourth paragraph of Section 5 on pages 12 and 13 of',
      'the Offer to Exchange and replacing it with the following sentence:',
      '',
      '     "You will receive nothing."',
      '',
      '2. Item 4 of the Schedule TO is hereby amended by deleting in its entirety',
      'the last sentence of the fourth paragraph of Section 5 on pages 12 and 13 of',
      'the Offer to Exchange and replacing it with the following sentence:',
      '',
      '     "You will receive something."',
      '',
    ].join('\n');
    const input = readOffer(sonus, [['amendment-x.txt', filing]]);
    const versions = buildVersions(input);
    expect(problemsOf(input.filings).map((p) => `${p.line}:${p.column}: ${p.reason} [${p.ruleId}]`)).toEqual([
      expect.stringMatching(/^6:1: Conflicting edits of `Offer to Exchange` at pages `12` and `13` \("This means that if you die, .*"\): `amendment-x.txt:6:1` and `amendment-x.txt:12:1` change it differently \[conflicting-edits\]$/),
      expect.stringMatching(/^12:1: Conflicting edits of `Offer to Exchange` at pages `12` and `13` \("This means that if you die, .*"\): `amendment-x.txt:6:1` and `amendment-x.txt:12:1` change it differently \[conflicting-edits\]$/),
    ]);
    expect(offerText(versions, 1)).toBe(offerText(versions, 0));
  });

  it('reports a locator that finds nothing, with the place it counted', () => {
    const filing = [
      ...amendmentOneItem4,
      '1. Item 4 of the Schedule TO is hereby amended by deleting in its entirety',
      'the ninth sentence of the third paragraph of Section 5 on page 12 of the',
      'Offer to Exchange.',
      '',
    ].join('\n');
    const input = readOffer(sonus, [['amendment-x.txt', filing]]);
    buildVersions(input);
    expect(problemsOf(input.filings).map((p) => [p.line, p.column, p.ruleId, p.reason.replace(/\(".*"\)/, '(…)')])).toEqual([
      [6, 1, 'unresolved-target', 'Cannot find sentence `9` of paragraph `3` of section `5` on page `12`: page `12` (…) has 4 sentences'],
    ]);
  });
});

describe('versions survive JSON', () => {
  it('is plain data', () => {
    const versions = buildVersions(readOffer('corpus/sonus-2007-offer-to-amend'));
    expect(JSON.parse(JSON.stringify(versions))).toEqual(versions);
    expect(blockText((versions[1]?.documents['Schedule TO'] as Root).children[0]!)).toBe('Item 1. Summary Term Sheet.');
  });
});

describe('the 2005 offer to purchase, whose later amendments target text earlier ones wrote', () => {
  const input = readOffer('corpus/northwind-2005-offer-to-purchase');
  const versions = buildVersions(input);
  const text = (n: number): string => renderText(versions[n]?.documents['Offer to Purchase'] as Root);
  const paragraphWith = (n: number, words: string): string[] => {
    const tree = versions[n]?.documents['Offer to Purchase'] as Root;
    const node = tree.children.find((b) => b.type === 'paragraph' && blockText(b).includes(words));
    return node?.type === 'paragraph' ? node.children.map((s) => `[${s.origin.amendment}${s.origin.global ? 'g' : ''}] ${s.value}`) : [];
  };

  it('resolves every instruction of every amendment', () => {
    expect(problemsOf(input.filings)).toEqual([]);
  });

  it('counts a paragraph as an earlier amendment left it', () => {
    expect(paragraphWith(2, 'commence payment for shares purchased no later than five business days')).toEqual([
      '[1] If proration of tendered shares is required, we will announce the final proration factor by press release and commence payment for shares purchased no later than five business days after the Expiration Date.',
      '[1] Payment for shares purchased will be made in cash, without interest, by check mailed to the tendering shareholder or, in the case of shares tendered by book-entry transfer, by credit to the account at the book-entry transfer facility from which the shares were delivered.',
    ]);
    expect(paragraphWith(2, 'Under current law, a dividend received by an individual shareholder').map((s) => s.slice(0, 62))).toEqual([
      '[0] Under current law, a dividend received by an individual sh',
      '[0] To the extent that the amount of the distribution exceeds ',
      '[1] A corporate shareholder may be entitled to a dividends-rec',
      '[2] Any amount treated as a dividend to a corporate shareholde',
      '[0] We cannot predict whether or to what extent the Offer will',
    ]);
  });

  it('reaches a date an earlier amendment wrote, and keeps a clause added to a sentence it wrote', () => {
    expect(paragraphWith(2, 'The term "odd lots" means').map((s) => s.slice(0, 4))).toEqual(['[2g]', '[1] ', '[2] ', '[1] ', '[1] ']);
    expect(paragraphWith(2, 'The term "odd lots" means')[0]).toContain('on March 28, 2005 and not properly withdrawn');
    expect(text(2)).toContain('competent jurisdiction, provided, however, that we will apply any such determination uniformly to all tendering shareholders.');
    expect(text(2)).not.toMatch(/March 14, 2005|MARCH 14, 2005/);
    expect(text(1).split(/March 14, 2005|MARCH 14, 2005/).length - 1).toBe(8);
    expect(text(3)).toBe(text(2));
  });

  it('gives the timeline of the offer', () => {
    expect(offerTimeline(versions).map((t) => [t.label, t.date, t.state, t.expiration])).toEqual([
      ['Original', '2005-02-14', 'original', '2005-03-14'],
      ['Amendment No. 1', '2005-03-01', 'amended', '2005-03-14'],
      ['Amendment No. 2', '2005-03-10', 'amended', '2005-03-28'],
      ['Amendment No. 3', '2005-04-01', 'final', '2005-03-28'],
    ]);
  });
});
