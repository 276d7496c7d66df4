import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadReviewVolume, VOLUME_PASSWORD, type Volume } from '../../server/test/review-volume';
import { ADMIN_PASSWORD, CHROMIUM_PATH, hasChromium, launchChromium, startWebApp, type WebApp } from './support/web-harness';
import { browserSteps } from './support/browser-steps';

const chromium = hasChromium();
if (!chromium) console.warn(`跳过浏览器测试：未找到 ${CHROMIUM_PATH}（apt-get install -y chromium 后可运行）。`);

describe.skipIf(!chromium)('walkthrough: the finance review desk with 300 forms (filter → open → next → 批量退回 → export)', () => {
  let app: WebApp;
  let browser: Browser;
  let steps: ReturnType<typeof browserSteps>;
  let volume: Volume;
  beforeAll(async () => {
    app = await startWebApp();
    volume = await loadReviewVolume((path, init) => fetch(`${app.url}${path}`, init), { prefix: 'WVOL', adminPassword: ADMIN_PASSWORD });
    browser = await launchChromium();
    steps = browserSteps(browser, app.url);
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const queueTab = (page: Page, label: string) => page.getByRole('radiogroup', { name: '审核队列' }).getByText(new RegExp(`^${label} \\d+$`));
  const stepperText = (page: Page) => page.locator('.review-stepper .ant-typography');

  it('works the season from the queue without going back to the list for each form', async () => {
    const page = await steps.loggedIn({ username: volume.finance, password: VOLUME_PASSWORD });
    const started = Date.now();
    await page.goto(`${app.url}/review?fiscal_year=2026`);
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await queueTab(page, '待审核').waitFor();
    console.log(`/review with 300 forms: usable list (rows and tab counts) in ${Date.now() - started} ms`);
    expect(await queueTab(page, '待审核').textContent()).toBe('待审核 300');

    // 问题类型 指标方向: the tabs and the pager count the filtered list.
    // Typed, as a clerk finds one of twenty types: the long list is virtual and shows only its top.
    await page.getByLabel('问题类型', { exact: true }).fill('指标方向');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '指标方向' }).first().click();
    const warned = volume.directionWarned.length;
    await page.getByRole('radiogroup', { name: '审核队列' }).getByText(`待审核 ${warned}`).waitFor();
    await page.locator('.ant-pagination').getByText(`共 ${warned}`, { exact: false }).waitFor();

    // Open the first form; step on with → and back with 上一张.
    const first = await page.locator('.ant-table-tbody tr.ant-table-row').first().getByRole('link').textContent();
    await page.locator('.ant-table-tbody tr.ant-table-row').first().getByRole('link').click();
    await page.getByRole('heading', { name: first! }).waitFor();
    await stepperText(page).filter({ hasText: `第 1 / ${warned} 张` }).waitFor();
    await page.keyboard.press('ArrowRight');
    await stepperText(page).filter({ hasText: `第 2 / ${warned} 张` }).waitFor();
    const second = await page.getByRole('heading', { level: 3 }).first().textContent();
    expect(second).not.toBe(first);
    expect(volume.directionWarned).toContain(second);
    await page.getByRole('button', { name: /上一张/ }).click();
    await page.getByRole('heading', { name: first! }).waitFor();

    // A note typed and not added is not lost to a step: leaving asks first, and staying keeps it.
    await page.getByLabel('整表意见').fill('请补充成本指标');
    await page.getByRole('button', { name: /下一张/ }).click();
    const ask = page.locator('.ant-modal-confirm').filter({ hasText: '有尚未添加的批注' });
    await ask.getByText(/整表意见已填写/).waitFor();
    await ask.getByRole('button', { name: '留在本页' }).click();
    await ask.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: first! }).waitFor();
    expect(await page.getByLabel('整表意见').inputValue()).toBe('请补充成本指标');
    await page.getByLabel('整表意见').fill('');

    // Back on the list with the filter kept: tick three and return them with one reason.
    await page.getByRole('button', { name: /返回列表/ }).click();
    await page.getByRole('radiogroup', { name: '审核队列' }).getByText(`待审核 ${warned}`).waitFor();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    const ticked: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      ticked.push((await rows.nth(i).getByRole('link').textContent())!);
      await rows.nth(i).locator('.ant-checkbox-input').check();
    }
    await page.getByRole('button', { name: '批量退回（3）' }).click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '确认批量退回这 3 张表？' });
    for (const name of ticked) await dialog.getByText(name).waitFor();
    await expect(dialog.getByRole('button', { name: /退回 3 张/ }).isDisabled()).resolves.toBe(true);
    await dialog.getByLabel('退回意见').fill('日常公用经费应设上限（≤），请修改指标性质后重新提交');
    await dialog.getByRole('button', { name: /退回 3 张/ }).click();
    const result = page.locator('.ant-modal-confirm').filter({ hasText: '已退回 3 张表' });
    await result.waitFor();
    for (const name of ticked) expect(await result.locator('li').filter({ hasText: name }).textContent()).toMatch(/：已退回$/);
    await result.getByRole('button').last().click();
    await page.getByRole('radiogroup', { name: '审核队列' }).getByText(`待审核 ${warned - 3}`).waitFor();
    await page.getByRole('radiogroup', { name: '审核队列' }).getByText('已退回 3').waitFor();

    // The findings of the filtered list, as the list now stands.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /导出审核发现/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^审核发现清单-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const table: string[][] = [];
    workbook.worksheets[0]!.eachRow((row) => table.push((row.values as unknown[]).slice(1).map((x) => String(x ?? ''))));
    expect(table[0]).toEqual(['单位', '项目', '表', '行', '指标', '问题类型', '严重程度', '说明']);
    const direction = table.slice(1).filter((r) => r[5] === '指标方向');
    expect(direction).toHaveLength(warned - 3);
    expect(direction.some((r) => ticked.includes(r[1]!))).toBe(false);
    expect(table.slice(1).every((r) => volume.directionWarned.includes(r[1]!))).toBe(true);
  }, 300_000);
});
