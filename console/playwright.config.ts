import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests of the console against a running local stack (gateway at CHS_BASE_URL, Keycloak at 127.0.0.1:8180), signing
 * in through the real Keycloak login form. Run by local-stack's ConsoleBrowserIT, or by hand: see console/README.md.
 *
 * Debian's Chromium (/usr/bin/chromium): Playwright's own browser download is not reachable from our machines. Specs tagged
 * @outage need a stopped enrollment-service and run on their own (`--grep @outage`), after the others (`--grep-invert @outage`).
 */
const baseURL = process.env.CHS_BASE_URL ?? 'http://127.0.0.1:8080';
const ci = Boolean(process.env.CI);
// ConsoleBrowserIT runs Playwright twice (CHS_E2E_RUN=main, then outage); each run keeps its own report and traces, as
// Playwright empties both folders when a run starts.
const run = process.env.CHS_E2E_RUN ? `/${process.env.CHS_E2E_RUN.replace(/[^a-z0-9-]/gi, '')}` : '';

export default defineConfig({
  testDir: 'e2e',
  outputDir: `target/playwright${run}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: ci,
  // Sized for a 2-core machine that also runs MongoDB, RabbitMQ, Keycloak and five JVMs.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['html', { outputFolder: `target/playwright-report${run}`, open: 'never' }]],
  use: {
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath: process.env.CHS_CHROMIUM ?? '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
});
