import { expect, request as playwrightRequest, test, type APIRequestContext, type Page } from '@playwright/test';
import { newIdNumber } from './support/idNumber';
import { accessToken, KEYCLOAK_ORIGIN, login } from './support/login';
import { screenshot } from './support/screenshot';
import { USERS } from './support/users';

/**
 * Settlement supervision (结算监管): the agency administrator opens every page — policies, the treatment-region catalogue with
 * a CSV import and its report of rejected lines, the settlements search and a settlement's itemisation, filings, clearing with
 * advance funds, the institution register — and the auditor reads the audit flags and settlements with no write control, and a
 * write the auditor sends anyway is refused with a 403 problem.
 *
 * So that the lists are not empty, a hospital settles one bill first through the API, as a hospital's system does (the
 * settlement-service README's curl flow): a resident of Hangzhou Xihu (330106) enrolled and paid up at the county hall,
 * a filing made up by 淳安县第一人民医院, and a bill with two lines of one item on one day (REPEAT_CHARGE) and more of it than
 * the catalogue's limit (OVER_QUANTITY_LIMIT). Each run makes a new person and bill number.
 */
test.describe.configure({ mode: 'serial' });
// Each test walks through many pages; on a two-core machine that also runs the whole platform that is minutes, not seconds.
test.setTimeout(360_000);

const TOKEN_URL = `${KEYCLOAK_ORIGIN}/realms/chs/protocol/openid-connect/token`;
const person = { ...newIdNumber('330106'), name: '杭州患者' };
const billNumber = `E2E-${Date.now()}`;
let settlementId: string;

function isoDay(daysFromToday: number): string {
  const day = new Date(Date.now() + 8 * 3_600_000 + daysFromToday * 86_400_000); // Asia/Shanghai
  return day.toISOString().slice(0, 10);
}

async function token(api: APIRequestContext, form: Record<string, string>): Promise<string> {
  const response = await api.post(TOKEN_URL, { form });
  expect(response.ok(), await response.text()).toBeTruthy();
  return ((await response.json()) as { access_token: string }).access_token;
}

async function call(api: APIRequestContext, method: 'POST' | 'PUT', path: string, bearer: string, data: unknown, key?: string) {
  const response = await api.fetch(path, {
    method,
    data,
    headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}) },
  });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBeTruthy();
  return response.json() as Promise<Record<string, unknown>>;
}

test.beforeAll(async ({ baseURL }) => {
  // Straight to the gateway: the API calls of a hospital and a counter, not the console's.
  const api = await playwrightRequest.newContext({ baseURL: process.env.CHS_GATEWAY_URL ?? baseURL });
  const clerk = await token(api, { grant_type: 'password', client_id: 'chs-cli', username: 'clerk-county', password: 'chs-demo' });
  const ticket = { queuedAt: new Date(Date.now() - 12 * 60_000).toISOString(), startedAt: new Date(Date.now() - 2 * 60_000).toISOString() };
  const year = Number(isoDay(0).slice(0, 4));
  const enrolled = await call(api, 'POST', '/api/enrollment/persons', clerk, {
    idNumber: person.idNumber, name: person.name, scheme: 'URBAN_RURAL_RESIDENT', poolingRegion: '330106', coverageStart: `${year}-01-01`, handling: ticket,
  }, `e2e-enrol-${billNumber}`);
  const personId = (enrolled.result as { personId: string }).personId;
  await call(api, 'POST', `/api/enrollment/persons/${personId}/contributions`, clerk, {
    year, amount: 380.0, receiptNumber: `E2E-R-${Date.now()}`, handling: ticket,
  }, `e2e-pay-${billNumber}`);

  const hospital = await token(api, { grant_type: 'client_credentials', client_id: 'hospital-chunan-first', client_secret: 'hospital-chunan-first-secret' });
  const admission = isoDay(-3);
  await call(api, 'POST', '/api/settlement/filings', hospital, {
    idNumber: person.idNumber, type: 'OTHER_TEMPORARY', validFrom: admission, validTo: isoDay(30),
  }, `e2e-filing-${billNumber}`);
  const settled = await call(api, 'POST', '/api/settlement/settlements', hospital, {
    billNumber, idNumber: person.idNumber, admissionDate: admission, dischargeDate: isoDay(-1), visitType: 'INPATIENT', emergency: false,
    lines: [
      { itemCode: 'B10', quantity: 4, unitPrice: 250.0 },
      { itemCode: 'A1', quantity: 1, unitPrice: 2000.0, serviceDate: admission },
      { itemCode: 'A2', quantity: 2, unitPrice: 30.0, serviceDate: admission },
      { itemCode: 'A2', quantity: 2, unitPrice: 30.0, serviceDate: admission },
    ],
  });
  settlementId = settled.id as string;
  expect((settled.auditFlags as { rule: string }[]).map((f) => f.rule)).toEqual(expect.arrayContaining(['REPEAT_CHARGE', 'OVER_QUANTITY_LIMIT']));
  await api.dispose();
});

