/**
 * npm run screenshots: starts the real server with the sample data, logs in as the admin,
 * visits each main screen at 1440×900 and writes PNGs to screenshots/ at the repo root.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADMIN_PASSWORD, apiSession, hasChromium, launchChromium, startWebApp, CHROMIUM_PATH } from '../test/support/web-harness';

const OUT = fileURLToPath(new URL('../../../screenshots/', import.meta.url));

interface FormItem { id: number; kind: string; status: string }

async function main() {
  if (!hasChromium()) {
    console.error(`未找到 ${CHROMIUM_PATH}：请先安装 Chromium（apt-get install -y chromium）再运行截图。`);
    process.exitCode = 1;
    return;
  }
  await mkdir(OUT, { recursive: true });
  const app = await startWebApp({ loadSamples: true });
  const browser = await launchChromium();
  try {
    const admin = await apiSession(app.url, 'admin', ADMIN_PASSWORD);
    const forms = (await admin.get<{ items: FormItem[] }>('/api/forms')).items;
    const target = forms.find((f) => f.kind === 'project_target');
    const selfEval = forms.find((f) => f.kind === 'project_self_evaluation');
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', reducedMotion: 'reduce' });
    const shot = async (name: string, path: string, ready?: string) => {
      await page.goto(`${app.url}${path}`, { waitUntil: 'networkidle' });
      if (ready) await page.waitForSelector(ready, { timeout: 15_000 }).catch(() => console.warn(`${name}: 未等到 ${ready}`));
      await page.waitForTimeout(600);
      await page.screenshot({ path: join(OUT, `${name}.png`) });
      console.log(`已生成 screenshots/${name}.png`);
    };
    await shot('01-login', '/login', 'form');
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL(`${app.url}/`);
    await shot('02-workbench', '/', 'canvas');
    await shot('03-orgs', '/orgs', '.ant-tree');
    if (target) await shot('04-editor', `/forms/${target.id}`, 'table.indicator-grid');
    await shot('05-review-queue', '/review', '.ant-table');
    if (target) await shot('06-review-detail', `/review/${target.id}`, '.ant-table');
    await shot('07-import', '/import', '.ant-upload');
    await shot('08-monitoring', '/monitoring', '.ant-card');
    if (selfEval) await shot('09-self-evaluation', `/self-evaluation/${selfEval.id}`, '.ant-table');
    await shot('10-evaluation', '/evaluation', '.ant-table');
    await shot('11-library', '/library', '.ant-table');
    await shot('12-public', '/public', '.ant-table-row');
    if (target) await shot('13-public-form', `/public/forms/${target.id}`, '.official');
    await page.goto(`${app.url}/`, { waitUntil: 'networkidle' });
    await shot('14-admin-users', '/admin/users', '.ant-table-row');
    await shot('15-admin-orgs', '/admin/orgs', '.ant-tree');
    await shot('16-admin-policy', '/admin/policies', '.ant-form');
  } finally {
    await browser.close();
    await app.close();
  }
}

await main();
