import { type FormKind, parseAmount, trimText } from '@jixiao/core';
import type { FieldKey } from './field-labels';
import { matchLabel } from './field-labels';
import type { GridCell } from './flatten-source';
import { isYearNote } from './normalize-label';

/** The header fields that hold a name (a project's, a unit's): short, and never a sentence. */
const NAME_FIELDS: ReadonlySet<FieldKey> = new Set(['project_name', 'org', 'department'] as FieldKey[]);

/** A name field just filled from the cell after its label, and where that cell starts. */
export interface OpenName {
  key: FieldKey;
  start: number;
}

export const isNameField = (key: FieldKey): boolean => NAME_FIELDS.has(key);

// A wrapped name's rest is a few words: no clause (，。；), no caption (：), no figure, no code or year line.
const isNamePiece = (text: string, kind: FormKind): boolean => {
  const t = trimText(text);
  return t.length > 0 && t.length <= 20 && !/[，。；;：:,]/.test(t) && !/^[\x21-\x7E]+$/.test(t)
    && parseAmount(t) == null && !isYearNote(t) && matchLabel(t, kind) == null;
};

/**
 * 项目名称 | 基本公共卫生服务 ⏎ (blank) | 补助资金: a converter that cuts a table at every printed line turns a name
 * wrapped inside its cell into a row of its own, the label's cell and the others blank. A row whose every written
 * cell stands right under a name just read from the row above, and reads as the rest of a name, is that rest:
 * the pieces to append, else null (a sentence, a caption or a figure there is a row of its own).
 */
export function namePiecesUnder(filled: GridCell[], open: readonly OpenName[], kind: FormKind): Array<{ key: FieldKey; text: string }> | null {
  if (open.length === 0 || filled.length === 0 || filled.length > open.length) return null;
  const pieces: Array<{ key: FieldKey; text: string }> = [];
  for (const cell of filled) {
    const name = open.find((o) => o.start === cell.start);
    if (!name || cell.merged || !isNamePiece(cell.text, kind)) return null;
    pieces.push({ key: name.key, text: cell.text });
  }
  return pieces;
}