async function openMenu(page: Page, label: string, title: string) {
  await page.getByRole('menu').getByRole('menuitem', { name: label }).click();
  await expect(page.getByRole('main').getByText(title, { exact: true }).first()).toBeVisible();
}

test.describe('agency-admin', () => {
  test('opens the policies, the catalogue with an import, the institution register, settlements, filings and clearing', async ({ page }) => {
    await login(page, USERS.admin, '/console/settlement/policies');

    // 参保地政策: the DEMO policies of Chun'an, with the edit form
    await expect(page.getByRole('cell', { name: '城乡居民医保' }).first()).toBeVisible();
    await expect(page.getByText('转诊 10 点 / 未转诊 15 点').first()).toBeVisible();
    await screenshot(page, 'settlement-policies');
    await page.getByRole('button', { name: /修\s?改/ }).first().click();
    const policyDialog = page.getByRole('dialog');
    await expect(policyDialog.getByText('填写百分比，例如 85 表示 85%')).toBeVisible();
    await screenshot(page, 'settlement-policy-edit', { fullPage: false });
    await page.keyboard.press('Escape');
    await expect(policyDialog).toBeHidden();

    // 就医地目录: a region of its own for the import, so the demo catalogue stays as it is
    await openMenu(page, '就医地目录', '就医地目录');
    await expect(page.getByRole('cell', { name: 'B10', exact: true })).toBeVisible();
    const importRegion = `33${String(Date.now()).slice(-4)}`;
    await page.getByLabel('就医地').fill(importRegion);
    await page.getByRole('button', { name: /查\s?询/ }).click();
    await expect(page.getByText('该就医地还没有目录')).toBeVisible();
    await page.getByTestId('catalogue-file').setInputFiles({
      name: 'catalogue.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('itemCode,name,class,selfPayFirstShare,quantityLimit,restricted,qualifyingDiseases\nE2E1,E2E 甲类检查,CLASS_A,,,false,\nE2E2,E2E 乙类药品,CLASS_B,0.10,,false,\nE2E3,E2E 坏类别,CLASS_Z,,,false,\n'),
    });
    await expect(page.getByText('共读取 3 行，导入 2 行，拒绝 1 行')).toBeVisible();
    await expect(page.getByRole('cell', { name: 'E2E 乙类药品' })).toBeVisible();
    await screenshot(page, 'settlement-catalogue-import');

    // 定点医疗机构: the register with the level history
    await openMenu(page, '定点医疗机构', '定点医疗机构登记');
    const first = page.getByRole('row', { name: /inst-chunan-first-peoples/ });
    await expect(first.getByText('2020-01-01 起')).toBeVisible();
    await screenshot(page, 'settlement-institutions');
    await first.getByRole('button', { name: '调整等级' }).click();
    await expect(page.getByRole('dialog').getByTestId('level-entry')).toHaveCount(2);
    await screenshot(page, 'settlement-institution-levels', { fullPage: false });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();

    // 异地结算查询 and a settlement's itemisation
    await openMenu(page, '异地结算查询', '异地结算查询');
    await page.getByLabel('定点医疗机构编码').fill('inst-chunan-first-peoples');
    await page.getByRole('button', { name: /查\s?询/ }).click();
    const row = page.getByRole('row', { name: new RegExp(billNumber) });
    await expect(row).toContainText(`${person.idNumber.slice(0, 6)}********${person.idNumber.slice(14)}`);
    await expect(row).not.toContainText(person.idNumber);
    await screenshot(page, 'settlement-settlements');
    await row.getByRole('button', { name: '查看明细' }).click();
    const drawer = page.getByRole('dialog');
    await expect(drawer.getByText('政策范围内费用')).toBeVisible();
    await expect(drawer.getByTestId('settlement-flags')).toContainText('重复收费');
    await expect(drawer.getByTestId('accumulator-total')).toBeVisible();
    await screenshot(page, 'settlement-detail', { fullPage: false });

    // the person's filings, from the drawer
    await drawer.getByRole('button', { name: '该参保人的备案' }).click();
    await expect(page).toHaveURL(/\/console\/settlement\/filings\?personId=/);
    await expect(page.getByRole('cell', { name: '其他临时外出就医人员' })).toBeVisible();
    await screenshot(page, 'settlement-filings');

    // 清算与预付金: this month's totals hold the bill; the advance fund with its figures; the run waits for the month's end
    await openMenu(page, '清算与预付金', '清算与预付金');
    await page.getByRole('textbox').first().click();
    await page.getByTitle(isoDay(0).slice(0, 7)).click();
    await expect(page.getByRole('cell', { name: '330106' }).first()).toBeVisible();
    // the month has not ended: nothing to clear yet, and no button to try
    await expect(page.getByText(`${isoDay(0).slice(0, 7)} 尚未结束，月份结束后才能清算`)).toBeVisible();
    await expect(page.getByRole('button', { name: /执行 .* 清算/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '拨付预付金' })).toBeVisible();
    await page.getByRole('button', { name: '从结算记录重算并比对' }).click();
    await expect(page.getByText(/一致：累计总额与结算记录重算结果相同|发现 \d+ 处差异/)).toBeVisible();
    await screenshot(page, 'settlement-clearing');
  });
});

