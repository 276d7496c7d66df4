import { existsSync, statSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { startServer, type RunningServer } from '@jixiao/server';
import { webDistDir } from '../../src/index';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const ADMIN_PASSWORD = 'Guanli-pass-2024x';
const WEB_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds packages/web/dist with vite's build() when it is missing or older than the sources. */
export async function ensureWebBuild(): Promise<void> {
  const index = join(webDistDir, 'index.html');
  const sources = Math.max(newestMtime(join(WEB_ROOT, 'src')), statSync(join(WEB_ROOT, 'index.html')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  const { build } = await import('vite');
  // Vitest sets NODE_ENV=test, which would make vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(WEB_ROOT, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

export interface WebApp {
  server: RunningServer;
  url: string;
  /** What the first start printed (the sample accounts' password among it). */
  startLog: string[];
  close: () => Promise<void>;
}

/** The real server on a free port with a fresh data folder, serving the built web app. */
export async function startWebApp(options: { loadSamples?: boolean } = {}): Promise<WebApp> {
  await ensureWebBuild();
  const dataDir = await mkdtemp(join(tmpdir(), 'jixiao-web-'));
  const startLog: string[] = [];
  const server = await startServer({ port: 0, dataDir, adminPassword: ADMIN_PASSWORD, loadSamples: options.loadSamples ?? false, webDir: webDistDir, log: (line) => startLog.push(line) });
  return {
    server,
    url: server.url,
    startLog,
    close: async () => {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A logged-in API session from Node, for setting up organisations and users. */
export async function apiSession(url: string, username: string, password: string) {
  const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (!login.ok) throw new Error(`login ${username} failed: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.getSetCookie?.() ?? [login.headers.get('set-cookie') ?? '']).map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  };
  return { get: <T>(path: string) => call<T>('GET', path), post: <T>(path: string, body: unknown) => call<T>('POST', path, body), put: <T>(path: string, body: unknown) => call<T>('PUT', path, body) };
}

export const USERS = {
  editor: { username: 'tianbao', password: 'Jiedao-fill-2024', role: 'unit_editor' },
  finance: { username: 'caizheng', password: 'Shenhe-check-2024', role: 'finance_reviewer' },
} as const;

export const ORGS = {
  region: { code: '900001', name: '示范区', parent: null, kind: 'region' },
  finance: { code: '900001001', name: '示范区财政局', parent: '900001', kind: 'finance' },
  unit: { code: '900001001001', name: '示范区街道办事处', parent: '900001001', kind: 'unit' },
} as const;

/** A region with a finance bureau and one unit directly under it, an editor for the unit and a finance reviewer. */
export async function setUpPeople(url: string): Promise<void> {
  const admin = await apiSession(url, 'admin', ADMIN_PASSWORD);
  for (const org of [ORGS.region, ORGS.finance, ORGS.unit]) await admin.post('/api/orgs', org);
  // Test people keep the passwords the tests know: no change asked at their first login.
  await admin.post('/api/users', { ...USERS.editor, org: ORGS.unit.code, must_change_password: false });
  await admin.post('/api/users', { ...USERS.finance, org: ORGS.finance.code, must_change_password: false });
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
