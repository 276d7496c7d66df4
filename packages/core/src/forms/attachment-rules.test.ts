import { describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES, attachmentContentType, attachmentProblem } from './attachment-rules';

describe('attachmentProblem', () => {
  it.each<[string, { name: string; size: number }, number, string | null]>([
    ['a PDF', { name: '立项批复.pdf', size: 1000 }, 0, null],
    ['an upper-case extension', { name: '佐证材料.JPG', size: 1000 }, 0, null],
    ['a zip of evidence', { name: '佐证材料.zip', size: ATTACHMENT_MAX_BYTES }, 29, null],
    ['no extension', { name: '说明', size: 10 }, 0, '不支持的附件类型「说明」'],
    ['a program', { name: 'setup.exe', size: 10 }, 0, '不支持的附件类型「setup.exe」'],
    ['an empty file', { name: '空.docx', size: 0 }, 0, '是空文件'],
    ['too big', { name: '扫描件.pdf', size: ATTACHMENT_MAX_BYTES + 1 }, 0, '超过 20 MB'],
    ['one too many', { name: '第31个.pdf', size: 10 }, 30, '最多 30 个附件'],
    ['a blank name', { name: '  ', size: 10 }, 0, '文件名为空或过长'],
  ])('%s', (_why, file, already, want) => {
    const got = attachmentProblem(file, already);
    if (want === null) expect(got).toBeNull();
    else expect(got).toContain(want);
  });
});

describe('attachmentContentType', () => {
  it.each([
    ['a.pdf', 'application/pdf'],
    ['b.XLSX', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['c.png', 'image/png'],
    ['d.unknown', 'application/octet-stream'],
  ])('%s is served as %s', (name, type) => {
    expect(attachmentContentType(name)).toBe(type);
  });
});
