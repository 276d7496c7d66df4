import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanProjectTarget, departmentSheetStating30 } from '../../server/test/sample-forms';
import { ADMIN_PASSWORD, ORGS, USERS, apiSession, hasChromium, launchChromium, setUpPeople, startWebApp } from './support/web-harness';
import { browserSteps } from './support/browser-steps';

// The finance bureau's year end and its 评价模板, each on a server of its own (split from web-walkthrough.test.ts).

interface View { id: number; version: number; form: Record<string, unknown> & { indicators: Array<Record<string, unknown>> }; score?: { indicators: Array<{ row: number; score: number | null }> } }

const chromium = hasChromium();

/** A server of its own with the region's people, their API sessions and a browser: the years and department it uses are no other walkthrough's. */
async function ownWalkthroughApp() {
  const app = await startWebApp();
  await setUpPeople(app.url);
  const browser = await launchChromium();
  return {
    app,
    browser,
    steps: browserSteps(browser, app.url),
    editorApi: await apiSession(app.url, USERS.editor.username, USERS.editor.password),
    financeApi: await apiSession(app.url, USERS.finance.username, USERS.finance.password),
    close: async () => { await browser.close(); await app.close(); },
  };
}

describe.skipIf(!chromium)('walkthrough: the finance bureau\'s year end at 1280×720 (部门评价, self-evaluations, 公开)', () => {
  let own: Awaited<ReturnType<typeof ownWalkthroughApp>>;
  beforeAll(async () => { own = await ownWalkthroughApp(); }, 180_000);
  afterAll(async () => { await own?.close(); });

  async function financeAt1280() {
    const page = await own.steps.loggedIn(USERS.finance);
    await page.setViewportSize({ width: 1280, height: 720 });
    return page;
  }

  it('shows the rules\' 系统核算总分 of a self-evaluation submitted without a 自评总分, the budget figures unbroken', async () => {
    const created = await own.editorApi.post<View>('/api/forms', { kind: 'project_target', org: ORGS.unit.code, fiscal_year: 2026 });
    const saved = await own.editorApi.put<View>(`/api/forms/${created.id}`, { version: created.version, form: { ...cleanProjectTarget('未填总分项目'), fiscal_year: 2026 } });
    const sent = await own.editorApi.post<View>(`/api/forms/${saved.id}/submit`, { version: saved.version });
    await own.financeApi.post(`/api/forms/${sent.id}/approve`, { version: sent.version });
    const started = await own.editorApi.post<{ id: number }>(`/api/forms/${sent.id}/self-evaluation`, {});
    let sheet = await own.editorApi.get<View>(`/api/forms/${started.id}`);
    const form = structuredClone(sheet.form) as View['form'] & { budget: Record<string, unknown> };
    form.budget = { ...form.budget, adjusted_wan: 50, executed_wan: 46.68, score: null };
    ['100', '95', '90', '90'].forEach((actual, i) => { form.indicators[i]!.actual = actual; });
    sheet = await own.editorApi.put<View>(`/api/forms/${started.id}`, { version: sheet.version, form });
    (await own.editorApi.get<View>(`/api/forms/${started.id}`)).score!.indicators.forEach((s) => { form.indicators[s.row]!.score = s.score; });
    // The unit states every row's score but leaves 自评总分 (and the budget line's score) blank, as the server allows.
    sheet = await own.editorApi.put<View>(`/api/forms/${started.id}`, { version: sheet.version, form: { ...form, total_score: null } });
    await own.editorApi.post(`/api/forms/${started.id}/submit`, { version: sheet.version });

    const page = await financeAt1280();
    await page.goto(`${own.app.url}/review/${started.id}`);
    const stat = (title: string) => page.locator('.ant-statistic').filter({ has: page.getByText(title, { exact: true }) }).locator('.ant-statistic-content');
    await stat('系统核算总分').waitFor();
    expect(await stat('系统核算总分').textContent()).toMatch(/^\d+\.\d{2}$/);
    expect(await stat('核算等级').textContent()).toBe('优');
    expect(await stat('自评总分').textContent()).toBe('未填');
    // A blank is no mismatch: no 不一致 warning.
    expect(await page.getByText(/与系统按规则核算的总分/).count()).toBe(0);
    // The budget cells keep their figures on one line at 1280 px (they used to break digit by digit).
    const cell = page.locator('.ant-descriptions-item-content').filter({ hasText: '46.68 万元' });
    const box = await cell.evaluate((el) => ({ h: el.getBoundingClientRect().height, line: parseFloat(getComputedStyle(el).lineHeight) }));
    expect(box.h).toBeLessThan(box.line * 2 + 24);
  }, 120_000);

  it('asks before a second evaluation of the same department, year and template, keeps what was typed, and sets the department\'s own 自评 beside 评价总分', async () => {
    const template = (await own.financeApi.get<{ items: Array<{ id: number }> }>('/api/evaluation-templates')).items[0]!.id;
    await own.financeApi.post('/api/evaluations', { template, org: ORGS.unit.code, fiscal_year: 2026 });
    const sheet = await own.editorApi.post<View>('/api/forms', { kind: 'department_self_evaluation', org: ORGS.unit.code, fiscal_year: 2026 });
    await own.editorApi.put(`/api/forms/${sheet.id}`, { version: sheet.version, form: { ...departmentSheetStating30(ORGS.unit.name), fiscal_year: 2026 } });
    const count = async () => (await own.financeApi.get<{ items: unknown[] }>('/api/evaluations')).items.length;
    const before = await count();

    const page = await financeAt1280();
    await page.goto(`${own.app.url}/evaluation`);
    await own.steps.choose(page, '被评价部门', ORGS.unit.name);
    await page.getByLabel('评价年度', { exact: true }).fill('2026');
    await page.getByLabel('年初目标设置总数', { exact: true }).fill('9');
    await page.getByRole('button', { name: /保存评价/ }).click();
    const dialog = page.locator('.ant-modal').filter({ visible: true }).last();
    await dialog.locator('.ant-modal-confirm-title').getByText('该部门本年度已有同一模板的评价').waitFor();
    expect(await dialog.textContent()).toContain(`${ORGS.unit.name} 2026 年度已有一份按「部门整体支出绩效自评表（2024）」的评价（还有 19 项未评分）`);
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    // Nothing created, nothing typed lost.
    expect(await count()).toBe(before);
    expect(await page.getByLabel('年初目标设置总数', { exact: true }).inputValue()).toBe('9');
    // The department's own sheet beside the total: the rules' 28 of the sheet that states 30, still a draft.
    const mine = page.locator('.department-own-score');
    await mine.getByText('28（差）').waitFor();
    expect(await mine.textContent()).toContain('系统核算，填报 30 · 草稿；评价完成后比较差距');
    // A deduction row named 扣分项 is not tagged 扣分项 again (guard: a row named for what it checks keeps the tag).
    const rows = page.locator('table tbody tr');
    expect(await rows.filter({ hasText: /^扣分项扣分项/ }).count()).toBe(0);
    expect(await rows.filter({ hasText: /^财务管理制度扣分项/ }).count()).toBe(1);
    // Guard: 仍然新建 still makes the second one when it is meant.
    await page.getByRole('button', { name: /保存评价/ }).click();
    await page.locator('.ant-modal').filter({ visible: true }).last().getByRole('button', { name: '仍然新建' }).click();
    await page.getByText(/评价已保存/).waitFor();
    expect(await count()).toBe(before + 1);
  }, 120_000);

  it('marks a published evaluation 按旧政策计算 after a policy change, and 撤回公开 re-grades it after a confirmation naming the move', async () => {
    const template = { id: 'old-policy-tpl', name: '旧政策测试模板', items: [{ id: 'a', name: '预算执行', level: 1, maxScore: 100, formula: '100 * min(1, 执行数 / 预算数)' }] };
    const tpl = await own.financeApi.post<{ id: number }>('/api/evaluation-templates', { template });
    const created = await own.financeApi.post<{ id: number; version: number }>('/api/evaluations', { template: tpl.id, org: ORGS.unit.code, fiscal_year: 2028 });
    const scored = await own.financeApi.put<{ version: number; grade: string }>(`/api/evaluations/${created.id}`, { version: created.version, inputs: { 执行数: 92, 预算数: 100 }, scores: {}, deductions: {} });
    expect(scored.grade).toBe('优');
    await own.financeApi.post(`/api/evaluations/${created.id}/publish`, { version: scored.version });
    const admin = await apiSession(own.app.url, 'admin', ADMIN_PASSWORD);
    await admin.put(`/api/policies/${ORGS.region.code}/2028`, { policy: { grades: { excellent: 95, good: 80, pass: 60 } } });

    const page = await financeAt1280();
    await page.goto(`${own.app.url}/evaluation`);
    await own.steps.choose(page, '打开已有评价', `${ORGS.unit.name} 2028年`);
    const notice = page.locator('.old-policy-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('按旧政策计算：本评价公开时为「优」，按现行政策参数应为「良」');
    await page.getByRole('button', { name: /撤回公开/ }).click();
    const dialog = page.locator('.ant-modal').filter({ visible: true }).last();
    await dialog.getByText(/撤回后按现行政策参数重新评定等级：优 → 良。/).waitFor();
    await dialog.getByRole('button', { name: /撤回公开/ }).click();
    await page.getByText('评价报告已撤回公开').waitFor();
    await notice.waitFor({ state: 'detached' });
    expect((await own.financeApi.get<{ grade: string; graded_under_old_policy: boolean }>(`/api/evaluations/${created.id}`))).toMatchObject({ grade: '良', graded_under_old_policy: false });
  }, 120_000);

  it('names the public list for what it holds, targets and self-evaluations, and for the kind a visitor picks', async () => {
    const visitor = await (await own.browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' })).newPage();
    await visitor.goto(`${own.app.url}/public`);
    await visitor.locator('.ant-card-head-title').getByText('已公开的绩效目标表和自评表', { exact: true }).waitFor();
    await own.steps.choose(visitor, '表类型', '项目支出绩效自评表');
    await visitor.locator('.ant-card-head-title').getByText('已公开的项目支出绩效自评表', { exact: true }).waitFor();
    await visitor.context().close();
  }, 60_000);
});

describe.skipIf(!chromium)('walkthrough: finance copies the built-in 部门评价 template, edits it, and evaluates with it (评价模板)', () => {
  let own: Awaited<ReturnType<typeof ownWalkthroughApp>>;
  beforeAll(async () => { own = await ownWalkthroughApp(); }, 180_000);
  afterAll(async () => { await own?.close(); });

  it('copies the built-in template, re-scores an item with a checked formula, says why the totals block saving, and scores an evaluation by the copy', async () => {
    const page = await own.steps.loggedIn(USERS.finance);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${own.app.url}/evaluation`);
    await page.getByRole('link', { name: '复制、修改模板' }).click();
    await page.getByRole('heading', { name: '评价模板' }).waitFor();
    const builtinRow = page.locator('tr').filter({ hasText: '部门整体支出绩效自评表（2024）' });
    await builtinRow.getByText('内置', { exact: true }).waitFor();
    // A built-in is copied, never edited in place.
    expect(await builtinRow.getByRole('button', { name: /修改/ }).count()).toBe(0);
    // It is read from its row, its formulas included.
    await builtinRow.getByRole('button', { name: /展开行|expand/i }).click();
    await page.locator('.template-outline').getByText('公式：年终完成履职效果目标数量 ÷ 年初目标设置总数 × 10').waitFor();
    const name = '示范区部门整体支出绩效评价表（2026）';
    await own.steps.copyTemplate(page, '部门整体支出绩效自评表（2024）', { name, year: 2026 });

    // The printed template's groups do not add up: the totals say so live.
    await page.locator('.template-totals').getByText('总体绩效：65 分，下级合计 56 分').waitFor();
    await page.locator('.ant-tree-node-content-wrapper').filter({ hasText: '督查、督办、督导次数' }).first().click();
    await page.getByLabel('分值', { exact: true }).fill('8');
    await page.locator('.template-totals').getByText('总体绩效：65 分，下级合计 54 分').waitFor();
    // A name the item does not list is shown under the formula before anything is saved.
    const formula = page.getByLabel('计算公式', { exact: true });
    await formula.fill('年终完成数 ÷ 年初目标设置总数 × 8');
    await page.getByText('「督查、督办、督导次数」的公式用到「年终完成数」，但它不在本指标的输入项中；请改正名称，或先把它加入输入项。').waitFor();
    await formula.fill('年终完成履职效果目标数量 ÷ 年初目标设置总数 × 8');
    expect(await page.getByText(/不在本指标的输入项中/).count()).toBe(0);
    await page.getByLabel('试算：年终完成履职效果目标数量').fill('3');
    await page.getByLabel('试算：年初目标设置总数').fill('4');
    await page.getByText('试算结果：得 6 分').waitFor();

    // Leaving with unsaved changes asks first; 留在本页 keeps them.
    await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '部门评价' }).click();
    await own.steps.confirmModal(page, /留在本页/);
    expect(await page.getByLabel('分值', { exact: true }).inputValue()).toBe('8');
    // Deleting asks first, and 撤销删除 brings the row back.
    await page.locator('.ant-tree-node-content-wrapper').filter({ hasText: /^区委区府领导指示事项$/ }).first().click();
    await page.locator('.template-item-panel').getByRole('button', { name: /删\s*除/ }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /删\s*除/ }).click();
    expect(await page.locator('.ant-tree-node-content-wrapper').filter({ hasText: /^区委区府领导指示事项$/ }).count()).toBe(0);
    await page.getByRole('button', { name: /撤销删除「区委区府领导指示事项」/ }).click();
    await page.locator('.ant-tree-node-content-wrapper').filter({ hasText: /^区委区府领导指示事项$/ }).first().waitFor();

    // Saving is refused while groups do not add up, saying which; a 说明 lets it be kept.
    await page.getByRole('button', { name: /保存模板/ }).click();
    const blocked = page.locator('.ant-modal').filter({ visible: true }).last();
    await blocked.locator('.ant-modal-confirm-title').getByText('模板未保存：请先处理以下问题').waitFor();
    expect(await blocked.textContent()).toContain('「履职效能」标注分值19分，但下级指标分值合计8分');
    await blocked.getByRole('button', { name: /知\s*道\s*了|确\s*定|OK/ }).click();
    await page.getByLabel('分值不一致说明').fill('按省财政厅印发的评价表原样录入，组内分值待下发修订');
    await page.getByRole('button', { name: /保存模板/ }).click();
    await page.getByText(`模板「${name}」已保存`).waitFor();
    await page.getByRole('button', { name: '返回模板列表' }).click();
    await page.locator('tr').filter({ hasText: name }).getByText('尚未使用').waitFor();

    // 部门评价 with the edited template scores as its tree says.
    await page.getByRole('link', { name: '返回部门评价' }).click();
    await own.steps.choose(page, '评价模板', name);
    await own.steps.choose(page, '被评价部门', ORGS.unit.name);
    await page.getByLabel('评价年度', { exact: true }).fill('2026');
    await page.getByLabel('年终完成履职效果目标数量', { exact: true }).fill('3');
    await page.getByLabel('年初目标设置总数', { exact: true }).fill('4');
    await page.getByRole('button', { name: /保存评价/ }).click();
    await page.getByText(/评价已保存/).waitFor();
    const listed = (await own.financeApi.get<{ items: Array<{ id: number; template_name: string }> }>('/api/evaluations')).items.find((e) => e.template_name === name)!;
    const view = await own.financeApi.get<{ result: { items: Array<{ id: string; score: number | null }> } }>(`/api/evaluations/${listed.id}`);
    expect(view.result.items.find((i) => i.id === 'performance-1')!.score).toBe(6);
    // Now in use: the template is copied, not edited.
    await page.goto(`${own.app.url}/evaluation/templates`);
    const used = page.locator('tr').filter({ hasText: name });
    await used.getByText('1 份评价在用').waitFor();
    expect(await used.getByRole('button', { name: /修改/ }).isDisabled()).toBe(true);
  }, 150_000);
});
