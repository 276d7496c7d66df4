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

  return { loggedIn, importSeed, confirmModal, choose };
}
