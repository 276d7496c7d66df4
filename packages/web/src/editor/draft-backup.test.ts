import { describe, expect, it } from 'vitest';
import { emptyForm, emptyIndicator } from '@jixiao/core';
import { clearDraft, draftDiffers, draftKey, readDraft, writeDraft } from './draft-backup';

function memoryStore() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
}

describe('draft backup of unsaved edits', () => {
  const form = { ...emptyForm('department_target'), indicators: [emptyIndicator('履职目标完成率')] };

  it('keeps a copy per user and form until it is cleared', () => {
    const kv = memoryStore();
    const key = draftKey('editor', '12');
    expect(key).not.toBe(draftKey('other', '12'));
    expect(writeDraft(key, { version: 3, savedAt: '2026-03-01T08:00:00Z', form }, kv)).toBe(true);
    expect(readDraft(key, kv)).toEqual({ version: 3, savedAt: '2026-03-01T08:00:00Z', form });
    expect(readDraft(draftKey('other', '12'), kv)).toBeNull();
    clearDraft(key, kv);
    expect(readDraft(key, kv)).toBeNull();
  });

  it.each([
    ['not JSON', '{'],
    ['no version', JSON.stringify({ savedAt: 'x', form })],
    ['no indicators', JSON.stringify({ version: 1, savedAt: 'x', form: { kind: 'department_target' } })],
    ['null', 'null'],
  ])('ignores a stored value that is %s', (_, raw) => {
    const kv = memoryStore();
    kv.setItem('k', raw);
    expect(readDraft('k', kv)).toBeNull();
  });

  it('survives a storage that refuses to write, and offers only a copy that differs from the server', () => {
    const full = { ...memoryStore(), setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(writeDraft('k', { version: 1, savedAt: 'x', form }, full)).toBe(false);
    expect(writeDraft('k', { version: 1, savedAt: 'x', form }, null)).toBe(false);
    expect(draftDiffers({ version: 1, savedAt: 'x', form }, form)).toBe(false);
    expect(draftDiffers({ version: 1, savedAt: 'x', form: { ...form, indicators: [] } }, form)).toBe(true);
  });
});
