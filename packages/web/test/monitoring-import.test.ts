import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CHROMIUM_PATH, ORGS, USERS, apiSession, hasChromium, launchChromium, setUpPeople, startWebApp, type WebApp } from './support/web-harness';
import { browserSteps } from './support/browser-steps';

// The unit's own 1–6月 运行监控表 as filled in Word (the documents package's fixture).
const DOCX = fileURLToPath(new URL('../../documents/src/monitoring/fixtures/monitoring-reading-campaign-jan-jun.docx', import.meta.url));
const PROJECT = '全民阅读推广活动经费';

const chromium = hasChromium();
if (!chromium) console.warn(`跳过浏览器测试：未找到 ${CHROMIUM_PATH}（apt-get install -y chromium 后可运行）。`);

const ind = (level1: string, level2: string, name: string, weight: number, target: string, unit: string) => ({ level1, level2, name, weight, comparator: '>=', target, unit, basis: '计划标准' });

/**
 * The project's 2024 target, approved by finance; it names new readers 本年新注册读者数 (6000) where the document writes
 * 新增注册读者人数, and the reading rate 全民阅读率 where it writes 居民综合阅读率, so those two rows match none until the
 * clerk matches one by hand (1200 of the 3000 due by June: red).
 */
async function approvedTarget(url: string): Promise<number> {
  const editor = await apiSession(url, USERS.editor.username, USERS.editor.password);
  const finance = await apiSession(url, USERS.finance.username, USERS.finance.password);
  const form = {
    kind: 'project_target', fiscal_year: 2024, org: ORGS.unit.name, project_name: PROJECT, budget_total_wan: 85,
    goal: '开展全民阅读推广活动40场，新增注册读者3000人。',
    indicators: [
      ind('产出指标', '数量指标', '阅读推广活动场次', 30, '40', '场'),
      ind('产出指标', '数量指标', '本年新注册读者数', 20, '6000', '人'),
      ind('产出指标', '质量指标', '活动参与人次', 20, '20000', '人次'),
      ind('满意度指标', '服务对象满意度指标', '读者满意度', 20, '90', '%'),
      ind('效益指标', '社会效益指标', '全民阅读率', 10, '60', '%'),
    ],
  };
  const created = await editor.post<{ id: number; version: number }>('/api/forms', { kind: 'project_target', org: ORGS.unit.code, fiscal_year: 2024 });
  const saved = await editor.put<{ id: number; version: number }>(`/api/forms/${created.id}`, { version: created.version, form });
  const submitted = await editor.post<{ id: number; version: number }>(`/api/forms/${saved.id}/submit`, { version: saved.version });
  const approved = await finance.post<{ status: string }>(`/api/forms/${submitted.id}/approve`, { version: submitted.version });
  if (approved.status !== 'approved') throw new Error(`target not approved: ${JSON.stringify(approved)}`);
  return created.id;
}

describe.skipIf(!chromium)('导入监控表 in the browser', () => {
  let app: WebApp;
  let browser: Browser;
  let steps: ReturnType<typeof browserSteps>;

  beforeAll(async () => {
    app = await startWebApp();
    await setUpPeople(app.url);
    await approvedTarget(app.url);
    browser = await launchChromium();
    steps = browserSteps(browser, app.url);
  }, 180_000);

  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail') return;
    for (const c of browser.contexts()) {
      for (const page of c.pages()) console.log(`—— ${page.url()} ——\n${(await page.evaluate(() => document.body.innerText).catch(String)).slice(0, 3000)}`);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('walks the clerk\'s path: Word table → preview → a hand match turns its row red → confirm → filled table → export .xlsx → import it again: all matched, no change', async () => {
    const editor = await steps.loggedIn(USERS.editor);
    await editor.getByRole('link', { name: '运行监控' }).click();
    await editor.getByRole('heading', { name: '运行监控' }).waitFor();
    await editor.getByRole('button', { name: '导入监控表' }).click();
    const dialog = editor.locator('.ant-modal').filter({ hasText: '导入监控表' });
    await dialog.locator('input[type=file]').setInputFiles(DOCX);
    // The preview: the project found by name, three rows matched, two listed with why, the lights shown; a new table.
    await dialog.getByText('对应 3 行').waitFor({ timeout: 30_000 });
    await dialog.getByText(/未对应 2 行/).waitFor();
    expect(await dialog.getByText('绩效目标表中没有同名指标').count()).toBe(2);
    await dialog.getByText('按项目名称').waitFor();
    await dialog.getByText('新建本期监控表').waitFor();
    expect(await dialog.getByText('2024 年 1—6 月').count()).toBe(1);
    expect(await dialog.locator('.light').count()).toBeGreaterThan(3);
    const readers = dialog.locator('tr').filter({ hasText: '新增注册读者人数' });
    expect(await readers.locator('td').last().textContent()).toBe('—');
    // 选择对应指标: the row is given an unfilled indicator and the table is previewed again with it: its light follows.
    await steps.choose(editor, '文档第 2 行对应的指标', '本年新注册读者数');
    await dialog.getByText('手工对应 1 行').waitFor();
    await readers.getByText('红灯').waitFor();
    await dialog.getByText(/未对应 1 行/).waitFor();
    await dialog.getByRole('button', { name: '确认导入' }).click();
    await editor.getByText(`已导入「${PROJECT}」1—6月监控表（手工对应 1 行）`).waitFor({ timeout: 30_000 });
    // The filled table opens on the page, a draft to check and submit.
    await editor.getByText(`${PROJECT} · 1—6月`).waitFor();
    await editor.getByText('草稿 · 第 1 版').waitFor();
    expect(await editor.getByLabel('1至当月执行数（万元）').inputValue()).toBe('30.6');
    // The row matched by hand is filled from the document (1200人, 部分达成 → 不确定).
    expect(await editor.getByLabel('第 2 行「本年新注册读者数」完成值', { exact: true }).inputValue()).toBe('1200人');
    await editor.locator('.ant-select').filter({ has: editor.getByLabel('第 2 行是否能完成', { exact: true }) }).getByText('不确定', { exact: true }).waitFor();

    // 导出 Excel, and that file imported again for the same period: every row matched, nothing to change.
    await editor.getByRole('button', { name: /导\s*出/ }).hover();
    const [download] = await Promise.all([editor.waitForEvent('download'), editor.getByRole('link', { name: '导出 Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const exported = readFileSync((await download.path())!);
    await editor.getByRole('button', { name: '导入监控表' }).click();
    await dialog.locator('input[type=file]').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: exported });
    await dialog.getByText('对应 5 行').waitFor({ timeout: 30_000 });
    expect(await dialog.getByText(/未对应 \d 行/).count()).toBe(0);
    await dialog.getByText(/填入已有的监控表（草稿 · 第 1 版）/).waitFor();
    await dialog.getByText('与已有监控表相比无变化').waitFor();
    await dialog.locator('tr').filter({ hasText: '本年新注册读者数' }).getByText('红灯').waitFor();
  }, 180_000);
});
