import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium, which the browser tests drive (`.ci/run` installs it; the tests skip without it). */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = () => fs.existsSync(CHROMIUM);

/** A headless Chromium of its own profile, with nothing that calls home. */
export function launchChromium(viewport?: { width: number; height: number }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'sr-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    ...(viewport ? { viewport } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Records on `problems` what a user must never meet: console errors, page errors, HTTP answers of 400 and above. */
export function watchProblems(page: Page, problems: string[] = []): string[] {
  page.on('console', (msg) => void (msg.type() === 'error' && problems.push(msg.text())));
  page.on('pageerror', (err) => void problems.push(err.message));
  page.on('response', (res) => void (res.status() >= 400 && problems.push(`HTTP ${res.status()} ${res.url()}`)));
  return problems;
}
