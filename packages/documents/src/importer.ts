// The import side alone, so commands that only read documents don't load the exporters
// (pdfkit, docx, exceljs add over a second to every CLI start).
export * from './model/source-document';
export * from './read/read-source';
export * from './read/read-limits';
export * from './build/build-forms';
export * from './import/import-file';
export * from './import/read-forms-json';
