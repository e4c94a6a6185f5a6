import { expect, test, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { DEMO_PASSWORD, type DemoUser } from './users';

/** Keycloak of the local stack (local-stack README); the console learns it from /console/config.json. */
export const KEYCLOAK_ORIGIN = process.env.CHS_KEYCLOAK_URL ?? 'http://127.0.0.1:8180';

/** Keycloak's login form of realm `chs` (keycloak.v2 theme; zh-CN is the realm's default locale and the browser's). */
function loginForm(page: Page) {
  return {
    username: page.getByLabel('用户名 或 电子邮箱地址'),
    password: page.getByLabel('密码', { exact: true }),
    submit: page.getByRole('button', { name: '登录', exact: true }),
  };
}

export async function expectKeycloakLogin(page: Page): Promise<void> {
  await page.waitForURL((url) => url.origin === KEYCLOAK_ORIGIN && url.pathname.startsWith('/realms/chs/'));
  const form = loginForm(page);
  await expect(form.username).toBeVisible();
  await expect(form.password).toBeVisible();
  await expect(form.submit).toBeVisible();
}

/**
 * Signs in through the REAL login form: opens the console at `path` (default its home), is sent to Keycloak, types the demo
 * user's name and password, and waits until the console has the user back on a signed-in page.
 */
export async function login(page: Page, user: DemoUser, path = '/console/'): Promise<void> {
  await page.goto(path);
  await expectKeycloakLogin(page);
  const form = loginForm(page);
  await form.username.fill(user.username);
  await form.password.fill(DEMO_PASSWORD);
  await form.submit.click();
  // Back on the console: the code exchange removes ?code=…&state=… and the header names the signed-in user.
  await page.waitForURL((url) => url.origin !== KEYCLOAK_ORIGIN && url.pathname.startsWith('/console/') && !url.searchParams.has('code'));
  await expect(page.getByTestId('header-user')).toBeVisible();
}

/** A fresh browser context (own cookies and session storage) signed in as the user. */
export async function loggedInPage(browser: Browser, user: DemoUser, path = '/console/'): Promise<Page> {
  const context = await browser.newContext(contextOptions());
  const page = await context.newPage();
  await login(page, user, path);
  return page;
}

/** The signed-in user's access token, as the console keeps it (oidc-client-ts, session storage). */
export async function accessToken(page: Page): Promise<string> {
  const token = await page.evaluate(() => {
    for (let i = 0; i < sessionStorage.length; i++) {
      const key = sessionStorage.key(i);
      if (key?.startsWith('oidc.user:')) {
        const user = JSON.parse(sessionStorage.getItem(key) ?? '{}') as { access_token?: string };
        if (user.access_token) return user.access_token;
      }
    }
    return null;
  });
  if (!token) throw new Error('no signed-in user in session storage');
  return token;
}

/** Options for a context made by hand in a test (a second user, a phone): the project's address, language and time zone. */
export function contextOptions(): BrowserContextOptions {
  const use = test.info().project.use;
  return { baseURL: use.baseURL, locale: use.locale, timezoneId: use.timezoneId, viewport: use.viewport };
}
