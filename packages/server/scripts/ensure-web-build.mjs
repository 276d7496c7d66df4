#!/usr/bin/env node
// `npm start` runs this first: builds the web app when packages/web/dist is missing or older
// than its sources, so a fresh checkout serves the UI without a separate build step.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const web = join(root, 'packages', 'web');
const built = join(web, 'dist', 'index.html');

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    max = Math.max(max, newest(join(path, entry)));
  }
  return max;
}

if (!existsSync(join(web, 'package.json'))) process.exit(0);
const sources = Math.max(
  newest(join(web, 'src')),
  newest(join(web, 'index.html')),
  newest(join(web, 'vite.config.ts')),
  newest(join(web, 'package.json')),
  newest(join(root, 'packages', 'core', 'src')),
);
const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
if (builtAt >= sources) process.exit(0);
console.error(builtAt === 0 ? '网页尚未构建，正在构建……' : '网页源码有更新，正在重新构建……');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['run', 'build', '-w', '@jixiao/web'], { cwd: root, stdio: 'inherit' });
if (result.status !== 0) {
  console.error('网页构建失败：服务器仍会启动，但只提供 /api 接口；请修复后运行 npm run build -w @jixiao/web');
}
