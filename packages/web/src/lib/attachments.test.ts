import { describe, expect, it } from 'vitest';
import { attachmentsEmptyText, fileSizeText } from './attachments';

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
