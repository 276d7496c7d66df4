import { describe, expect, it } from 'vitest';
import { ATTACHMENTS_PER_FORM } from '@jixiao/core';
import { attachmentBatchSummary, attachmentsEmptyText, fileSizeText, planAttachmentUploads } from './attachments';

describe('fileSizeText', () => {
  it.each([
    [0, '0 B'],
    [820, '820 B'],
    [1024, '1 KB'],
    [12_800, '12.5 KB'],
    [3_355_443, '3.2 MB'],
    [20 * 1024 * 1024, '20 MB'],
    [150 * 1024 * 1024, '150 MB'],
  ])('%d bytes reads %s', (bytes, text) => {
    expect(fileSizeText(bytes)).toBe(text);
  });
});

describe('attachmentsEmptyText', () => {
  it.each([
    ['佐证材料', true, '暂无佐证材料，请在下方上传'],
    ['佐证材料', false, '填报单位未上传佐证材料'],
    ['附件', false, '填报单位未上传附件'],
  ])('%s, editable %s: %s', (title, editable, text) => {
    expect(attachmentsEmptyText(title, editable)).toBe(text);
  });
});

describe('planAttachmentUploads', () => {
  const pdf = (name: string, size = 1000) => ({ name, size });
  it('checks each file, counting the batch toward the per-form limit', () => {
    const plan = planAttachmentUploads([pdf('台账.pdf'), pdf('说明.exe'), pdf('空.pdf', 0), pdf('照片.jpg')], 0);
    expect(plan.accepted.map((f) => f.name)).toEqual(['台账.pdf', '照片.jpg']);
    expect(plan.refused).toHaveLength(2);
    expect(plan.refused[0]).toContain('不支持的附件类型「说明.exe」');
    expect(plan.refused[1]).toBe('附件「空.pdf」是空文件，请检查后重新上传');
  });
  it('refuses the files past the limit, not the ones before it', () => {
    const many = Array.from({ length: 5 }, (_, i) => pdf(`第${i + 1}份.pdf`));
    const plan = planAttachmentUploads(many, ATTACHMENTS_PER_FORM - 3);
    expect(plan.accepted.map((f) => f.name)).toEqual(['第1份.pdf', '第2份.pdf', '第3份.pdf']);
    expect(plan.refused.length).toBe(2);
    expect(plan.refused[0]).toMatch(new RegExp(`^每张表最多 ${ATTACHMENTS_PER_FORM} 个附件`));
  });
});

describe('attachmentBatchSummary', () => {
  it.each<[string[], string[], string | null, string | null]>([
    [['a.pdf'], [], '已上传佐证材料「a.pdf」', null],
    [['a.pdf', 'b.pdf', 'c.pdf'], [], '已上传 3 个佐证材料', null],
    [['a.pdf'], ['x 太大', 'y 空文件'], '已上传佐证材料「a.pdf」', '2 个文件未上传：x 太大；y 空文件'],
    [[], ['x 太大'], null, '1 个文件未上传：x 太大'],
  ])('%j / %j', (uploaded, failed, ok, bad) => {
    expect(attachmentBatchSummary('佐证材料', uploaded, failed)).toEqual({ ok, failed: bad });
  });
});
