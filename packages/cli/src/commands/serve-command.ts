import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from '../command';

const USAGE = `jixiao serve [--port 端口] [--host 地址] [--data 数据目录] [--no-samples]

  --no-samples           首次启动时不加载示例表单、示例账号和示例业务数据

环境变量：
  PORT                   端口（默认 3000）
  HOST                   监听地址（默认 127.0.0.1；容器或负载均衡后请设为 0.0.0.0）
  JIXIAO_DATA            内置数据库（PGlite）的数据目录（默认 ./data）
  DATABASE_URL           使用外部 PostgreSQL（postgres://…），此时忽略 JIXIAO_DATA
  DATABASE_POOL_SIZE     到 PostgreSQL 的连接池大小（默认 10，1–1000）
  JIXIAO_ADMIN_PASSWORD  首次启动时管理员 admin 的密码（不设则随机生成并只显示一次）`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export const serveCommand: Command = {
  name: 'serve',
  summary: '启动服务器（网页与 REST API）',
  usage: USAGE,
  run: async (args, io) => {
    const portText = option(args, '--port') ?? process.env.PORT ?? '3000';
    const port = Number(portText);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      io.stderr(`端口无效：${portText}（应为 0–65535 的整数）\n`);
      return 2;
    }
    const { startServer } = await import('@jixiao/server');
    const here = dirname(fileURLToPath(import.meta.url));
    const webDir = resolve(here, '..', '..', '..', 'web', 'dist');
    const databaseUrl = process.env.DATABASE_URL || undefined;
    const dataDir = option(args, '--data') ?? process.env.JIXIAO_DATA ?? './data';
    let server;
    try {
      server = await startServer({
        port,
        hostname: option(args, '--host') ?? process.env.HOST ?? '127.0.0.1',
        ...(databaseUrl ? { databaseUrl } : { dataDir }),
        ...(process.env.JIXIAO_ADMIN_PASSWORD ? { adminPassword: process.env.JIXIAO_ADMIN_PASSWORD } : {}),
        loadSamples: !args.includes('--no-samples'),
        webDir: existsSync(join(webDir, 'index.html')) ? webDir : null,
        log: (line) => io.stderr(`${line}\n`),
      });
    } catch (error) {
      io.stderr(`启动失败：${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
    io.stderr(`jixiao 已启动：${server.url}（数据库：${databaseUrl ? 'PostgreSQL' : `内置 PGlite，目录 ${dataDir}`}）\n`);
    if (!existsSync(join(webDir, 'index.html'))) io.stderr('提示：网页尚未构建，只提供 /api；运行 npm run build -w @jixiao/web 后重启\n');
    const running = server;
    await new Promise<void>((done) => {
      const stop = () => {
        io.stderr('正在停止……\n');
        void running.close().then(done);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};
