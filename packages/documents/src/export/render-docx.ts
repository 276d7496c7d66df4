import {
  AlignmentType,
  Document,
  HeightRule,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { coveredFromAbove, type FormLayout, type LayoutCell, type LayoutRow } from './form-layout';

export const SONG = { ascii: '宋体', eastAsia: '宋体', hAnsi: '宋体', cs: '宋体' };
export const FANGSONG = { ascii: '仿宋', eastAsia: '仿宋', hAnsi: '仿宋', cs: '仿宋' };
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;
const BODY_HALF_POINTS = 18;

/**
 * One section per form (each starts on a new page, landscape when the table is wide):
 * title, year line, then the table. The indicator part is a table of its own whose column
 * header row is marked `tableHeader`, because Word repeats only a table's leading rows.
 */
export async function renderDocx(layouts: FormLayout[], options: { title?: string; onProgress?: (done: number, total: number) => void } = {}): Promise<Uint8Array> {
  const sections: ISectionOptions[] = layouts.map((layout, i) => {
    const section = formSection(layout);
    options.onProgress?.(i + 1, layouts.length);
    return section;
  });
  const doc = new Document({
    creator: 'jixiao',
    title: options.title ?? layouts[0]?.title ?? '',
    styles: { default: { document: { run: { font: SONG, size: BODY_HALF_POINTS } } } },
    sections,
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export function formSection(layout: FormLayout): ISectionOptions {
  const landscape = layout.columns.length > 8;
  const pageWidth = landscape ? A4.height : A4.width;
  const contentWidth = pageWidth - 2 * MARGIN;
  const total = layout.columns.reduce((a, b) => a + b, 0);
  const widths = layout.columns.map((w) => Math.floor((w / total) * contentWidth));
  const children: Array<Paragraph | Table> = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text: layout.title, bold: true, size: 32, font: SONG })] }),
    ...layout.subtitle.map((line) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 60 }, children: [new TextRun({ text: line, font: SONG, size: 21 })] })),
  ];
  const split = layout.rows.findIndex((r) => r.header);
  const parts = split > 0 ? [layout.rows.slice(0, split), layout.rows.slice(split)] : [layout.rows];
  let offset = 0;
  const covered = coveredFromAbove(layout);
  for (const rows of parts) {
    children.push(table(rows, covered.slice(offset, offset + rows.length), widths));
    offset += rows.length;
  }
  return {
    properties: {
      page: {
        size: { width: A4.width, height: A4.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      },
    },
    children,
  };
}

function table(rows: LayoutRow[], covered: Array<Map<number, LayoutCell>>, widths: number[]): Table {
  const span = (c: { col: number; colSpan: number }) => widths.slice(c.col, c.col + c.colSpan).reduce((a, b) => a + b, 0);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
    rows: rows.map((row, r) => {
      const continuing = [...new Set(covered[r]?.values() ?? [])].filter((c) => !row.cells.some((own) => own.col === c.col));
      const cells = [
        ...row.cells.map((c) => ({ col: c.col, node: contentCell(c, span(c)) })),
        ...continuing.map((c) => ({
          col: c.col,
          node: new TableCell({
            columnSpan: c.colSpan > 1 ? c.colSpan : undefined,
            verticalMerge: VerticalMergeType.CONTINUE,
            width: { size: span(c), type: WidthType.DXA },
            children: [new Paragraph({})],
          }),
        })),
      ].sort((a, b) => a.col - b.col);
      return new TableRow({
        tableHeader: row.header || undefined,
        cantSplit: row.header || undefined,
        height: { value: 400, rule: HeightRule.ATLEAST },
        children: cells.map((c) => c.node),
      });
    }),
  });
}

function contentCell(c: LayoutCell, width: number): TableCell {
  return new TableCell({
    columnSpan: c.colSpan > 1 ? c.colSpan : undefined,
    verticalMerge: c.rowSpan > 1 ? VerticalMergeType.RESTART : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    width: { size: width, type: WidthType.DXA },
    children: c.text.split('\n').map((line) => new Paragraph({
      alignment: c.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
      // Font and size come from the document's default run style: fewer attributes per run
      // keep a thousand-form document fast to pack.
      children: [new TextRun({ text: line, bold: c.bold || undefined })],
    })),
  });
}
