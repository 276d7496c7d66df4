import { FORMS_FORMAT, formsDocumentSchema, type FormsDocument } from '@jixiao/core';
import { decodeText } from '../read/decode-text';
import { findJsonSyntaxError } from './json-syntax-error';

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
  // A file named .json is meant as JSON whatever it holds: when it is none, say where it breaks rather
  // than read it as a text document with no forms in it.
  const named = /\.json$/i.test(fileName.trim());
  const head = new TextDecoder().decode(bytes.subarray(0, HEAD_BYTES)).replace(/^\ufeff/, '').trimStart();
  if (!named && !head.startsWith('{')) return { kind: 'none' };
  const text = named ? decodeText(bytes).text.replace(/^\ufeff/, '') : new TextDecoder().decode(bytes).replace(/^\ufeff/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    if (!named && !head.includes(FORMS_FORMAT)) return { kind: 'none' };
    return { kind: 'invalid', message: brokenJsonMessage(fileName, text, head.includes(FORMS_FORMAT)) };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json) || (!('format' in json) && !('forms' in json))) {
    return named
      ? { kind: 'invalid', message: `${fileName} 是 JSON 文件，但不是 ${FORMS_FORMAT} 表单（没有 format 和 forms 字段）；请导入绩效文档本身（文本、Word、Excel、PDF 等），或用 jixiao import --json 生成的表单 JSON。` }
      : { kind: 'none' };
  }
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

/** Why TEXT is no JSON, with the line and column where it breaks and the text around that place. */
function brokenJsonMessage(fileName: string, text: string, forms: boolean): string {
  const what = forms ? `看起来是 ${FORMS_FORMAT} 文件，但不是有效的 JSON` : '不是有效的 JSON';
  const error = findJsonSyntaxError(text);
  if (!error) return `${fileName} ${what}；请重新导出或用 jixiao import --json 生成。`;
  const before = text.slice(Math.max(0, error.offset - 12), error.offset).replace(/\s+/g, ' ').trimStart();
  const after = text.slice(error.offset, error.offset + 12).replace(/\s+/g, ' ').trimEnd();
  const near = before || after ? `，「${before}⟨此处⟩${after}」` : '';
  const fix = forms ? '请修正后重新导入，或重新导出 / 用 jixiao import --json 重新生成' : '请修正后重新导入；绩效文档本身请以原格式（文本、Word、Excel、PDF 等）导入';
  return `${fileName} ${what}：第 ${error.line} 行第 ${error.column} 列${near}：${error.problem}。${fix}。`;
}
