import { createRoute, z } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { login, logout, sessionKey } from '../../use-cases/auth';
import { changePassword, me } from '../../use-cases/orgs-users';
import { listSampleAccounts } from '../../use-cases/sample-accounts';
import { ctxOf, type Api } from '../app-env';
import { errorResponse, present } from '../present';
import { jsonBody, jsonResponses } from './route-helpers';

export const SESSION_COOKIE = 'jixiao_session';

const loginRoute = createRoute({
  method: 'post',
  path: '/api/auth/login',
  tags: ['账号'],
  summary: '登录（设置会话 Cookie，返回 csrfToken）',
  request: { body: jsonBody(z.strictObject({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) })) },
  responses: jsonResponses('登录成功'),
});

const logoutRoute = createRoute({ method: 'post', path: '/api/auth/logout', tags: ['账号'], summary: '退出登录', responses: jsonResponses('已退出') });
const meRoute = createRoute({ method: 'get', path: '/api/me', tags: ['账号'], summary: '当前用户（含本会话的 csrfToken，供未经登录页打开的标签页使用）', responses: jsonResponses('当前用户') });

const sampleAccountsRoute = createRoute({
  method: 'get',
  path: '/api/auth/sample-accounts',
  tags: ['账号'],
  summary: '首次启动创建的示例账号（用户名与角色，不含密码；改过密码或停用的不再列出），供登录页提示',
  responses: jsonResponses('示例账号'),
});

const passwordRoute = createRoute({
  method: 'post',
  path: '/api/me/password',
  tags: ['账号'],
  summary: '修改本人密码（其他会话随之失效）',
  request: { body: jsonBody(z.strictObject({ current: z.string().min(1).max(200), password: z.string().min(1).max(200) })) },
  responses: jsonResponses('已修改'),
});

export function registerAuthRoutes(app: Api) {
  app.openapi(loginRoute, async (c) => {
    const body = c.req.valid('json');
    const result = await login(ctxOf(c), { ...body, ip: c.req.header('x-forwarded-for')?.split(',')[0]?.trim() ?? null });
    if (!result.ok) return errorResponse(result.error);
    const secure = new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
    setCookie(c, SESSION_COOKIE, result.value.token, { httpOnly: true, sameSite: 'Lax', secure, path: '/' });
    const response: Response = present(c, { ok: true, value: { csrfToken: result.value.csrfToken, user: result.value.user } });
    c.res.headers.forEach((v, k) => {
      if (k.toLowerCase() === 'set-cookie') response.headers.append(k, v);
    });
    return response as never;
  });
  app.openapi(logoutRoute, async (c) => {
    const token = c.get('sessionToken');
    if (!token) return errorResponse({ code: 'unauthenticated', message: '尚未登录' });
    const result = await logout(ctxOf(c), token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    const response: Response = present(c, result);
    c.res.headers.forEach((v, k) => {
      if (k.toLowerCase() === 'set-cookie') response.headers.append(k, v);
    });
    return response as never;
  });
  app.openapi(meRoute, async (c) => {
    const result = await me(ctxOf(c));
    // A tab opened by its address or a bookmark never saw the login answer: it reads the session's CSRF token here
    // (same-origin only: no CORS), so it can save and log out like the tab that logged in.
    return present(c, result.ok ? { ok: true, value: { ...result.value, csrfToken: c.get('csrfToken') } } : result);
  });
  app.openapi(sampleAccountsRoute, async (c) => present(c, await listSampleAccounts(ctxOf(c))));
  app.openapi(passwordRoute, async (c) => {
    const token = c.get('sessionToken');
    return present(c, await changePassword(ctxOf(c), { ...c.req.valid('json'), keepSession: token ? sessionKey(token) : null }));
  });
}
