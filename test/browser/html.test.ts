import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redline } from '../../engine/redline/redline.js';
import { renderHtml } from '../../engine/render/html.js';
import type { Redline } from '../../engine/types.js';
import { buildVersions } from '../../engine/offer/versions.js';
import { readOffer } from '../helpers/read-offer.js';

const executablePath = '/usr/bin/chromium';
const hasBrowser = existsSync(executablePath);
// Outside CI a machine without Debian's `chromium` skips this test; in CI (`.ci/run` installs it) it must run.
const skip = !hasBrowser && !process.env.CI;
if (skip) console.warn(`html-browser.test.ts: skipped, no browser at ${executablePath} (apt-get install chromium to run it)`);

const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function corpusRedline(): Redline {
  const offer = readOffer('corpus/sonus-2002-option-exchange');
  const versions = buildVersions(offer);
  return redline(versions, { document: 'Offer to Exchange', from: 0, to: versions.length - 1, title: offer.manifest.title });
}

describe.skipIf(skip)('the HTML redline in headless Chromium', () => {
  const folder = mkdtempSync(join(tmpdir(), 'amendiff-html-'));
  const result = corpusRedline();
  const file = join(folder, 'redline.html');
  let browser: Awaited<ReturnType<typeof chromium.launch>>;

  beforeAll(async () => {
    writeFileSync(file, renderHtml(result));
    browser = await chromium.launch({ executablePath, args });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('shows insertions, deletions, the timeline and a change list whose links all land, with no console errors or requests', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(file).href);

    expect(await page.locator('main ins').count()).toBeGreaterThan(0);
    expect(await page.locator('main del').count()).toBeGreaterThan(0);
    expect(await page.locator('main ins', { hasText: '22' }).first().isVisible()).toBe(true);
    expect(await page.locator('.timeline li').count()).toBe(result.timeline.length);
    const hrefs = await page.locator('.changes li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toEqual(result.changes.map((c) => `#${c.id}`));
    const backs = await page.locator('main a.ref').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const href of [...hrefs, ...backs]) expect(await page.locator(`[id="${href.slice(1)}"]`).count(), href).toBe(1);

    await page.locator('.changes li > a').first().click();
    expect(new URL(page.url()).hash).toBe('#c1');
    expect(await page.locator(':target').getAttribute('data-change')).toBe('c1');
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
    await context.close();
  }, 60_000);
});
