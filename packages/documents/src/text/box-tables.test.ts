import { describe, expect, it } from 'vitest';
import { unboxTables } from './box-tables';

describe('unboxTables', () => {
  it('turns a drawn table into TSV: merged cells given once, wrapped lines joined, line count kept', () => {
    const src = [
      '注：单位万元',
      '┌──────────┬──────────┬──────────────┐',
      '│ 项目名称 │ 城市污水管网建设        │',
      '├──────────┼──────────┬──────────────┤',
      '│ 一级指标 │ 二级指标 │ 三级指标     │',
      '├──────────┼──────────┼──────────────┤',
      '│ 产出指标 │ 数量指标 │ 新建管网长度 │',
      '│          ├──────────┼──────────────┤',
      '│          │ 质量指标 │ 工程验收合格 │',
      '│          │          │ 率           │',
      '└──────────┴──────────┴──────────────┘',
      '填报人：王某',
    ].join('\n');
    const out = unboxTables(src).split('\n');
    expect(out.length).toBe(12);
    expect(out.filter((l) => l !== '')).toEqual([
      '注：单位万元', '项目名称\t城市污水管网建设\t', '一级指标\t二级指标\t三级指标', '产出指标\t数量指标\t新建管网长度',
      '\t质量指标\t"工程验收合格', '率"', '填报人：王某',
    ]);
  });

  it.each([
    ['running text with a bar in it', '甲 │ 乙\n丙 │ 丁\n戊 │ 己'],
    ['pipe tables', '| a | b |\n|---|---|\n| 1 | 2 |'],
  ])('leaves %s alone', (_name, src) => {
    expect(unboxTables(src)).toBe(src);
  });
});
