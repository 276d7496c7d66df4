/**
 * The files the importer (@jixiao/documents readSource) reads, in the one place the web names
 * them: the upload control's filter and its hint both come from here. The documents package
 * tells formats apart by content and exports no list, so this list follows its read-source.ts:
 * .docx/.xlsx by their zip parts (so also macro-enabled .docm/.xlsm and templates .dotx/.xltx), PDF by its header, and text (UTF-8, UTF-16 or GBK) as CSV/TSV
 * or text tables, including web pages and single-file web pages (.mht), which is also what many
 * budget systems save as .doc/.xls. Word/Excel 97–2003 binary files (.doc/.xls, and WPS's .wps/.et,
 * the same containers) are read by their streams, RTF (.rtf, Word's and WPS's 另存为 RTF) by its groups and
 * control words. OpenDocument (.odt/.ods, and the flat .fodt/.fods), as LibreOffice, 永中Office and WPS set to ODF
 * save them on 信创 machines, by the package's mimetype. Word and Excel 2003 XML (.xml) and the open-data JSON this
 * system exports (.json) are read as well.
 */
export const IMPORT_FORMATS = [
  { label: 'Word', extensions: ['.docx', '.docm', '.dotx', '.doc', '.wps', '.rtf'] },
  { label: 'Excel', extensions: ['.xlsx', '.xlsm', '.xltx', '.xls', '.et'] },
  { label: 'OpenDocument 文字/表格', extensions: ['.odt', '.ods', '.fodt', '.fods'] },
  { label: 'PDF（文字版）', extensions: ['.pdf'] },
  { label: 'CSV / TSV', extensions: ['.csv', '.tsv'] },
  { label: '文本 / Markdown', extensions: ['.txt', '.md'] },
  { label: '网页', extensions: ['.html', '.htm', '.mht', '.mhtml'] },
  { label: 'Word/Excel 2003 XML', extensions: ['.xml'] },
  { label: '开放数据 JSON（jixiao.forms/v1）', extensions: ['.json'] },
] as const;

/** The `accept` of the file input: every extension above. */
export const IMPORT_ACCEPT = IMPORT_FORMATS.flatMap((f) => f.extensions).join(',');

/** "Word（.docx .doc）、Excel（…）…", for the hint under the drop zone. */
export const IMPORT_FORMATS_HINT = IMPORT_FORMATS.map((f) => `${f.label}（${f.extensions.join(' ')}）`).join('、');
