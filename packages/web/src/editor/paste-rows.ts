import { deriveTarget, emptyIndicator, numericValue, trimText, type Indicator } from '@jixiao/core';

/** Grid columns in display order; the paste mapping and keyboard navigation follow it. */
export const GRID_COLUMNS = ['level1', 'level2', 'name', 'weight', 'unit', 'comparator', 'target', 'basis'] as const;
export type GridColumn = (typeof GRID_COLUMNS)[number];

/**
 * Cells of a clipboard TSV as Excel and WPS write it: tabs between cells, newlines between
 * rows, and a cell with a tab, newline or quote wrapped in quotes with quotes doubled.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const input = text.replace(/\r\n?/g, '\n');
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"' && cell === '') {
      quoted = true;
    } else if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += ch;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

type PasteField = Exclude<GridColumn, 'comparator' | 'target'> | 'nature' | 'value' | 'description';

const HEADER_WORDS: Array<[RegExp, PasteField]> = [
  [/一级/, 'level1'],
  [/二级/, 'level2'],
  [/(三级|指标名称|^指标$|绩效指标)/, 'name'],
  [/(权重|分值)/, 'weight'],
  [/(计量单位|度量单位|^单位$)/, 'unit'],
  [/(指标性质|性质|方向)/, 'nature'],
  [/(依据)/, 'basis'],
  [/(指标值|目标值|年度指标值)/, 'value'],
  [/(描述|解释|说明)/, 'description'],
];

function headerField(cell: string): PasteField | null {
  const text = trimText(cell).replace(/\s+/g, '');
  if (!text) return null;
  for (const [pattern, field] of HEADER_WORDS) if (pattern.test(text)) return field;
  return null;
}

/** Column mapping from a header row, or null when the first row is data. */
function headerMapping(first: string[]): Array<PasteField | null> | null {
  const fields = first.map(headerField);
  const known = fields.filter((f) => f !== null).length;
  return known >= 2 && fields.includes('name') ? fields : null;
}

function positionalMapping(width: number, startColumn: GridColumn): Array<PasteField | null> {
  const start = GRID_COLUMNS.indexOf(startColumn);
  const mapping: Array<PasteField | null> = [];
  for (let i = 0; i < width; i++) {
    const col = GRID_COLUMNS[start + i];
    mapping.push(col === undefined ? null : col === 'comparator' ? 'nature' : col === 'target' ? 'value' : col);
  }
  return mapping;
}

export interface PasteResult {
  rows: Array<Partial<Indicator>>;
  usedHeader: boolean;
}

/**
 * Indicator rows from text copied out of a spreadsheet. With a header row the columns
 * are matched by name (一级指标, 权重, 指标值 …); without one they fill the grid from the
 * focused column rightwards. A value with a sign ("≥95%") is split by the same rule the
 * importer uses.
 */
export function pasteRows(text: string, startColumn: GridColumn): PasteResult {
  const table = parseTsv(text);
  if (table.length === 0) return { rows: [], usedHeader: false };
  const header = headerMapping(table[0]!);
  const body = header ? table.slice(1) : table;
  const width = Math.max(...body.map((r) => r.length), 0);
  const mapping = header ?? positionalMapping(width, startColumn);
  const rows = body.map((cells) => {
    const row: Partial<Indicator> = {};
    let nature: string | null = null;
    let value: string | null = null;
    let hasUnit = false;
    mapping.forEach((field, i) => {
      if (!field) return;
      const raw = trimText(cells[i] ?? '');
      switch (field) {
        case 'nature':
          nature = raw || null;
          break;
        case 'value':
          value = raw;
          break;
        case 'weight':
          row.weight = raw === '' ? null : numericValue(raw);
          break;
        case 'unit':
          hasUnit = true;
          row.unit = raw || null;
          break;
        case 'name':
          row.name = raw;
          break;
        default:
          row[field] = raw || null;
      }
    });
    if (value !== null || nature !== null) {
      const derived = deriveTarget({ nature, value, unit: hasUnit ? (row.unit ?? null) : null });
      row.comparator = derived.comparator;
      row.target = derived.target;
      if (derived.unit !== null || hasUnit) row.unit = derived.unit;
    }
    return row;
  });
  return { rows, usedHeader: header !== null };
}

/** Writes pasted rows over the grid from `startRow`, adding rows as needed. */
export function applyPaste(indicators: Indicator[], startRow: number, rows: Array<Partial<Indicator>>): Indicator[] {
  const next = indicators.slice();
  rows.forEach((patch, i) => {
    const at = startRow + i;
    const base = next[at] ?? emptyIndicator();
    next[at] = { ...base, ...patch };
  });
  return next;
}
