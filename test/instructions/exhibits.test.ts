import { describe, expect, it } from 'vitest';
import { exhibitRows, indexExhibits } from '../../engine/instructions/exhibits.js';
import { ingest } from '../../engine/read/ingest.js';
import { parseInstructions } from '../../engine/instructions/parse.js';
import { buildTree } from '../../engine/read/tree.js';

function exhibitsOf(text: string): ReturnType<typeof parseInstructions> & { messages: string[] } {
  const file = ingest('filing.txt', text);
  return { ...parseInstructions(file, buildTree(file)), messages: file.messages.map(String) };
}

// The 2007 index, as Amendment No. 1 restates it (abridged), one row per line with a tab after the id.
const index2007 = [
  'Exhibit Number\tDescription',
  '(a)(1)(A)*\tOffer to Amend the Exercise Price of Certain Options, dated August 10, 2007',
  '(a)(1)(B)*\tDraft e-mail to all eligible holders',
  '(a)(1)(N)(i)\tAmended and Restated Sonus Networks, Inc. 1997 Stock Incentive Plan (incorporated herein by reference to Exhibit 10.2 to the',
  "\tCompany's Form S-1 (File No. 333-32206))",
  '(b)\tNot applicable',
  '(d)(1)\tForm of resale restriction agreement (incorporated herein by reference to Exhibit 10.1 to the Company\'s Current Report on Form 8-',
  '\tK (File No. 000-30229) filed with the SEC on December 28, 2005)',
  '(h)\tNot applicable',
  '*\tPreviously filed with the Schedule TO filed with the SEC on August 10, 2007, and incorporated herein by reference.',
].join('\n');

describe('exhibitRows', () => {
  it('reads rows kept line for line, with continuation lines and the footnote', () => {
    expect(exhibitRows(index2007).map((row) => [row.id, row.starred, row.description?.slice(0, 30)])).toEqual([
      ['(a)(1)(A)', true, 'Offer to Amend the Exercise Pr'],
      ['(a)(1)(B)', true, 'Draft e-mail to all eligible h'],
      ['(a)(1)(N)(i)', false, 'Amended and Restated Sonus Net'],
      ['(b)', false, 'Not applicable'],
      ['(d)(1)', false, 'Form of resale restriction agr'],
      ['(h)', false, 'Not applicable'],
    ]);
  });

  it('reads the same rows when their lines were joined into one paragraph', () => {
    const joined = index2007.replace(/\s+/g, ' ');
    expect(exhibitRows(joined).map((row) => row.id)).toEqual(['(a)(1)(A)', '(a)(1)(B)', '(a)(1)(N)(i)', '(b)', '(d)(1)', '(h)']);
    expect(exhibitRows(joined)[2]?.description).toBe(
      "Amended and Restated Sonus Networks, Inc. 1997 Stock Incentive Plan (incorporated herein by reference to Exhibit 10.2 to the Company's Form S-1 (File No. 333-32206))",
    );
  });

  it('reads numbered exhibits only at the start of a line', () => {
    expect(exhibitRows('99.1  Press release (see Exhibit 10.2 hereto)\n99.2  Letter to holders').map((row) => row.id)).toEqual(['99.1', '99.2']);
  });
});

describe('indexExhibits', () => {
  it('counts no exhibit of a restated index whose rows were all filed before, incorporated by reference or not applicable', () => {
    expect(indexExhibits(index2007)).toEqual([]);
  });

  it('counts an unmarked row of a restated index as filed with this amendment', () => {
    expect(indexExhibits(`${index2007.split('\n*')[0]}\n(a)(5)(A)\tPress release dated September 11, 2007.`)).toEqual([
      { id: '(a)(5)(A)', action: 'added', description: 'Press release dated September 11, 2007.' },
    ]);
  });
});

