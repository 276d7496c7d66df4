/**
 * An open-loop load generator: requests start at evenly spaced times (`rate` per second in all),
 * whether or not earlier ones have been answered, over at most `connections` keep-alive
 * connections. Latency runs from the time a request was due, not from when a connection was
 * free, so a stall shows in full (no coordinated omission).
 *
 * autocannon's own rate limit is not used for the latency lines: it lets each connection send its
 * whole second's quota at once at the start of every second, so a fixed rate arrives as bursts and
 * the latencies measure the burst, not the server.
 */
import http from 'node:http';

export interface OpenLoopRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface OpenLoopOptions<C> {
  url: string;
  rate: number;
  connections: number;
  seconds: number;
  /** The next request, with a context handed back to `onResponse`. */
  next: () => { request: OpenLoopRequest; context: C };
  onResponse?: (status: number, body: string, context: C) => void;
}

export interface OpenLoopResult {
  p50: number;
  p99: number;
  rps: number;
  /** Non-2xx answers and failed requests. */
  errors: number;
  requests: number;
}

export async function openLoop<C>(options: OpenLoopOptions<C>): Promise<OpenLoopResult> {
  const target = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let errors = 0;
  let inFlight = 0;
  const total = Math.max(1, Math.round(options.rate * options.seconds));
  const interval = 1000 / options.rate;
  const start = performance.now();
  let sent = 0;

  const fire = (due: number) => {
    const { request, context } = options.next();
    inFlight += 1;
    const req = http.request(
      { agent, host: target.hostname, port: target.port, method: request.method, path: request.path, headers: request.body === undefined ? request.headers : { ...request.headers, 'content-length': Buffer.byteLength(request.body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          latencies.push(performance.now() - due);
          const status = res.statusCode ?? 0;
          if (status < 200 || status >= 300) errors += 1;
          options.onResponse?.(status, Buffer.concat(chunks).toString('utf8'), context);
          inFlight -= 1;
        });
      },
    );
    req.on('error', () => {
      errors += 1;
      latencies.push(performance.now() - due);
      inFlight -= 1;
    });
    req.end(request.body);
  };

  await new Promise<void>((done) => {
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + sent * interval <= now) fire(start + sent++ * interval);
      if (sent < total) setTimeout(tick, Math.max(0, Math.min(interval, start + sent * interval - performance.now())));
      else done();
    };
    tick();
  });
  // Wait for the answers still on their way (bounded, so a hung server ends the run).
  const deadline = performance.now() + 30_000;
  while (inFlight > 0 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => (latencies.length === 0 ? 0 : Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]! * 10) / 10);
  return { p50: at(0.5), p99: at(0.99), rps: Math.round(latencies.length / elapsed), errors: errors + (total - latencies.length), requests: latencies.length };
}
