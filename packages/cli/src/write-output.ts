import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes an output file, creating its missing parent folders first: `--out reports/2024/a.xlsx` should
 * work the way `import --out DIR` already does for a folder that does not exist yet.
 */
export async function writeOutput(file: string, bytes: Uint8Array | string): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, bytes);
    return { ok: true };
  } catch (e) {
    return { ok: false, message: writeErrorMessage(file, e) };
  }
}

/** Why FILE could not be written, in Chinese, with what to do about it. */
export function writeErrorMessage(file: string, error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'EISDIR': return `无法写入 ${file}：这是一个已有的目录；请在 --out 中给出文件名，而不只是目录。`;
    case 'ENOTDIR':
    case 'EEXIST': return `无法写入 ${file}：路径中有一段是已有的文件而不是目录；请换一个输出路径。`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS': return `无法写入 ${file}：没有写入权限；请换一个可写的目录。`;
    case 'ENOSPC': return `无法写入 ${file}：磁盘空间不足；请清理空间后重试。`;
    default: return `无法写入 ${file}（${error instanceof Error ? error.message : String(error)}）；请检查输出路径。`;
  }
}
