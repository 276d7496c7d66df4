import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ADMIN_PASSWORD, CHROMIUM_PATH, apiSession, hasChromium, launchChromium, startWebApp, type WebApp } from './support/web-harness';

const chromium = hasChromium();
if (!chromium) console.warn(`跳过浏览器测试：未找到 ${CHROMIUM_PATH}（apt-get install -y chromium 后可运行）。`);

/** A first start with the samples, tried as someone deciding whether to adopt the system would try it. */
describe.skipIf(!chromium)('trying a first start with the sample accounts', () => {
  let app: WebApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startWebApp({ loadSamples: true });
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
    // The initial password is the samples' own, printed once at the start with their names; the page shows neither it
    // nor the admin's.
    const printed = app.startLog.map((l) => /^已创建示例账号，初始密码：([A-Za-z0-9]+)（/.exec(l)?.[1]).filter((p) => p !== undefined);
    expect(printed).toHaveLength(1);
    const samplePassword = printed[0]!;
    expect(samplePassword).not.toBe(ADMIN_PASSWORD);
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).not.toContain(ADMIN_PASSWORD);
    expect(text).not.toContain(samplePassword);
    expect(text).toContain('初始密码见首次启动时的输出');

    // A click on a name fills it in.
    await note.getByRole('button', { name: 'shili_danwei' }).click();
    expect(await page.getByLabel('用户名').inputValue()).toBe('shili_danwei');
    await page.getByLabel('密码').fill(samplePassword);
    await page.getByRole('button', { name: /登\s*录/ }).click();

    const forced = page.locator('.ant-modal').filter({ hasText: '请先修改初始密码' });
    await forced.waitFor();
    await forced.getByLabel('当前密码').fill(samplePassword);
    await forced.getByLabel('新密码', { exact: true }).fill('Danwei-own-2026');
    await forced.getByLabel('确认新密码', { exact: true }).fill('Danwei-own-2026');
    await forced.getByRole('button', { name: /修改密码/ }).click();
    await forced.waitFor({ state: 'detached' });

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
});
