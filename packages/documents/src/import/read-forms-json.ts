import { FORMS_FORMAT, formsDocumentSchema, type FormsDocument } from '@jixiao/core';

/**
 * none: not a forms JSON (another document, or JSON of something else), for the importer's readers;
 * ok: the forms as written; invalid: a forms JSON that cannot be taken, with the reason in Chinese.
 */
export type FormsJson = { kind: 'none' } | { kind: 'ok'; document: FormsDocument } | { kind: 'invalid'; message: string };

const HEAD_BYTES = 4096;

/**
 * A jixiao.forms/v1 file — what `jixiao import --json` and the open-data export write — is read as it is:
 * export then import gives back the same forms. Keys the schema does not know (a newer exporter's extras,
 * an answer key's scorer hints) are dropped so an otherwise valid document still loads.
 */
export function readFormsJson(bytes: Uint8Array, fileName: string): FormsJson {
  const head = new TextDecoder().decode(bytes.subarray(0, HEAD_BYTES)).replace(/^\ufeff/, '').trimStart();
  if (!head.startsWith('{')) return { kind: 'none' };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes).replace(/^\ufeff/, ''));
  } catch {
    return head.includes(FORMS_FORMAT)
      ? { kind: 'invalid', message: `${fileName} 看起来是 ${FORMS_FORMAT} 文件，但不是完整有效的 JSON（可能被截断或手工改坏）；请重新导出或用 jixiao import --json 生成。` }
      : { kind: 'none' };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json) || (!('format' in json) && !('forms' in json))) return { kind: 'none' };
  const format = (json as { format?: unknown }).format;
  if (format !== FORMS_FORMAT) {
    const named = format === undefined ? '没有 format 字段' : `的格式是「${String(format)}」`;
    return { kind: 'invalid', message: `${fileName} ${named}，不是 ${FORMS_FORMAT}；请导入绩效文档，或用 jixiao import --json 生成的表单 JSON。` };
  }
  const first = formsDocumentSchema.safeParse(json);
  const parsed = first.success ? first : formsDocumentSchema.safeParse(withoutUnknownKeys(json, first.error.issues));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join('.') || '（根）'}：${first.message}` : '格式错误';
    return { kind: 'invalid', message: `${fileName} 不是有效的 ${FORMS_FORMAT} 文件（${where}）；请重新导出或用 jixiao import --json 生成。` };
  }
  return { kind: 'ok', document: parsed.data };
}

type SchemaIssue = NonNullable<ReturnType<typeof formsDocumentSchema.safeParse>['error']>['issues'][number];

function withoutUnknownKeys(json: object, issues: readonly SchemaIssue[]): unknown {
  const copy = structuredClone(json);
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    let node: unknown = copy;
    for (const key of issue.path) node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
    if (node && typeof node === 'object') for (const k of issue.keys) delete (node as Record<string, unknown>)[k];
  }
  return copy;
}
