import { expect, test } from '@playwright/test';
import { login } from './support/login';
import { screenshot } from './support/screenshot';
import { USERS } from './support/users';

/**
 * The KPIs and reviews of issue 13 item 5: the agency's county overview ranking the points and one point's KPIs month by
 * month against the standards (bounds as evaluation-service gives them), the clerk's own point's KPIs, and the agency's
 * rectifications. Reads only: the demo county's points and whatever handlings earlier specs made.
 */
test('the administrator sees the county overview ranking the points and opens one point', async ({ page }) => {
  await login(page, USERS.admin, '/console/kpis');
  await expect(page.getByRole('tab', { name: '县域总览', selected: true })).toBeVisible();
  // the demo county's points, ranked or listed without data; the chart names the bound the service compares with
  await expect(page.getByRole('row').filter({ hasText: '汾口镇' }).first()).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '名次' })).toBeVisible();
  await screenshot(page, 'kpis-county-overview');

  await page.getByRole('row').filter({ hasText: USERS.clerkVillage.homeTitle.split(' · ')[1]! }).getByRole('button').first().click();
  await expect(page).toHaveURL(/\/console\/kpis\?tab=point&point=sp-fenkou-village$/);
  await expect(page.getByText(/网点考核指标 · /)).toBeVisible();
  await expect(page.getByText(/月度趋势（\d{4}-\d{2} 至 \d{4}-\d{2}）/)).toBeVisible();
  await expect(page.getByRole('img', { name: '平均等候时间（标准 ≤ 15分钟）' })).toBeVisible();
  await expect(page.getByRole('img', { name: '满意率（标准 ≥ 90%）' })).toBeVisible();
  await screenshot(page, 'kpis-point-trend');
});

test("the clerk's 网点指标 shows the month against the standards, the trend and the handlings by item", async ({ page }) => {
  await login(page, USERS.clerkVillage, '/console/desk/kpis');
  await expect(page.getByTestId('kpi-AVERAGE_WAITING_MINUTES')).toBeVisible();
  await expect(page.getByText('办件量（按服务事项）')).toBeVisible();
  await expect(page.getByRole('img', { name: '网办掌办率（标准 ≥ 80%）' })).toBeVisible();
  await screenshot(page, 'kpis-clerk-month-trend');
});

test('the administrator lists overdue and answered rectifications of every point', async ({ page }) => {
  await login(page, USERS.admin, '/console/reviews');
  await expect(page.getByRole('tab', { name: /整改/ }).first()).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '服务网点' }).first()).toBeVisible();
  await screenshot(page, 'reviews-admin-rectifications');
});
