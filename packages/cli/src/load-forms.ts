import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { formsDocumentSchema, type FormsDocument } from '@jixiao/core';
import { readFormsJson } from '@jixiao/documents/forms-json';

export type LoadedForms = { ok: true; doc: FormsDocument } | { ok: false; message: string };

/**
 * The forms of FILE for check, score and export: a jixiao.forms/v1 JSON as it is, any other document
 * through the importer, which is loaded only then (its readers add a noticeable start-up time).
 */
export async function loadForms(file: string): Promise<LoadedForms> {
  const read = await readInput(file);
  if (!read.ok) return read;
  const bytes = read.bytes;
  const json = readFormsJson(bytes, basename(file));
  if (json.kind === 'ok') return { ok: true, doc: json.document };
  if (json.kind === 'invalid') return { ok: false, message: json.message };
  const { importFile } = await import('@jixiao/documents/importer');
  const imported = await importFile(bytes, basename(file));
  if (!imported.ok) return { ok: false, message: `无法导入 ${basename(file)}：${imported.issues.map((i) => i.message).join('；') || '无法识别文档'}` };
  const parsed = formsDocumentSchema.safeParse(imported.document);
  if (!parsed.success) return { ok: false, message: `导入 ${basename(file)} 得到的表单不符合 jixiao.forms/v1；请报告此问题。` };
  return { ok: true, doc: parsed.data };
}

/**
 * Said on stderr when a document yields no forms, so a caller of `--json` can tell "nothing was
 * recognised" from "recognised and clean" without stdout changing shape.
 */
export function noFormsMessage(file: string): string {
  return `${basename(file)} 中没有识别出任何绩效表；请确认文件内容包含带表头（如“三级指标”“指标值”）的绩效目标表或自评表。`;
}

/** A file's bytes, or a Chinese message saying why it could not be read. */
export async function readInput(file: string): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }> {
  try {
    return { ok: true, bytes: new Uint8Array(await readFile(file)) };
  } catch (e) {
    return { ok: false, message: readErrorMessage(file, e) };
  }
}

/** Why FILE could not be read, in Chinese, with what to do about it; every command says it the same way. */
export function readErrorMessage(file: string, error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT': return `找不到文件：${file}；请检查路径。`;
    case 'EISDIR': return `${file} 是目录，不是文件；请给出目录中的文件路径。`;
    case 'EACCES':
    case 'EPERM': return `没有权限读取文件 ${file}；请检查文件权限。`;
    case 'ENOTDIR': return `路径 ${file} 中间有一段是文件而不是目录；请检查路径。`;
    default: return `无法读取文件 ${file}（${error instanceof Error ? error.message : String(error)}）；请检查文件是否完好、可读。`;
  }
}
