import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraph, root, sentence } from '../../engine/core/nodes.js';
import { compare } from '../../engine/redline/compare.js';
import { redline } from '../../engine/redline/redline.js';
import { renderHtml } from '../../engine/render/html.js';
import type { Redline } from '../../engine/types.js';
import { buildVersions } from '../../engine/offer/versions.js';
import { readOffer } from '../helpers/read-offer.js';

const executablePath = '/usr/bin/chromium';
const hasBrowser = existsSync(executablePath);
// Outside CI a machine without Debian's `chromium` skips this test; in CI (`.ci/run` installs it) it must run.
const skip = !hasBrowser && !process.env.CI;
if (skip) console.warn(`html.test.ts: skipped, no browser at ${executablePath} (apt-get install chromium to run it)`);

const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Screenshots for a person to look at (gitignored). */
const shots = join(process.cwd(), 'test', 'browser', 'screenshots');

function corpusRedline(name: string, document: string): Redline {
  const offer = readOffer(`corpus/${name}`);
  const versions = buildVersions(offer);
  return redline(versions, { document, from: 0, to: versions.length - 1, title: offer.manifest.title });
}

/** The change the page marks as current, and whether it is on screen. */
async function current(page: Page): Promise<{ change: string | null; visible: boolean; hash: string }> {
  const marked = page.locator('.view:visible [data-stop].current');
  const change = (await marked.count()) === 1 ? await marked.getAttribute('data-change') : null;
  const box = change === null ? null : await marked.boundingBox();
  const visible = box !== null && box.y + box.height > 0 && box.y < (page.viewportSize()?.height ?? 0);
  return { change, visible, hash: new URL(page.url()).hash };
}

