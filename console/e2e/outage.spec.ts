import { expect, test } from '@playwright/test';
import { newIdNumber } from './support/idNumber';
import { login } from './support/login';
import { screenshot } from './support/screenshot';
import { USERS } from './support/users';

/**
 * Runs only with enrollment-service stopped (ConsoleBrowserIT stops it, then runs `--grep @outage`): the gateway answers 503
 * for the enrolment API, and the desk must say which part of the platform is unavailable and that nothing was recorded.
 */
test('a person search while the enrolment service is down says it is unavailable and nothing was recorded', { tag: '@outage' }, async ({ page }) => {
  await login(page, USERS.clerkVillage);
  await expect(page).toHaveURL(/\/console\/desk$/);
  // The rest of the platform still answers: the point's catalogue comes from site-registry.
  await expect(page.getByTestId('item-ENR-02')).toBeVisible();

  const lookup = page.waitForResponse((response) => response.url().includes('/api/enrollment/persons/lookups'));
  await page.getByLabel('公民身份号码').fill(newIdNumber().idNumber);
  await page.getByRole('button', { name: '查找' }).click();
  const answer = await lookup;
  expect(answer.status()).toBe(503);

  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('服务暂不可用');
  await expect(alert).toContainText('参保登记服务暂时不可用');
  await expect(alert).toContainText('本次操作没有记录任何内容');
  // No answer is not "not enrolled": the desk offers no enrolment and shows no person.
  await expect(page.getByText(/尚未参保/)).toHaveCount(0);
  await expect(page.getByText('参保人：')).toHaveCount(0);
  await screenshot(page, 'desk-enrollment-unavailable');
});
