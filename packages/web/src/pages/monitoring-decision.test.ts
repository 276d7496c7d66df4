import { describe, expect, it } from 'vitest';
import { DECIDABLE, decisionPrompt } from './monitoring-decision';

describe('the 拨款决定 on the 重点监控 list', () => {
  it.each([
    ['submitted', true],
    ['accepted', true],
    ['returned', false],
    ['draft', false],
  ])('%s: can be decided %s', (status, can) => {
    expect(DECIDABLE.has(status)).toBe(can);
  });

  it.each<[string, { status: string; decision: string | null }, RegExp, RegExp]>([
    ['a submitted table is accepted with it', { status: 'submitted', decision: null }, /^对「应急项目」记录「暂缓拨款」？$/, /将验收归档.*以后仍可在本清单修改/],
    ['an accepted table without one records it only', { status: 'accepted', decision: null }, /^对「应急项目」记录「暂缓拨款」？$/, /已验收，本次只记录拨款决定/],
    ['an accepted table with one changes it', { status: 'accepted', decision: '继续拨款' }, /由「继续拨款」改为「暂缓拨款」/, /改动记入审计日志/],
  ])('%s', (_, row, title, content) => {
    const prompt = decisionPrompt({ project_name: '应急项目', ...row }, '暂缓拨款');
    expect(prompt.title).toMatch(title);
    expect(prompt.content).toMatch(content);
  });
});
