import { describe, expect, it } from 'vitest';
import { IMPORT_ACCEPT, IMPORT_FORMATS_HINT } from './import-formats';

describe('import formats', () => {
  it.each(['.docx', '.docm', '.dotx', '.doc', '.wps', '.rtf', '.xlsx', '.xlsm', '.xltx', '.xls', '.et', '.odt', '.ods', '.fodt', '.fods', '.pdf', '.csv', '.tsv', '.txt', '.md', '.html', '.htm', '.mht', '.xml', '.json'])('the upload control accepts %s and the hint names it', (ext) => {
    expect(IMPORT_ACCEPT.split(',')).toContain(ext);
    expect(IMPORT_FORMATS_HINT).toContain(ext);
  });

  it('lists each extension once, lower case, with its dot', () => {
    const list = IMPORT_ACCEPT.split(',');
    expect(new Set(list).size).toBe(list.length);
    for (const ext of list) expect(ext).toMatch(/^\.[a-z]+$/);
  });
});
