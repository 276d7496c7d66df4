import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ADMIN_PASSWORD, CHROMIUM_PATH, apiSession, hasChromium, launchChromium, startWebApp, type WebApp } from './support/web-harness';

const chromium = hasChromium();

/** Each sample account's initial password, printed once at the start beside its name (read from the start log). */
let passwords: Record<string, string> = {};

/** A sample account's first login: its printed initial password is replaced in the dialog that asks for it. */
async function chooseOwnPassword(page: Page, username: string, password: string): Promise<void> {
  const forced = page.locator('.ant-modal').filter({ hasText: '请先修改初始密码' });
  await forced.waitFor();
  await forced.getByLabel('当前密码').fill(passwords[username]!);
  await forced.getByLabel('新密码', { exact: true }).fill(password);
  await forced.getByLabel('确认新密码', { exact: true }).fill(password);
  await forced.getByRole('button', { name: /修改密码/ }).click();
  await forced.waitFor({ state: 'detached' });
}
if (!chromium) console.warn(`跳过浏览器测试：未找到 ${CHROMIUM_PATH}（apt-get install -y chromium 后可运行）。`);

/** A first start with the samples, tried as someone deciding whether to adopt the system would try it. */
describe.skipIf(!chromium)('trying a first start with the sample accounts', () => {
  let app: WebApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startWebApp({ loadSamples: true });
    passwords = Object.fromEntries(app.startLog.map((l) => /^ {2}(\S+?)（.*）初始密码：([A-Za-z0-9]+)$/.exec(l)).filter((m) => m !== null).map((m) => [m[1]!, m[2]!]));
    browser = await launchChromium();
  }, 180_000);

  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail') return;
    for (const c of browser.contexts()) {
      for (const page of c.pages()) console.log(`—— ${page.url()} ——\n${(await page.evaluate(() => document.body.innerText).catch(String)).slice(0, 2000)}`);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('the login page names the sample accounts; the unit editor changes its password and finds its draft on 工作台', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${app.url}/login`);
    const note = page.getByRole('list', { name: '示例账号' });
    await note.waitFor();
    const listed = await note.innerText();
    for (const [username, role] of [['shili_danwei', '单位填报'], ['shili_zhuguan', '主管部门审核'], ['shili_caizheng', '财政审核'], ['shili_pingjia', '第三方评价']]) {
      expect(listed).toContain(username);
      expect(listed).toContain(role);
    }
    // Each account's initial password is its own, printed once at the start beside its name; the four differ, none is
    // the admin's, and the page shows none of them.
    expect(Object.keys(passwords)).toEqual(['shili_danwei', 'shili_zhuguan', 'shili_caizheng', 'shili_pingjia']);
    expect(new Set([ADMIN_PASSWORD, ...Object.values(passwords)]).size).toBe(5);
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).not.toContain(ADMIN_PASSWORD);
    for (const password of Object.values(passwords)) expect(text).not.toContain(password);
    expect(text).toContain('初始密码见首次启动时的输出');

    // A click on a name fills it in.
    await note.getByRole('button', { name: 'shili_danwei' }).click();
    expect(await page.getByLabel('用户名').inputValue()).toBe('shili_danwei');
    await page.getByLabel('密码').fill(passwords.shili_danwei!);
    await page.getByRole('button', { name: /登\s*录/ }).click();

    await chooseOwnPassword(page, 'shili_danwei', 'Danwei-own-2026');

    const unit = await apiSession(app.url, 'shili_danwei', 'Danwei-own-2026');
    const drafts = await unit.get<{ items: { kind: string; project_name: string | null }[] }>('/api/forms?status=draft&kind=project_target');
    expect(drafts.items).toHaveLength(1);
    await page.getByRole('heading', { name: '工作台' }).waitFor();
    await page.locator('.ant-segmented-item').filter({ hasText: '草稿' }).click();
    await page.getByRole('cell', { name: drafts.items[0]!.project_name! }).first().waitFor();

    // Its password chosen, the account is no longer named on the login page.
    const left = (await (await fetch(`${app.url}/api/auth/sample-accounts`)).json()) as { items: { username: string }[] };
    expect(left.items.map((a) => a.username)).toEqual(['shili_zhuguan', 'shili_caizheng', 'shili_pingjia']);
    await context.close();
  }, 120_000);

  it('a self-evaluation typed past the session\'s end is offered back after logging in again', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', reducedMotion: 'reduce' });
    const page = await context.newPage();
    const logIn = async () => {
      await page.getByLabel('用户名').fill('shili_danwei');
      await page.getByLabel('密码').fill('Danwei-own-2026');
      await page.getByRole('button', { name: /登\s*录/ }).click();
    };
    await page.goto(`${app.url}/login`);
    await logIn();
    await page.getByRole('heading', { name: '工作台' }).waitFor();
    const unit = await apiSession(app.url, 'shili_danwei', 'Danwei-own-2026');
    const sheets = await unit.get<{ items: { id: number }[] }>('/api/forms?status=draft&kind=project_self_evaluation');
    expect(sheets.items).toHaveLength(1);
    await page.goto(`${app.url}/self-evaluation/${sheets.items[0]!.id}`);
    await page.getByLabel('全年执行数', { exact: true }).fill('7.5');
    await page.getByLabel('全年实际完成情况', { exact: true }).fill('完成示范活动4场。');
    await page.waitForTimeout(600);

    // The session ends under the page (idle limit, or 退出登录 in another tab); 保存 meets the login screen.
    const other = await context.newPage();
    await other.goto(`${app.url}/logout`);
    await other.waitForURL(/\/login/);
    await other.close();
    await page.getByRole('button', { name: /保存自评/ }).click();
    await page.waitForURL(/\/login/);
    await logIn();
    const offer = page.locator('.ant-alert').filter({ hasText: '未保存到服务器的修改' });
    await offer.waitFor();
    expect(await offer.innerText()).toContain('保存时会询问是否覆盖');
    expect(await page.getByLabel('全年执行数', { exact: true }).inputValue()).toBe('');
    await offer.getByRole('button', { name: '恢复这些修改' }).click();
    expect(await page.getByLabel('全年执行数', { exact: true }).inputValue()).toBe('7.5');
    expect(await page.getByLabel('全年实际完成情况', { exact: true }).inputValue()).toBe('完成示范活动4场。');
    await page.getByRole('button', { name: /保存自评/ }).click();
    await page.getByText(/^已保存/).first().waitFor();

    // Saved, the copy is gone: the page opens on the server's sheet with nothing to offer.
    await page.reload();
    await page.getByLabel('全年执行数', { exact: true }).waitFor();
    expect(await page.getByLabel('全年执行数', { exact: true }).inputValue()).toBe('7.5');
    expect(await page.locator('.ant-alert').filter({ hasText: '未保存到服务器的修改' }).count()).toBe(0);
    await context.close();
  }, 120_000);

  it('finance\'s empty 待审核 points to the forms the 主管部门 passed on', async () => {
    // The 主管部门 approves the sample's submitted target: it waits for finance under 主管部门已审.
    // The unit editor's printed password does not open the 主管部门's account: it cannot approve its own submission.
    const crossed = await fetch(`${app.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'shili_zhuguan', password: passwords.shili_danwei }) });
    expect(crossed.status).toBe(401);
    const department = await apiSession(app.url, 'shili_zhuguan', passwords.shili_zhuguan!);
    const queued = await department.get<{ items: { id: number; version: number }[] }>('/api/forms?status=submitted');
    expect(queued.items.length).toBeGreaterThan(0);
    await department.post(`/api/forms/${queued.items[0]!.id}/approve`, { version: queued.items[0]!.version });

    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${app.url}/login`);
    await page.getByLabel('用户名').fill('shili_caizheng');
    await page.getByLabel('密码').fill(passwords.shili_caizheng!);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await chooseOwnPassword(page, 'shili_caizheng', 'Caizheng-own-2026');
    await page.goto(`${app.url}/review`);
    const pointer = page.getByText('另有 1 份等待您审核，在「主管部门已审」');
    await pointer.waitFor();
    await page.getByRole('button', { name: '查看「主管部门已审」' }).click();
    await page.getByRole('cell', { name: '主管部门已审' }).first().waitFor();
    await context.close();
  }, 120_000);
});
