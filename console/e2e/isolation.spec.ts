import { expect, test, type Page } from '@playwright/test';
import { accessToken, login } from './support/login';
import { screenshot } from './support/screenshot';
import { USERS } from './support/users';

/**
 * A clerk works for one service point (`service_point_id` in their token) and never sees another point's data: the services
 * refuse with 403 whatever the console asks, and the console shows the refusal and no data.
 */
const OWN = USERS.clerkVillage.servicePointId;
const OTHER = USERS.clerkTownship.servicePointId;

function today(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

interface Answer {
  status: number;
  contentType: string;
  body: { type?: string; detail?: string };
}

/** A GET through the gateway from the signed-in page, with the clerk's own access token. */
async function getAsClerk(page: Page, path: string): Promise<Answer> {
  const token = await accessToken(page);
  return page.evaluate(
    async ({ path, token }) => {
      const response = await fetch(path, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
      const text = await response.text();
      return {
        status: response.status,
        contentType: response.headers.get('content-type') ?? '',
        body: text ? (JSON.parse(text) as Answer['body']) : {},
      };
    },
    { path, token },
  );
}

/** Sends the page's own request for its point to the other point instead, as a clerk editing the request would. */
async function askForTheOtherPoint(page: Page, urlPart: RegExp, rewrite: (url: URL) => void): Promise<string[]> {
  const rewritten: string[] = [];
  await page.route(urlPart, async (route) => {
    const url = new URL(route.request().url());
    rewrite(url);
    rewritten.push(url.pathname + url.search);
    await route.continue({ url: url.toString() });
  });
  return rewritten;
}

test.describe('a clerk cannot open another service point’s data', () => {
  test('the services answer 403 to the clerk’s token for another point', async ({ page }) => {
    await login(page, USERS.clerkVillage);
    const day = today();

    const refused = [
      `/api/enrollment/handlings?servicePointId=${OTHER}&date=${day}`,
      `/api/settlement/handlings?servicePointId=${OTHER}&date=${day}`,
      `/api/evaluation/rectifications?servicePointId=${OTHER}`,
      `/api/evaluation/reviews?servicePointId=${OTHER}`,
      `/api/evaluation/kpis/service-points/${OTHER}?from=${day}&to=${day}`,
    ];
    for (const path of refused) {
      const answer = await getAsClerk(page, path);
      expect(answer.status, `${path}: ${JSON.stringify(answer.body)}`).toBe(403);
      expect(answer.contentType).toContain('application/problem+json');
      expect(answer.body.type).toMatch(/\/problems\/(forbidden|service-point-scope)$/);
    }

    // The same calls for the clerk's own point are answered: the refusal is about the point, not the calls.
    const own = await getAsClerk(page, `/api/evaluation/rectifications?servicePointId=${OWN}`);
    expect(own.status, JSON.stringify(own.body)).toBe(200);
  });

  test('the KPIs page shows the refusal and no figures when it asks for another point', async ({ page }) => {
    await login(page, USERS.clerkVillage);
    const rewritten = await askForTheOtherPoint(page, /\/api\/evaluation\/kpis\/service-points\//, (url) => {
      url.pathname = url.pathname.replace(`/service-points/${OWN}`, `/service-points/${OTHER}`);
    });

    await page.getByRole('menuitem', { name: '网点指标' }).click();

    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    expect(rewritten.some((path) => path.includes(`/service-points/${OTHER}`))).toBe(true);
    await expect(alert).toContainText('追踪号');
    await expect(alert).toContainText(/无权|只能/);
    await expect(page.getByText('办件量')).toHaveCount(0);
    await screenshot(page, 'kpis-other-point-refused');
  });

  test('the rectifications page shows the refusal and no rows when it asks for another point', async ({ page }) => {
    await login(page, USERS.clerkVillage);
    await askForTheOtherPoint(page, /\/api\/evaluation\/rectifications\?/, (url) => {
      url.searchParams.set('servicePointId', OTHER!);
    });

    await page.getByRole('menuitem', { name: '差评整改' }).click();

    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('追踪号');
    await expect(alert).toContainText(/无权|只能/);
    await expect(page.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(0);
    await screenshot(page, 'rectifications-other-point-refused');
  });

  test('today’s handlings shows the refusal and no rows when it asks for another point', async ({ page }) => {
    await login(page, USERS.clerkVillage);
    await askForTheOtherPoint(page, /\/api\/(enrollment|settlement)\/handlings\?/, (url) => {
      url.searchParams.set('servicePointId', OTHER!);
    });

    await page.getByRole('menuitem', { name: '今日办件' }).click();

    const alerts = page.getByRole('alert');
    await expect(alerts).toHaveCount(2);
    await expect(alerts.filter({ hasText: '无法读取参保登记服务的办件' })).toContainText('追踪号');
    await expect(alerts.filter({ hasText: '无法读取结算服务的办件' })).toContainText('追踪号');
    await expect(page.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(0);
    await screenshot(page, 'handlings-other-point-refused');
  });
});
