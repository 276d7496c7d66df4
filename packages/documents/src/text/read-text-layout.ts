import type { SourceDocument } from '../model/source-document';

/** Placeholder until the text layout readers land: every line becomes a text block. */
export function readTextLayout(text: string): SourceDocument {
  return { format: 'text-lines', blocks: text.split(/\r?\n/).map((line, i) => ({ kind: 'text', text: line, line: i + 1 })), notes: [] };
}
