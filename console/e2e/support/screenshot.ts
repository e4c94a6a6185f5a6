import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, type Page } from '@playwright/test';

/** console/target/screenshots: beside the specs' folder (console/e2e), whatever the working directory. */
export function screenshotDirectory(): string {
  return join(test.info().project.testDir, '..', 'target', 'screenshots');
}

/**
 * A full-page PNG of what the user sees now, written to console/target/screenshots/<name>.png and attached to the report.
 * `fullPage: false` for a drawer or dialog: their mask covers the viewport only, so a full-page picture cuts them off.
 * Waits for the network to settle, the fonts and antd's spinners, so the picture shows the page and not its loading state.
 */
export async function screenshot(page: Page, name: string, { fullPage = true }: { fullPage?: boolean } = {}): Promise<string> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`screenshot name must be kebab-case: ${name}`);
  const directory = screenshotDirectory();
  mkdirSync(directory, { recursive: true });
  const path = join(directory, `${name}.png`);
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page
    .locator('.ant-spin-spinning')
    .first()
    .waitFor({ state: 'hidden', timeout: 10_000 })
    .catch(() => undefined);
  await page.screenshot({ path, fullPage, animations: 'disabled' });
  await test.info().attach(name, { path, contentType: 'image/png' });
  return path;
}