test.describe('auditor', () => {
  test('reads audit flags and settlements with no write control, and a write it sends anyway is refused', async ({ page }) => {
    await login(page, USERS.auditor);
    await expect(page).toHaveURL(/\/console\/audit-flags$/);
    const flagged = page.getByRole('row', { name: new RegExp(settlementId) });
    await expect(flagged.getByText('重复收费')).toBeVisible();
    await expect(flagged.getByText('超量开药')).toBeVisible();
    await screenshot(page, 'settlement-auditor-audit-flags');
    await flagged.getByRole('button', { name: '结算明细' }).click();
    await expect(page.getByRole('dialog').getByText('政策范围内费用')).toBeVisible();
    await screenshot(page, 'settlement-auditor-flag-detail', { fullPage: false });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();

    await openMenu(page, '异地结算查询', '异地结算查询');
    await expect(page.getByRole('row', { name: new RegExp(billNumber) })).toBeVisible();

    for (const [label, title] of [['参保地政策', '参保地政策'], ['就医地目录', '就医地目录'], ['清算与预付金', '清算与预付金'], ['定点医疗机构', '定点医疗机构登记']] as const) {
      await openMenu(page, label, title);
      await expect(page.getByTestId('read-only')).toBeVisible();
      await expect(page.getByRole('button', { name: /新增|修\s?改|调整等级|执行|确认支付|拨付|导入/ })).toHaveCount(0);
    }
    await screenshot(page, 'settlement-auditor-institutions');

    // The console offers the auditor no write; the API refuses one sent anyway, as a problem detail naming the refusal.
    const refused = await page.evaluate(
      async ({ bearer }) => {
        const response = await fetch('/api/settlement/institutions/inst-chunan-first-peoples/levels', {
          method: 'PUT',
          headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json', Accept: 'application/problem+json' },
          body: JSON.stringify({ levels: [{ level: 'LEVEL_1', effectiveFrom: '2000-01-01' }] }),
        });
        return { status: response.status, contentType: response.headers.get('content-type'), body: (await response.json()) as { type?: string; status?: number } };
      },
      { bearer: await accessToken(page) },
    );
    expect(refused.status).toBe(403);
    expect(refused.contentType).toContain('application/problem+json');
    expect(refused.body.status).toBe(403);
    await page.reload();
    await expect(page.getByRole('row', { name: /inst-chunan-first-peoples/ }).getByText('2020-01-01 起')).toBeVisible();
  });
});
