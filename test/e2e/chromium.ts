import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export interface ChromiumSession {
  context: BrowserContext;
  page: Page;
  profileDir: string;
}

/**
 * Debian's Chromium (or CHROMIUM_PATH) on a new empty profile for one E2E file (playwright passes it
 * as --user-data-dir), at 1440×900, without the background traffic that slows a loaded machine.
 */
export async function launchChromium(
  profilePrefix: string,
  options: { locale?: string; acceptDownloads?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<ChromiumSession> {
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), profilePrefix));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // The browser's own language, which a first visit follows.
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
    viewport: { width: 1440, height: 900 },
    ...options,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, profileDir };
}
