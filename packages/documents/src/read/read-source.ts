import type { SourceDocument } from '../model/source-document';
import { readTextLayout } from '../text/read-text-layout';

export interface ReadIssue {
  code: string;
  /** Chinese, names the problem and what to do. */
  message: string;
}

export type ReadResult = { ok: true; source: SourceDocument } | { ok: false; issues: ReadIssue[] };

/** Minimal first version (UTF-8 text only); the binary readers replace this dispatch. */
export async function readSource(bytes: Uint8Array, _fileName: string): Promise<ReadResult> {
  const text = new TextDecoder('utf-8').decode(bytes);
  return { ok: true, source: readTextLayout(text) };
}
