import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { EvaluationTemplate, TemplateItem } from '@jixiao/core';
import { CHROMIUM_PATH, USERS, apiSession, hasChromium, launchChromium, setUpPeople, startWebApp, type WebApp } from './support/web-harness';
import { browserSteps } from './support/browser-steps';

const chromium = hasChromium();
if (!chromium) console.warn(`跳过浏览器测试：未找到 ${CHROMIUM_PATH}（apt-get install -y chromium 后可运行）。`);

function findIn(items: readonly TemplateItem[], id: string, parent: TemplateItem | null = null): { item: TemplateItem; parent: TemplateItem | null } | null {
  for (const item of items) {
    if (item.id === id) return { item, parent };
    const inner = item.children ? findIn(item.children, id, item) : null;
    if (inner) return inner;
  }
  return null;
}

describe.skipIf(!chromium)('walkthrough: finance reorganises a template, moving an item under another parent (评价模板, 移动到…)', () => {
  let app: WebApp;
  let browser: Browser;
  let steps: ReturnType<typeof browserSteps>;
  beforeAll(async () => {
    app = await startWebApp();
    await setUpPeople(app.url);
    browser = await launchChromium();
    steps = browserSteps(browser, app.url);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const node = (page: Page, name: string) => page.locator('.ant-tree-node-content-wrapper').filter({ hasText: new RegExp(`^${name}`) }).first();

  it('moves a 三级 item from one 二级 to another with the totals following, undoes it, shows 扣分项 floors, and saves the move', async () => {
    const page = await steps.loggedIn(USERS.finance);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${app.url}/evaluation/templates`);
    const name = '调整结构的部门评价表（2026）';
    await steps.copyTemplate(page, '部门整体支出绩效自评表（2024）', { name, year: 2026 });

    // A 扣分项 row stating no bound shows the one the evaluation applies.
    await node(page, '财务管理制度').click();
    await page.locator('.deduction-floor').getByText('本项最多扣 100 分（扣完为止，至多扣满分100分）', { exact: false }).waitFor();
    await page.getByLabel('扣分上限').fill('2');
    await page.locator('.deduction-floor').getByText('本项最多扣 2 分（扣分上限2分）').waitFor();

    // 资产盘活率 (3 分) from 资产管理 to 采购管理: the dialog offers only where it may go.
    await node(page, '资产盘活率').click();
    await page.locator('.template-item-panel').getByRole('button', { name: /移动到/ }).click();
    const dialog = page.locator('.ant-modal').filter({ visible: true }).last();
    await dialog.getByLabel('移到哪个指标之下').click();
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await options.first().waitFor();
    const offered = await options.allTextContents();
    expect(offered).toContain('总体绩效 / 采购管理');
    expect(offered).not.toContain('总体绩效 / 资产管理');
    // Its siblings are 三级 rows: under one it would be 四级.
    expect(offered.some((o) => o.endsWith('/ 资产利用率'))).toBe(false);
    await options.filter({ hasText: /^总体绩效 \/ 采购管理$/ }).click();
    await dialog.getByText('移动后为三级指标。').waitFor();
    await dialog.getByRole('button', { name: /移\s*动/ }).click();
    await page.getByText('「资产盘活率」已移到「总体绩效 / 采购管理」之下').waitFor();
    // Both groups now disagree with their stated 分值; the 一级 total stays.
    const totals = page.locator('.template-totals');
    await totals.getByText(/「资产管理」标注 9 分，下级合计 6 分/).waitFor();
    await totals.getByText(/「采购管理」标注 6 分，下级合计 9 分/).waitFor();
    await totals.getByText('总体绩效：65 分，下级合计 56 分').waitFor();

    // 撤销移动 puts it back; the move is made again.
    await page.getByRole('button', { name: /撤销移动「资产盘活率」/ }).click();
    expect(await totals.getByText(/「资产管理」标注 9 分/).count()).toBe(0);
    await node(page, '资产盘活率').click();
    await page.locator('.template-item-panel').getByRole('button', { name: /移动到/ }).click();
    await steps.choose(page, '移到哪个指标之下', /^总体绩效 \/ 采购管理$/);
    await steps.confirmModal(page, /移\s*动/);
    await totals.getByText(/「采购管理」标注 6 分，下级合计 9 分/).waitFor();

    // Saved with a 说明 for the groups that no longer add up; the stored tree has the row under its new parent.
    await page.getByLabel('分值不一致说明').fill('资产盘活并入采购管理考核，组内分值待下发修订');
    await page.getByRole('button', { name: /保存模板/ }).click();
    await page.getByText(`模板「${name}」已保存`).waitFor();
    const finance = await apiSession(app.url, USERS.finance.username, USERS.finance.password);
    const stored = (await finance.get<{ items: Array<{ name: string; template: EvaluationTemplate }> }>('/api/evaluation-templates')).items.find((t) => t.name === name)!.template;
    const moved = findIn(stored.items, 'asset-revitalization')!;
    expect(moved.parent?.id).toBe('overall.procurement');
    expect(moved.item).toMatchObject({ level: 3, maxScore: 3 });
    expect(findIn(stored.items, 'overall.assets')!.item.children!.map((i) => i.id)).toEqual(['asset-per-capita', 'asset-utilization']);
    expect(findIn(stored.items, 'deduct-finance-rules')!.item.limit).toBe(2);
  }, 150_000);
});
