import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSON_LIMIT } from '../src/http/create-app';
import { startTestServer, type Session, type TestServer } from './harness';

// These go through Node's HTTP server (not app.request), where the body-size limit and the
// plain-string response path of @hono/node-server actually apply.
let t: TestServer;
let admin: Session;

beforeAll(async () => {
  t = await startTestServer();
  admin = await t.admin();
}, 60_000);
afterAll(async () => t.stop());

interface WireAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request over HTTP/1.1; `chunks` are sent with chunked transfer encoding. */
// A new connection each time: a socket the server closed after refusing a body must not be reused.
function wire(method: string, path: string, options: { headers?: Record<string, string>; body?: string; chunks?: string[] } = {}): Promise<WireAnswer> {
  const url = new URL(t.server.url);
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.request({ host: url.hostname, port: url.port, method, path, headers: options.headers ?? {}, agent: false }, (res) => {
      answered = true;
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts).toString('utf8') }));
    });
    // The server may close the connection after refusing a body it has not read to the end.
    req.on('error', (error) => (answered ? undefined : reject(error)));
    if (options.chunks) {
      for (const c of options.chunks) req.write(c);
      req.end();
    } else req.end(options.body);
  });
}

const authed = () => ({ cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' });

describe('HTTP on the wire', () => {
  it('answers API reads with JSON, a length, no-store and every security header', async () => {
    const res = await wire('GET', '/api/me', { headers: authed() });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).username).toBe('admin');
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.body));
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
  });

  it('adds the security headers to answers built elsewhere (web pages, login cookies)', async () => {
    const page = await wire('GET', '/some/app/route');
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(page.headers['cache-control']).toBeUndefined();
    const login = await wire('POST', '/api/auth/login', { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'Secret-pass-2024' }) });
    expect(login.status).toBe(200);
    expect(String(login.headers['set-cookie'])).toMatch(/HttpOnly/);
    expect(login.headers['x-frame-options']).toBe('DENY');
  });

  it.each([
    ['a declared length over the limit', { body: JSON.stringify({ code: 'W1', name: 'x'.repeat(JSON_LIMIT), parent: null }) }],
    ['a chunked body that grows past the limit', { chunks: ['{"code":"W2","name":"', ...Array.from({ length: 20 }, () => 'x'.repeat(64 * 1024)), '","parent":null}'] }],
  ])('refuses %s with 413 and stores nothing', async (_label, body) => {
    const res = await wire('POST', '/api/orgs', { headers: authed(), ...body });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.code).toBe('payload_too_large');
    const orgs = await wire('GET', '/api/orgs', { headers: authed() });
    expect(orgs.body).not.toMatch(/"W[12]"/);
  });

  it.each([
    ['a JSON body', '/api/orgs', { body: JSON.stringify({ code: 'W6', name: 'x'.repeat(JSON_LIMIT), parent: null }) }, /不超过 1 MB/, /20 MB/],
    ['an upload', '/api/imports', { chunks: Array.from({ length: 21 }, () => 'x'.repeat(1024 * 1024)) }, /文件.*不超过 20 MB/, /JSON|1 MB/],
  ])('names only the limit %s broke', async (_label, path, body, names, omits) => {
    const res = await wire('POST', path, { headers: authed(), ...body });
    expect(res.status).toBe(413);
    const message = JSON.parse(res.body).error.message as string;
    expect(message).toMatch(names);
    expect(message).not.toMatch(omits);
  });

  it('accepts a small chunked body and a declared length under the limit', async () => {
    const chunked = await wire('POST', '/api/orgs', { headers: authed(), chunks: ['{"code":"W3",', '"name":"分块单位","parent":null}'] });
    expect(chunked.status).toBe(201);
    const declared = await wire('POST', '/api/orgs', { headers: authed(), body: JSON.stringify({ code: 'W4', name: '定长单位', parent: null }) });
    expect(declared.status).toBe(201);
  });

  it('answers malformed JSON sent over the wire with a clear 400', async () => {
    const res = await wire('POST', '/api/orgs', { headers: authed(), body: '{"code": "W5", ' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.code).toBe('malformed_json');
  });
});
