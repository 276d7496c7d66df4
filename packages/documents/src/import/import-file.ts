import type { FormsDocument } from '@jixiao/core';
import { buildForms } from '../build/build-forms';
import { mailAttachments } from '../read/read-mht';
import { readSource, type ReadIssue } from '../read/read-source';
import { type AttachmentImport, mergeMailForms } from './mail-attachment-forms';
import { readTextLayout } from '../text/read-text-layout';
import { readFormsCsv } from './read-forms-csv';
import { readFormsJson } from './read-forms-json';

export type ImportFileResult = { ok: true; document: FormsDocument } | { ok: false; issues: ReadIssue[] };

/** Reads a file of any supported format and builds its forms (jixiao.forms/v1); this system's own JSON and indicators CSV are read back as written. */
export async function importFile(bytes: Uint8Array, fileName: string): Promise<ImportFileResult> {
  return importAny(bytes, fileName, 0);
}

async function importAny(bytes: Uint8Array, fileName: string, depth: number): Promise<ImportFileResult> {
  const json = readFormsJson(bytes, fileName);
  if (json.kind === 'ok') return { ok: true, document: json.document };
  if (json.kind === 'invalid') return { ok: false, issues: [{ code: 'invalid_forms_json', message: json.message }] };
  const csv = readFormsCsv(bytes, fileName);
  if (csv.kind === 'ok') return { ok: true, document: csv.document };
  if (csv.kind === 'invalid') return { ok: false, issues: [{ code: 'invalid_forms_csv', message: csv.message }] };
  let read;
  try {
    read = await readSource(bytes, fileName);
  } catch (err) {
    return { ok: false, issues: [{ code: 'read_failed', message: `无法读取文件“${fileName}”：${String(err).slice(0, 300)}` }] };
  }
  // A saved mail's attached files are documents of their own: their forms come after the body's.
  const attachments = depth < 2 ? mailAttachments(bytes) : [];
  if (attachments.length === 0) return read.ok ? { ok: true, document: buildForms(read.source, fileName) } : { ok: false, issues: read.issues };
  const body = read.ok ? buildForms(read.source, fileName) : null;
  const imported: AttachmentImport[] = [];
  for (const a of attachments) {
    const result = await importAny(a.bytes, a.name || fileName, depth + 1);
    imported.push({ name: a.name, document: result.ok ? result.document : null });
  }
  const document = mergeMailForms(body, imported, fileName);
  return !read.ok && document.forms.length === 0 ? { ok: false, issues: read.issues } : { ok: true, document };
}

/** Imports text already in memory (tests, paste boxes): same rules as a .txt file. */
export function importText(text: string, sourceName: string): FormsDocument {
  return buildForms(readTextLayout(text), sourceName);
}
