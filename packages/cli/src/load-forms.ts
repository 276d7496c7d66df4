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

/** A file's bytes, or a Chinese message saying why it could not be read. */
export async function readInput(file: string): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }> {
  try {
    return { ok: true, bytes: new Uint8Array(await readFile(file)) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, message: code === 'ENOENT' ? `找不到文件：${file}；请检查路径。` : `无法读取文件 ${file}（${code ?? String(e)}）；请检查权限。` };
  }
}
