/**
 * The one way the browser talks to the server: JSON over fetch with the session cookie,
 * the CSRF header on every mutating request, and server errors turned into ApiError
 * carrying the server's Chinese message.
 */
const CSRF_KEY = 'jixiao.csrf';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function setCsrfToken(token: string | null): void {
  if (token) sessionStorage.setItem(CSRF_KEY, token);
  else sessionStorage.removeItem(CSRF_KEY);
}

export function getCsrfToken(): string | null {
  return sessionStorage.getItem(CSRF_KEY);
}

const EXPIRED_KEY = 'jixiao.session-ended';
let onSessionEnded: (() => void) | null = null;

/**
 * What to do when the server answers 401 to a signed-in page (the session expired, or ended in another tab): the
 * auth context forgets the user, so the page goes to the login screen and, once logged in, back to where it was.
 */
export function setSessionEndedHandler(handler: (() => void) | null): void {
  onSessionEnded = handler;
}

/** Whether the login screen is shown because a session ended under a page (read once). */
export function takeSessionEnded(): boolean {
  const ended = sessionStorage.getItem(EXPIRED_KEY) === '1';
  sessionStorage.removeItem(EXPIRED_KEY);
  return ended;
}

const STATUS_MESSAGES: Record<number, string> = {
  400: '请求内容有误，请检查填写后重试。',
  401: '登录已过期，请重新登录。',
  403: '没有权限执行此操作，如需权限请联系管理员。',
  404: '要访问的内容不存在或已被删除。',
  409: '内容已被他人修改，本次修改未保存；请先核对他人的修改再保存（直接刷新会丢失本页未保存的内容）。',
  413: '文件太大，请拆分后再上传。',
  500: '服务器出错，请稍后重试；如反复出现请联系管理员。',
};

function fallbackMessage(status: number): string {
  return STATUS_MESSAGES[status] ?? `服务器返回错误（${status}），请稍后重试。`;
}

interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal;
  query?: Record<string, string | number | null | undefined>;
}

function withQuery(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  try {
    return await send<T>(method, path, options);
  } catch (error) {
    // Another tab logged in again (a new token), or this tab never saw the login answer: the session's current token is
    // read once from /api/me and the request sent again; a second refusal stands.
    if (!(error instanceof ApiError && error.code === 'csrf_failed')) throw error;
    const me = await send<{ csrfToken?: string | null }>('GET', '/api/me', {});
    if (!me?.csrfToken) throw error;
    setCsrfToken(me.csrfToken);
    return send<T>(method, path, options);
  }
}

async function send<T>(method: string, path: string, options: RequestOptions): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && method !== 'HEAD') {
    const token = getCsrfToken();
    if (token) headers['x-csrf-token'] = token;
  }
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), { method, headers, body, credentials: 'same-origin', signal: options.signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', '无法连接服务器，请检查网络后重试。');
  }
  const text = await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = text;
    }
  }
  if (response.status === 401 && path !== '/api/auth/login' && path !== '/api/me' && onSessionEnded) {
    sessionStorage.setItem(EXPIRED_KEY, '1');
    onSessionEnded();
  }
  if (!response.ok) {
    const err = (data as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
    throw new ApiError(response.status, err?.code ?? `http_${response.status}`, err?.message ?? fallbackMessage(response.status), err?.details);
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, query?: RequestOptions['query'], signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

/**
 * A message closed as a sentence: callers go on after it (「保存失败：…修改仍保留在本页」), and a server
 * message without its full stop would run into the next sentence.
 */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return !trimmed || /[。！？.!?；;）)」』]$/.test(trimmed) ? trimmed : `${trimmed}。`;
}

/** A message for any error, Chinese even when the error did not come from our server. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return asSentence(error.message);
  if (error instanceof Error && /[\u4e00-\u9fff]/.test(error.message)) return asSentence(error.message);
  return '操作失败，请稍后重试。';
}
