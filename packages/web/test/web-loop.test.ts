import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_PATH, USERS, ensureWebBuild, hasChromium, launchChromium, setUpPeople, startWebApp, type WebApp } from './support/web-harness';
import { firstLoadJs } from './support/bundle-size';

const SEED_TARGETS = '/work/shared/seeds/000_3b6337d68d69f2f3.txt';
const SEED_SELF_EVALUATION = '/work/shared/seeds/003_8a99ebaca312e0ad.txt';
// Seed 000's first project form: weights 40 + 40 + 20 = 100 where a project target needs 90.
const PROJECT = '预算资金财政重点绩效评价';
const SELF_EVALUATION_PROJECT = '目标绩效督查营商管理经费';

const chromium = hasChromium();
if (!chromium) console.warn(`跳过浏览器测试：未找到 ${CHROMIUM_PATH}（apt-get install -y chromium 后可运行）。`);

// Both checks live in one file so only one vite build runs at a time.
describe('the built web app', () => {
  it('loads the login and 工作台 route with at most 400 KB of gzipped JavaScript', async () => {
    await ensureWebBuild();
    const { files, gzipTotal } = firstLoadJs();
    console.log(`首屏 JS（gzip）：${(gzipTotal / 1024).toFixed(1)} KB，共 ${files.length} 个文件`);
    expect(files.length).toBeGreaterThan(0);
    expect(gzipTotal).toBeLessThanOrEqual(400 * 1024);
  }, 180_000);
});

