import { FORMS_FORMAT, FORM_KIND_LABELS, type Form, type FormsDocument } from '@jixiao/core';
import { CSV_FIELDS, formsToCsv } from './forms-csv';

export interface OpenDataFile {
  path: string;
  bytes: Uint8Array;
  contentType: string;
}

export interface OpenDataOptions {
  region: string;
  fiscalYear: number;
}

/**
 * Published forms as open data: the jixiao.forms/v1 JSON, a flat CSV (one row per
 * indicator), and a Frictionless `datapackage.json` describing both.
 */
export function exportOpenData(forms: Form[], options: OpenDataOptions): { files: OpenDataFile[] } {
  const encoder = new TextEncoder();
  const slug = packageName(options.region, options.fiscalYear);
  const document: FormsDocument = { format: FORMS_FORMAT, source: null, forms, warnings: [] };
  const json = encoder.encode(`${JSON.stringify(document, null, 2)}\n`);
  const csv = encoder.encode(formsToCsv(forms));
  const kinds = [...new Set(forms.map((f) => FORM_KIND_LABELS[f.kind]))];
  const descriptor = {
    name: slug,
    title: `${options.region}${options.fiscalYear}年度预算绩效公开数据`,
    description: `${options.region}${options.fiscalYear}年度公开的预算绩效表（${kinds.join('、') || '无'}），共 ${forms.length} 张表、${forms.reduce((n, f) => n + f.indicators.length, 0)} 条指标。`,
    version: '1.0.0',
    keywords: ['预算绩效', '绩效目标', '绩效自评', options.region, String(options.fiscalYear)],
    resources: [
      {
        name: 'forms',
        title: '绩效表（jixiao.forms/v1）',
        path: 'forms.json',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        bytes: json.length,
      },
      {
        name: 'indicators',
        title: '绩效指标明细（每行一条指标）',
        path: 'indicators.csv',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        bytes: csv.length,
        dialect: { delimiter: ',', quoteChar: '"', doubleQuote: true, lineTerminator: '\r\n', header: true },
        schema: { fields: CSV_FIELDS.map((f) => ({ name: f.name, title: f.title, type: f.type })) },
      },
    ],
  };
  return {
    files: [
      { path: 'datapackage.json', bytes: encoder.encode(`${JSON.stringify(descriptor, null, 2)}\n`), contentType: 'application/json' },
      { path: 'forms.json', bytes: json, contentType: 'application/json' },
      { path: 'indicators.csv', bytes: csv, contentType: 'text/csv; charset=utf-8' },
    ],
  };
}

/** Frictionless names are lower-case ASCII, digits, '-', '_' and '.'; a Chinese region name becomes base-36 code points. */
function packageName(region: string, year: number): string {
  const ascii = region.normalize('NFKD').toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  const codes = ascii === '' ? [...region].map((ch) => ch.codePointAt(0)!.toString(36)).join('').slice(0, 40) : ascii;
  return `jixiao-performance-${codes || 'region'}-${year}`;
}
