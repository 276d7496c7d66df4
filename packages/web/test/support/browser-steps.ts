import type { Browser, Page } from 'playwright-core';

/** Steps the browser tests share: log in through the login screen, import a seed, confirm a dialog. */
export function browserSteps(browser: Browser, url: string) {
  async function loggedIn(user: { username: string; password: string }): Promise<Page> {
    // As a clerk who turned motion off: dialogs open at once, so a click never lands on one still zooming into place.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${url}/login`);
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

  /** Picks an option of the antd Select labelled `label`. */
  async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
    await page.getByLabel(label, { exact: true }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
  }

  /** On 评价模板: copies a template's row under a new name and year and waits for the editor of the copy. */
  async function copyTemplate(page: Page, from: string, copy: { name: string; year: number }): Promise<void> {
    await page.locator('tr').filter({ hasText: from }).getByRole('button', { name: /复制/ }).click();
    await page.getByLabel('新模板名称').fill(copy.name);
    await page.getByLabel('新模板年度').fill(String(copy.year));
    await page.getByRole('button', { name: '复制并编辑' }).click();
    await page.getByRole('heading', { name: '新建评价模板' }).waitFor();
  }

  return { loggedIn, importSeed, confirmModal, choose, copyTemplate };
}
