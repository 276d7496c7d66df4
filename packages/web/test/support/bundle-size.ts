import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { webDistDir } from '../../src/index';

export interface FirstLoad {
  files: Array<{ file: string; bytes: number; gzip: number }>;
  gzipTotal: number;
}

/**
 * What the browser fetches before the login / 工作台 route can render: the entry script and
 * every chunk index.html preloads (the lazy routes and the chart chunk are not among them).
 */
export function firstLoadJs(): FirstLoad {
  const html = readFileSync(join(webDistDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g)].map((m) => m[1] ?? m[2]!);
  const files = [...new Set(refs)].map((file) => {
    const bytes = readFileSync(join(webDistDir, file));
    return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return { files, gzipTotal: files.reduce((sum, f) => sum + f.gzip, 0) };
}