describe('exhibit changes in Item 12', () => {
  it('reads an exhibit restated inline, and passes over the sentence that says it is attached', () => {
    const text = 'ITEM 12.  EXHIBITS\n\nItem 12 of the Schedule TO is hereby amended so as to amend and restate Exhibit (a)(5) in its entirety. The amended and restated Exhibit (a)(5) is attached hereto.\n';
    expect(exhibitsOf(text)).toEqual({ instructions: [], exhibits: [{ id: '(a)(5)', action: 'restated', description: null }], messages: [] });
  });

  it('warns about an exhibit sentence that names no exhibit', () => {
    const parsed = exhibitsOf('ITEM 12.  EXHIBITS\n\n         Item 12 of the Schedule TO is hereby amended so as to amend and restate\nExhibit\n');
    expect(parsed.exhibits).toEqual([]);
    expect(parsed.messages).toEqual([
      'filing.txt:3:10: Expected exhibits after `Item 12 of the Schedule TO is hereby amended so as to amend...`, found none',
    ]);
  });

  it('reads several exhibits named inline', () => {
    const text = 'ITEM 12.  EXHIBITS\n\nItem 12 of the Schedule TO is hereby amended and supplemented by adding Exhibits (a)(5)(C) and (a)(5)(D).\n';
    expect(exhibitsOf(text).exhibits).toEqual([
      { id: '(a)(5)(C)', action: 'added', description: null },
      { id: '(a)(5)(D)', action: 'added', description: null },
    ]);
  });

  it('reads a list of restated exhibits, then a list of new ones, across a page break', () => {
    const text = [
      'ITEM 12.  EXHIBITS.',
      'Item 12 of the Schedule TO is hereby amended so as to amend and restate the following exhibits in their entirety:',
      'EXHIBIT NO.',
      '(a)(1)      Offer to Purchase, dated\n            March 1, 2005.',
      '                                  7\n\n<PAGE>',
      '(a)(2)      Letter of Transmittal.',
      'Item 12 of the Schedule TO is hereby further amended and supplemented so as to add the following new exhibit:',
      '(a)(5)(B)   Press release dated March 14, 2005.',
      'The amended and restated exhibits and the new exhibit are attached hereto.',
    ].join('\n\n');
    expect(exhibitsOf(text)).toEqual({
      instructions: [],
      exhibits: [
        { id: '(a)(1)', action: 'restated', description: 'Offer to Purchase, dated March 1, 2005.' },
        { id: '(a)(2)', action: 'restated', description: 'Letter of Transmittal.' },
        { id: '(a)(5)(B)', action: 'added', description: 'Press release dated March 14, 2005.' },
      ],
      messages: [],
    });
  });

  it('reads new exhibits from an EDGAR table and from the sentence itself', () => {
    const text = [
      'ITEM 12.  EXHIBITS.',
      'Item 12 of the Schedule TO is hereby amended and supplemented by adding the following exhibits:',
      '<TABLE>\n<CAPTION>\nEXHIBIT\nNUMBER          DESCRIPTION\n-------         -----------\n<S>             <C>\n' +
        '(a)(5)(C)       Press release dated March\n                10, 2005.\n(a)(5)(D)       Letter to shareholders.\n</TABLE>',
      'Item 12 is hereby amended and supplemented by adding the following exhibit: (a)(5)(E) Summary advertisement dated March 11, 2005.',
    ].join('\n\n');
    expect(exhibitsOf(text)).toEqual({
      instructions: [],
      exhibits: [
        { id: '(a)(5)(C)', action: 'added', description: 'Press release dated March 10, 2005.' },
        { id: '(a)(5)(D)', action: 'added', description: 'Letter to shareholders.' },
        { id: '(a)(5)(E)', action: 'added', description: 'Summary advertisement dated March 11, 2005.' },
      ],
      messages: [],
    });
  });

  it('reads Item 12 amended in its entirety as an instruction, and its index by the restated-index rule', () => {
    const text = `ITEM 12.  EXHIBITS.\n\nItem 12 of the Schedule TO is hereby amended in its entirety as follows:\n\n${index2007}\n\nSIGNATURE\n`;
    const parsed = exhibitsOf(text);
    expect(parsed.instructions.map((i) => [i.op, i.target.document, i.target.item, i.target.scope, i.text?.slice(0, 26)])).toEqual([
      ['replace', 'Schedule TO', '12', 'item', 'Exhibit Number Description'],
    ]);
    expect(parsed.exhibits).toEqual([]);
  });
});

describe('exhibits as modern filings list them', () => {
  it('reads a table of several added exhibits, where a description cites another filing\'s exhibit', () => {
    const html = `<html><body><p>SCHEDULE TO</p><p>(Amendment No. 5)</p>
<p><b>Item 12. Exhibits.</b></p>
<p>Item 12 of the Schedule TO is hereby amended and supplemented by adding the following exhibits:</p>
<table>
<tr><td><b>Exhibit No.</b></td><td><b>Description</b></td></tr>
<tr><td>(a)(5)(F)</td><td>Press Release issued by Parent on March 1, 2021, announcing the extension of the Offer.</td></tr>
<tr><td>(a)(5)(G)</td><td>Letter to holders of Shares, incorporated by reference to Exhibit (a)(5)(B) to the Schedule 14D-9/A filed by the Company on March 1, 2021.</td></tr>
<tr><td>(d)(4)</td><td>Amendment No. 1 to the Agreement and Plan of Merger, dated as of February 27, 2021.</td></tr>
</table>
<p>Exhibit (a)(1)(A) is hereby amended and restated in its entirety.</p>
</body></html>`;
    const file = ingest('amendment-5.htm', html);
    const parsed = parseInstructions(file, buildTree(file));
    expect(parsed.exhibits.map((e) => [e.id, e.action])).toEqual([
      ['(a)(5)(F)', 'added'],
      ['(a)(5)(G)', 'added'],
      ['(d)(4)', 'added'],
      ['(a)(1)(A)', 'restated'],
    ]);
    expect(parsed.exhibits[1]?.description).toBe('Letter to holders of Shares, incorporated by reference to Exhibit (a)(5)(B) to the Schedule 14D-9/A filed by the Company on March 1, 2021.');
  });

  it('starts no row at an id a joined description cites, alone or in a list', () => {
    const joined = '(a)(5)(H) Joint press release, incorporated by reference to Exhibit (a)(5)(B) to the Schedule 14D-9/A. (a)(5)(I) Notice, as amended by Exhibits (a)(1)(C), (a)(1)(D) and (a)(1)(E) hereto.';
    expect(exhibitRows(joined).map((row) => row.id)).toEqual(['(a)(5)(H)', '(a)(5)(I)']);
  });

  it('reads a new exhibit named in the sentence without quotes', () => {
    const text = 'ITEM 12.  EXHIBITS\n\nItem 12 of the Schedule TO is hereby amended and supplemented by adding the following exhibit: (a)(5)(J) Summary Advertisement published on March 2, 2021.\n';
    expect(exhibitsOf(text).exhibits).toEqual([{ id: '(a)(5)(J)', action: 'added', description: 'Summary Advertisement published on March 2, 2021.' }]);
  });
});
