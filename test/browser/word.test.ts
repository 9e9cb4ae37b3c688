import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Redline } from '../../engine/types.js';
import { runCli } from '../helpers/run-cli.js';

// The Word redline opened by a real consumer: LibreOffice (Debian's libreoffice-writer-nogui), headless. A Basic
// macro in a private profile loads the file, accepts (or rejects) every tracked change and saves the text: accepting
// must give the to-version, rejecting the from-version, paragraph for paragraph.

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
// Outside CI a machine without LibreOffice skips this test; in CI (`.ci/run` installs it) it must run.
const skip = soffice === undefined && !process.env.CI;
if (skip) console.warn('word.test.ts: skipped, no LibreOffice (apt-get install libreoffice-writer-nogui to run it)');

const macro = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Resolve(inUrl As String, outUrl As String, command As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot;
  load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, load())
  dispatcher = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
  dispatcher.executeDispatch(doc.CurrentController.Frame, command, &quot;&quot;, 0, Array())
  Dim save(0) As New com.sun.star.beans.PropertyValue
  save(0).Name = &quot;FilterName&quot;
  save(0).Value = &quot;Text (encoded)&quot;
  doc.storeToURL(outUrl, save())
  doc.close(True)
End Sub
</script:module>
`;

const folder = mkdtempSync(join(tmpdir(), 'amendiff-word-'));
const profile = join(folder, 'profile');

function office(args: string[]): void {
  execFileSync(soffice as string, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', ...args], { stdio: 'pipe', timeout: 60_000 });
}

/** The text LibreOffice gives after accepting (or rejecting) every tracked change of a .docx file. */
function resolved(docx: string, accept: boolean): string {
  const out = `${docx}.${accept ? 'accepted' : 'rejected'}.txt`;
  const command = accept ? '.uno:AcceptAllTrackedChanges' : '.uno:RejectAllTrackedChanges';
  office([`macro:///Standard.Module1.Resolve("${pathToFileURL(docx).href}","${pathToFileURL(out).href}","${command}")`]);
  if (!existsSync(out)) throw new Error(`LibreOffice did not open ${docx}`);
  return readFileSync(out, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').replace(/\n+$/, '');
}

const asParagraphs = (text: string): string => text.replace(/\n$/, '').split('\n\n').join('\n');

describe.skipIf(skip)('the Word redline in LibreOffice', () => {
  beforeAll(() => {
    office(['--terminate_after_init']);
    const library = join(profile, 'user', 'basic', 'Standard');
    mkdirSync(library, { recursive: true });
    writeFileSync(join(library, 'Module1.xba'), macro);
  }, 120_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('opens `redline --format docx --out`: accepting every change gives the latest text, rejecting every one the original', () => {
    const docx = join(folder, 'sonus.docx');
    expect(runCli(['redline', 'corpus/sonus-2002-option-exchange', '--format', 'docx', '--out', docx]).code).toBe(0);
    const json = JSON.parse(runCli(['redline', 'corpus/sonus-2002-option-exchange', '--format', 'json']).stdout) as Redline;
    expect(resolved(docx, true)).toBe(asParagraphs(json.to.text));
    expect(resolved(docx, false)).toBe(asParagraphs(json.from.text));
  }, 120_000);

  it('opens `compare --format docx --out` with paragraphs split, joined and deleted and a table changed', () => {
    const [a, b] = [join(folder, 'a.txt'), join(folder, 'b.txt')];
    writeFileSync(a, 'THE OFFER\n\nOne stays. Two goes.\n\n    Class A        1,000\n    Class B        2,000\n\nThree is cut.\n\nFour.\n');
    writeFileSync(b, 'THE NEW OFFER\n\nOne stays.\n\nTwo is new.\n\n    Class A        1,000\n    Class B        3,000\n\nFour and five.\n');
    const docx = join(folder, 'compare.docx');
    expect(runCli(['compare', a, b, '--format', 'docx', '--out', docx]).code).toBe(0);
    const expected = JSON.parse(runCli(['compare', a, b, '--format', 'json']).stdout) as Redline;
    expect(expected.changes.length).toBeGreaterThan(2);
    expect(resolved(docx, true)).toBe(asParagraphs(expected.to.text));
    expect(resolved(docx, false)).toBe(asParagraphs(expected.from.text));
  }, 120_000);
});
