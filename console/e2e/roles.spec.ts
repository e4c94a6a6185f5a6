import { expect, test, type Page } from '@playwright/test';
import { expectKeycloakLogin, login } from './support/login';
import { screenshot } from './support/screenshot';
import { USERS, type DemoUser } from './support/users';

/** The menu entries the signed-in console offers (antd Menu in the side bar). */
function menuItems(page: Page) {
  return page.getByRole('menu').getByRole('menuitem');
}

const HOMES: { user: DemoUser; shot: string }[] = [
  { user: USERS.clerkVillage, shot: 'home-clerk-desk' },
  { user: USERS.admin, shot: 'home-admin-reviews' },
  { user: USERS.evaluator, shot: 'home-evaluator-evaluations' },
  { user: USERS.auditor, shot: 'home-auditor-audit-flags' },
];

test.describe('each role signs in through Keycloak', () => {
  for (const { user, shot } of HOMES) {
    test(`${user.username} lands on ${user.home} and is offered only its pages`, async ({ page }) => {
      await login(page, user);

      await expect(page).toHaveURL(new RegExp(`${user.home}$`));
      await expect(menuItems(page)).toHaveText([...user.menu]);
      // The landing page is the selected menu entry, and the page under it rendered (no "page not found", no refusal).
      await expect(page.locator('.ant-menu-item-selected')).toHaveText(user.menu[0]!);
      await expect(page.getByRole('main').getByText(user.homeTitle, { exact: true })).toBeVisible();
      await expect(page.getByText('页面不存在')).toHaveCount(0);
      await expect(page.getByText('无权访问')).toHaveCount(0);
      await screenshot(page, shot);
    });
  }

  test('an address opened before signing in is where the user is taken after it', async ({ page }) => {
    await login(page, USERS.clerkVillage, '/console/desk/kpis');

    await expect(page).toHaveURL(/\/console\/desk\/kpis$/);
    await expect(page.locator('.ant-menu-item-selected')).toHaveText('网点指标');
  });

  test('a page of another role is refused, not shown', async ({ page }) => {
    await login(page, USERS.evaluator);
    await page.goto('/console/desk');

    await expect(page).toHaveURL(/\/console\/desk$/);
    await expect(page.getByText('无权访问')).toBeVisible();
    await expect(page.getByText('您的角色不能使用此页面。')).toBeVisible();
    await expect(menuItems(page)).toHaveText([...USERS.evaluator.menu]);
    await screenshot(page, 'evaluator-refused-desk');
  });

  test('signing out returns to the Keycloak login form, and the console needs signing in again', async ({ page }) => {
    await login(page, USERS.clerkVillage);

    await page.getByRole('button', { name: '退出登录' }).click();

    await expectKeycloakLogin(page);
    await screenshot(page, 'logout-keycloak-login');
    await page.goto('/console/desk');
    await expectKeycloakLogin(page);
  });
});
