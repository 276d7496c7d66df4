import { describe, expect, it } from 'vitest';
import { importYearClosed, importYearText, type PreviewYearSource } from './import-year-text';

describe('importYearText', () => {
  it.each<[PreviewYearSource | undefined, string, boolean]>([
    ['stated', '预算年度 2024（文件注明）', false],
    ['kind', '预算年度 2024（按表种推定，请核对）', true],
    ['chosen', '预算年度 2024（上传时选定）', false],
    // An older server answers without a source.
    [undefined, '预算年度 2024', false],
  ])('%s', (source, text, guessed) => {
    expect(importYearText(2024, source)).toEqual({ text, guessed });
  });
});

describe('importYearClosed', () => {
  // 2024 closed everywhere; 2025 open but closed for region 3301 alone; 2026 closed but reopened for 3301.
  const years = [
    { year: 2024, open: false },
    { year: 2025, open: true, regions: [{ region: '3301', open: false }] },
    { year: 2026, open: false, regions: [{ region: '3301', open: true }] },
  ];
  it.each<[string, string | undefined, number | null, boolean, number[]]>([
    ['a closed year chosen', '3302', 2024, true, [2024, 2026]],
    ['an open year chosen', '3302', 2025, false, [2024, 2026]],
    ['a year closed for the unit\'s region alone', '3301', 2025, true, [2024, 2025]],
    ['a year reopened for the unit\'s region', '3301', 2026, false, [2024, 2025]],
    ['no year chosen: the closed ones named, nothing blocked', '3302', null, false, [2024, 2026]],
    ['a year not listed is open', '3302', 2030, false, [2024, 2026]],
  ])('%s', (_why, region, year, blocked, closedYears) => {
    const got = importYearClosed(years, region, year);
    expect(got.blocked !== null).toBe(blocked);
    expect(got.closedYears).toEqual(closedYears);
  });
  it('says why and what to do instead', () => {
    expect(importYearClosed([{ year: 2024, open: false }], undefined, 2024).blocked).toBe(
      '2024 年度已关闭，该年度的表只能查看和导出；如需修改，请联系系统管理员在「年度与政策」中重新开放该年度。请改选其他年度，或清空按文件注明的年度导入。',
    );
  });
});