describe.skipIf(skip)('the HTML review page in headless Chromium', () => {
  const folder = mkdtempSync(join(tmpdir(), 'amendiff-html-'));
  const sonus = corpusRedline('sonus-2002-option-exchange', 'Offer to Exchange');
  const northwind = corpusRedline('northwind-2005-offer-to-purchase', 'Offer to Purchase');
  const compared = compare(
    root([paragraph([sentence('The ratio is one for two.', null)]), paragraph([sentence('Options surrendered in the offer are cancelled when it expires.', null)])], 'text'),
    root([paragraph([sentence('Options surrendered in the offer are cancelled when it expires.', null)]), paragraph([sentence('The ratio is one for three.', null)])], 'text'),
    { from: 'a.txt', to: 'b.txt' },
  );
  const files = { sonus: join(folder, 'sonus.html'), northwind: join(folder, 'northwind.html'), compared: join(folder, 'compared.html') };
  let browser: Awaited<ReturnType<typeof chromium.launch>>;

  beforeAll(async () => {
    writeFileSync(files.sonus, renderHtml(sonus));
    writeFileSync(files.northwind, renderHtml(northwind));
    writeFileSync(files.compared, renderHtml(compared));
    mkdirSync(shots, { recursive: true });
    browser = await chromium.launch({ executablePath, args });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  async function open(file: string, width: number): Promise<{ page: Page; errors: string[]; requests: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(file).href);
    return { page, errors, requests };
  }

  it('lands on each change in order with Next and the n key, back with p, with its script allowed and nothing loaded', async () => {
    const { page, errors, requests } = await open(files.sonus, 1280);
    expect(await page.locator('body.scripted').count()).toBe(1);
    expect(await page.locator('.inline h3, .inline h4, .inline h5').count()).toBeGreaterThan(50);
    expect(await page.locator('.inline .page').first().textContent()).toMatch(/^p\. \d+$/);
    const ids = sonus.changes.map((c) => c.id);
    for (const [index, id] of ids.entries()) {
      if (index % 2 === 0) await page.locator('#next').click();
      else await page.keyboard.press('n');
      expect(await current(page)).toEqual({ change: id, visible: true, hash: `#${id}` });
      expect(await page.locator('#position').textContent()).toBe(`${index + 1} of ${ids.length}`);
    }
    await page.keyboard.press('p');
    expect((await current(page)).change).toBe(ids[ids.length - 2]);
    await page.locator('#changes a[data-goto="c3"]').click();
    expect(await current(page)).toEqual({ change: 'c3', visible: true, hash: '#c3' });
    await page.screenshot({ path: join(shots, 'redline-1280-change.png') });
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(shots, 'redline-1280-top.png') });
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(files.sonus).href]);
    await page.close();
  }, 120_000);

  it('lists one entry per instruction edit, quoting the instruction, with every change linked once', async () => {
    const { page } = await open(files.sonus, 1280);
    const linked = await page.locator('#changes .places a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect([...linked].sort()).toEqual(sonus.changes.map((c) => `#${c.id}`).sort());
    const extension = page.locator('.entry', { hasText: 'hereby amended by revising all appropriate dates' });
    expect(await extension.locator('.count').textContent()).toBe('1 instruction · 10 edits · 10 places');
    expect(await page.locator('.entry').count()).toBeLessThan(sonus.changes.length);
    expect(await page.locator('.counts').textContent()).toMatch(/^31 changes from 12 instruction edits \(19 instructions: 7 repeat an edit under another Item and are listed with it\)\. The timeline counts 24 text edits to this document/);
    await page.close();
  }, 60_000);

  it('hides the other amendments when one is filtered out, and navigation passes them by', async () => {
    const { page } = await open(files.northwind, 1280);
    const byAmendment = (a: number): string[] => northwind.changes.filter((c) => c.provenance.every((o) => o.amendment === a)).map((c) => c.id);
    const onlyTwo = byAmendment(2);
    expect(byAmendment(1).length).toBeGreaterThan(0);
    await page.locator('input[data-filter="1"]').uncheck();
    for (const id of byAmendment(1)) {
      expect(await page.locator(`#inline del[data-change="${id}"]:visible`).count(), id).toBe(0);
      expect(await page.locator(`#inline ins[data-change="${id}"]:not(.filtered)`).count(), id).toBe(0);
    }
    expect(await page.locator('.entry:visible').evaluateAll((entries) => entries.map((e) => e.getAttribute('data-amendments')))).not.toContain('1');
    const visited: string[] = [];
    const visible = northwind.changes.filter((c) => c.provenance.some((o) => o.amendment === 2)).map((c) => c.id);
    for (let k = 0; k < visible.length; k++) {
      await page.keyboard.press('j');
      visited.push((await current(page)).change ?? '');
    }
    expect(visited).toEqual(visible);
    expect(visited).toEqual(expect.arrayContaining(onlyTwo));
    await page.close();
  }, 60_000);

  it('marks and lands on every change of a comparison without history, which has no amendments to filter', async () => {
    const { page, errors } = await open(files.compared, 1280);
    expect(compared.changes.length).toBeGreaterThan(1);
    expect(await page.locator('#inline [data-stop]:visible').count()).toBe(compared.changes.length);
    expect(await page.locator('.entry:visible').count()).toBe(compared.changes.length);
    for (const change of compared.changes) {
      await page.keyboard.press('n');
      expect((await current(page)).change).toBe(change.id);
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it.each([1280, 400])('lines up the side-by-side columns row by row at %i px, and lands on changes there', async (width) => {
    const { page, errors } = await open(files.sonus, width);
    await page.screenshot({ path: join(shots, `redline-${width}-top.png`) });
    await page.locator('button[data-view="side"]').click();
    expect(await page.locator('#inline').isVisible()).toBe(false);
    const rows = await page.locator('#side .row').evaluateAll((list) =>
      list.map((row) => {
        const [from, to] = Array.from(row.children).map((cell) => (cell as { getBoundingClientRect: () => { top: number; left: number; width: number } }).getBoundingClientRect());
        return { top: [from?.top, to?.top], fromRight: (from?.left ?? 0) + (from?.width ?? 0), toLeft: to?.left ?? 0 };
      }),
    );
    expect(rows.length).toBeGreaterThan(200);
    for (const row of rows) {
      expect(row.top[0]).toBe(row.top[1]);
      expect(row.fromRight).toBeLessThanOrEqual(row.toLeft);
    }
    await page.locator('#next').click();
    await page.locator('#next').click();
    expect(await current(page)).toEqual({ change: 'c2', visible: true, hash: '#s-c2' });
    await page.locator('#changes a[data-goto="c3"]').click();
    await page.screenshot({ path: join(shots, `redline-${width}-side.png`) });
    await page.locator('button[data-view="inline"]').click();
    expect(await current(page)).toEqual({ change: 'c3', visible: true, hash: '#c3' });
    await page.screenshot({ path: join(shots, `redline-${width}-change.png`) });
    const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
    expect(overflow).toBeLessThanOrEqual(0);
    // On paper: the document inline, whatever view was on screen, without the toolbar, outline or side-by-side view.
    await page.locator('button[data-view="side"]').click();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#inline').isVisible()).toBe(true);
    for (const hidden of ['.toolbar', '.outline', '#side']) expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