describe.skipIf(!chromium)('the yearly loop in the browser', () => {
  let app: WebApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startWebApp();
    await setUpPeople(app.url);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function loggedIn(user: { username: string; password: string }): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${app.url}/login`);
    await page.getByLabel('用户名').fill(user.username);
    await page.getByLabel('密码').fill(user.password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByRole('heading', { name: '工作台' }).waitFor();
    return page;
  }

  async function importSeed(page: Page, file: string): Promise<void> {
    await page.getByRole('link', { name: '导入' }).click();
    await page.getByRole('heading', { name: '导入' }).waitFor();
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByRole('button', { name: '确认导入' }).first().click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '确认导入' }).click();
    await page.getByText('已导入', { exact: true }).waitFor({ timeout: 30_000 });
  }

  async function confirmModal(page: Page, button: RegExp): Promise<void> {
    await page.locator('.ant-modal').filter({ visible: true }).last().getByRole('button', { name: button }).click();
  }

  it('imports, fixes, submits, is returned, resubmitted, approved, published and shown publicly', async () => {
    const editor = await loggedIn(USERS.editor);
    await importSeed(editor, SEED_TARGETS);
    await editor.getByRole('link', { name: PROJECT }).click();
    await editor.locator('table.indicator-grid').waitFor();

    // The live review (core rules in the browser) shows the weight error and blocks submission.
    await editor.getByText('1 个错误').waitFor();
    expect(await editor.getByRole('button', { name: /提交审核/ }).isDisabled()).toBe(true);
    const weight = editor.getByLabel('第 3 行 权重');
    await weight.fill('10');
    await editor.getByText('无错误').waitFor();
    await expect.poll(() => editor.getByText('权重合计 90 / 90').count()).toBe(1);

    // Keyboard: Enter moves down a row in the same column.
    await editor.getByLabel('第 1 行 指标值确定依据').focus();
    await editor.keyboard.type('计划标准');
    await editor.keyboard.press('Enter');
    expect(await editor.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('第 2 行 指标值确定依据');

    await editor.getByRole('button', { name: /保\s*存/ }).click();
    await editor.getByText('已保存').waitFor();
    await editor.getByRole('button', { name: /提交审核/ }).click();
    await confirmModal(editor, /提\s*交/);
    await editor.getByText('已提交审核').waitFor();
    const formUrl = editor.url();
    const formId = formUrl.split('/').pop();

    // Finance returns it with a comment.
    const finance = await loggedIn(USERS.finance);
    await finance.getByRole('link', { name: '审核', exact: true }).click();
    await finance.getByRole('link', { name: PROJECT }).click();
    await finance.getByRole('button', { name: /退\s*回/ }).click();
    await finance.getByLabel('审核意见').fill('请补充第2行的指标值确定依据');
    await confirmModal(finance, /退\s*回/);
    await finance.getByText('已退回填报单位').waitFor();

    // The editor sees the comment, fixes and resubmits.
    await editor.goto(formUrl);
    await editor.getByText('请补充第2行的指标值确定依据').waitFor();
    await editor.getByLabel('第 2 行 指标值确定依据').fill('历史标准');
    await editor.getByRole('button', { name: /保\s*存/ }).click();
    await editor.getByText('已保存').waitFor();
    await editor.getByRole('button', { name: /提交审核/ }).click();
    await confirmModal(editor, /提\s*交/);
    await editor.getByText('已提交审核').waitFor();

    // Finance compares with the first submission, approves and publishes.
    await finance.goto(`${app.url}/review/${formId}`);
    await finance.getByRole('button', { name: /审核通过/ }).click();
    await confirmModal(finance, /通\s*过/);
    await finance.getByText('已审核通过，版本已冻结').waitFor();
    await finance.getByRole('button', { name: /公\s*开/ }).click();
    await confirmModal(finance, /公\s*开/);
    await finance.getByText('已公开，公众可在公开页面查看').waitFor();

    // The public page, without logging in.
    const visitor = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await visitor.goto(`${app.url}/public`);
    await visitor.getByRole('link', { name: PROJECT }).click();
    await visitor.locator('.official').waitFor();
    const table = await visitor.locator('.official').innerText();
    expect(table).toContain(PROJECT);
    expect(table).toContain('历史标准');
    // The fixed weight is what got published.
    expect(table).toMatch(/完成及时性\s+10\s/);

    // In-year monitoring of the approved project: budget 5 万元, 2 executed by July → (2/5)/(7/12) = 68.6% → yellow.
    await editor.getByRole('link', { name: '运行监控' }).click();
    await editor.getByLabel('监控项目').click();
    await editor.locator('.ant-select-item-option').filter({ hasText: PROJECT }).click();
    await editor.getByLabel('1至当月执行数（万元）').fill('2');
    await expect.poll(() => editor.getByRole('cell', { name: '68.57' }).count()).toBeGreaterThan(0);
    expect(await editor.getByLabel(/^黄灯/).count()).toBeGreaterThan(0);
    await editor.getByRole('button', { name: /保存监控数据/ }).click();
    await editor.getByText('监控数据已保存').waitFor();
    await editor.getByText(/第 1 版/).waitFor();
  }, 120_000);

  it('scores a self-evaluation in the browser and shows score and grade', async () => {
    const editor = await loggedIn(USERS.editor);
    await importSeed(editor, SEED_SELF_EVALUATION);
    await editor.getByRole('link', { name: SELF_EVALUATION_PROJECT }).click();
    await editor.getByText('自评总分', { exact: true }).waitFor();
    const total = editor.locator('.ant-statistic').filter({ hasText: '自评总分' }).locator('.ant-statistic-content');
    const grade = editor.locator('.ant-statistic').filter({ hasText: '等级' }).locator('.ant-statistic-content');
    const before = Number(await total.innerText());
    expect(before).toBeGreaterThan(0);
    expect(['优', '良', '中', '差']).toContain((await grade.innerText()).trim());

    // Half the target on row 1 halves that row's score, and a reason becomes required.
    await editor.getByLabel('第 1 行实际完成值').fill('6');
    await expect.poll(async () => Number(await total.innerText())).toBeLessThan(before);
    await editor.getByText(/项指标未满分，须填写偏差原因/).waitFor();
    await editor.getByLabel('第 1 行偏差原因').fill('考核次数因疫情减少');
    await editor.getByRole('button', { name: /保存自评/ }).click();
    await editor.getByText(/已保存：总分/).waitFor();
  }, 90_000);
});
