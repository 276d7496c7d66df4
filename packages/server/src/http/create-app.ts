import { HTTPException } from 'hono/http-exception';
import { getCookie } from 'hono/cookie';
import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import { resolveSession } from '../use-cases/auth';
import { newApi, type Api } from './app-env';
import { bodySizeLimit } from './body-size-limit';
import { errorResponse, hasAllHeaders, SECURITY_HEADERS } from './present';
import { staticFiles } from './static-files';
import { registerAuthRoutes, SESSION_COOKIE } from './routes/auth-routes';
import { registerAdminRoutes } from './routes/admin-routes';
import { registerFormRoutes } from './routes/form-routes';
import { registerReviewDeskRoutes } from './routes/review-desk-routes';
import { registerRectificationRoutes } from './routes/rectification-routes';
import { ATTACHMENT_UPLOAD_PATH, registerAttachmentRoutes } from './routes/attachment-routes';
import { registerWorkflowRoutes } from './routes/workflow-routes';
import { registerImportRoutes } from './routes/import-routes';
import { registerMonitoringImportRoutes } from './routes/monitoring-import-routes';
import { registerPublicRoutes } from './routes/public-routes';
import { registerExtraRoutes } from './routes/extra-routes';

export interface AppOptions {
  db: Db;
  clock: Clock;
  /** The built web app (packages/web/dist); without it only /api is served. */
  webDir?: string | null;
}

export const JSON_LIMIT = 1024 * 1024;
export const UPLOAD_LIMIT = 20 * 1024 * 1024;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const UPLOAD_PATH = '/api/imports';
/** A 运行监控表 sent for preview and again to confirm: the file itself each time, as large as an import's. */
const MONITORING_UPLOAD_PATHS: ReadonlySet<string> = new Set(['/api/monitoring/imports', '/api/monitoring/imports/commit']);
const isImportUpload = (path: string) => path === UPLOAD_PATH || MONITORING_UPLOAD_PATHS.has(path);

// Each refusal names the one limit the request broke: a clerk uploading a file has sent no JSON.
function tooLarge(path: string): Response {
  if (isImportUpload(path)) return errorResponse({ code: 'payload_too_large', message: '上传的文件过大：单个文件不超过 20 MB，请拆分或压缩后再导入' });
  if (ATTACHMENT_UPLOAD_PATH.test(path)) return errorResponse({ code: 'payload_too_large', message: '附件过大：单个文件不超过 20 MB，请压缩或拆分后再上传' });
  return errorResponse({ code: 'payload_too_large', message: '请求内容过大（不超过 1 MB）；请分批提交' });
}

/** A file upload (an import of forms or of a monitoring table, or a form's attachment) may be as large as a file; everything else is JSON. */
function isUpload(method: string, path: string): boolean {
  return isImportUpload(path) || (method === 'POST' && ATTACHMENT_UPLOAD_PATH.test(path));
}

export function createApp(options: AppOptions): Api {
  const app = newApi();

  app.use('*', async (c, next) => {
    c.set('db', options.db);
    c.set('clock', options.clock);
    c.set('actor', null);
    c.set('csrfToken', null);
    c.set('sessionToken', null);
    await next();
    if (hasAllHeaders(c.res)) return;
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value);
    if (c.req.path.startsWith('/api/')) c.header('Cache-Control', 'no-store');
  });

  app.onError((err, c) => {
    if (err instanceof HTTPException) {
      if (err.status === 413) return tooLarge(c.req.path);
      if (err.status === 415) return errorResponse({ code: 'unsupported_media_type', message: '请求的 Content-Type 不受支持，请以 application/json 发送' });
      if (err.status === 400) return errorResponse({ code: 'malformed_json', message: '请求体不是合法的 JSON，请检查格式' });
      return errorResponse({ code: 'bad_request', message: `请求无效：${err.message}` });
    }
    console.error(err);
    return errorResponse({ code: 'internal', message: '服务器内部错误，请稍后重试；若持续出现请联系管理员' });
  });

  const importLimit = bodySizeLimit(UPLOAD_LIMIT, () => tooLarge(UPLOAD_PATH));
  const attachmentLimit = bodySizeLimit(UPLOAD_LIMIT + 64 * 1024, () => tooLarge('/api/forms/0/attachments'));
  const jsonLimit = bodySizeLimit(JSON_LIMIT, () => tooLarge(''));
  app.use('/api/*', (c, next) => {
    if (!isUpload(c.req.method, c.req.path)) return jsonLimit(c, next);
    return isImportUpload(c.req.path) ? importLimit(c, next) : attachmentLimit(c, next);
  });

  // Session and CSRF: the session lives in the database, so any server process can serve any request.
  app.use('/api/*', async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE) ?? null;
    if (token) {
      const session = await resolveSession(options.db, options.clock.now(), token);
      if (session) {
        c.set('actor', session.actor);
        c.set('csrfToken', session.csrfToken);
        c.set('sessionToken', token);
      }
    }
    if (!SAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header('origin') ?? refererOrigin(c.req.header('referer'));
      if (origin && origin !== requestOrigin(c.req.url, c.req.header('host'), c.req.header('x-forwarded-proto'))) {
        return errorResponse({ code: 'csrf_failed', message: '请求来源与本站不一致，已拒绝（跨站请求）' });
      }
      if (c.get('sessionToken') && c.req.path !== '/api/auth/login' && c.req.header('x-csrf-token') !== c.get('csrfToken')) {
        return errorResponse({ code: 'csrf_failed', message: '页面的安全令牌已失效（可能在其他标签页退出或重新登录过），本次操作未执行；请刷新页面后重试。（接口调用方：请在 x-csrf-token 请求头中带上登录时返回的 csrfToken）' });
      }
    }
    return next();
  });

  registerAuthRoutes(app);
  registerAdminRoutes(app);
  registerReviewDeskRoutes(app);
  registerFormRoutes(app);
  registerRectificationRoutes(app);
  registerAttachmentRoutes(app);
  registerWorkflowRoutes(app);
  registerImportRoutes(app);
  registerMonitoringImportRoutes(app);
  registerPublicRoutes(app);
  registerExtraRoutes(app);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'jixiao 绩效 API', version: '0.1.0', description: '全面预算绩效管理：绩效目标、审核、公开、监控、自评、评价' },
  });

  app.all('/api/*', () => errorResponse({ code: 'not_found', message: '接口不存在，请查看 /api/openapi.json' }));

  const web = options.webDir ? staticFiles(options.webDir) : null;
  app.get('*', async (c) => {
    const response = web ? await web(c.req.path) : null;
    return response ?? c.text('网页尚未构建：请运行 npm run build -w @jixiao/web', 404);
  });

  return app;
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return 'invalid';
  }
}

function requestOrigin(url: string, host: string | undefined, forwardedProto: string | undefined): string {
  const u = new URL(url);
  const proto = forwardedProto?.split(',')[0]?.trim() ?? u.protocol.replace(':', '');
  return `${proto}://${host ?? u.host}`;
}
