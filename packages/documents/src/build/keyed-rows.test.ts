import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';

// A budget system's flat export: every indicator row carries its unit and project.
const FLAT = [
  '主管部门：某某市交通运输局\t\t\t\t\t',
  '单位编码\t项目编码\t项目名称\t三级指标\t指标值\t计量单位',
  '315001\tP01\t甲项目\t养护里程\t≥1200\t公里',
  '315001\tP01\t甲项目\t优良路率\t≥85\t%',
  '315002\tP02\t乙项目\t线路条数\t≥48\t条',
].join('\n');

describe('flat exports with identity columns', () => {
  it('makes one form per project, each with its own identity and the lines above the table', () => {
    const doc = importText(FLAT, 'flat.tsv');
    expect(doc.forms.map((f) => ({
      name: 'project_name' in f ? f.project_name : null,
      code: 'project_code' in f ? f.project_code : null,
      org_code: f.org_code,
      department: f.department,
      rows: f.indicators.map((i) => `${i.name} ${i.comparator} ${i.target} ${i.unit}`),
    }))).toEqual([
      { name: '甲项目', code: 'P01', org_code: '315001', department: '某某市交通运输局', rows: ['养护里程 >= 1200 公里', '优良路率 >= 85 %'] },
      { name: '乙项目', code: 'P02', org_code: '315002', department: '某某市交通运输局', rows: ['线路条数 >= 48 条'] },
    ]);
    expect(doc.warnings.filter((w) => w.code === 'column_unknown')).toEqual([]);
  });

  it.each([
    ['a blank identity cell (merged down) keeps the project above', FLAT.replace('315001\tP01\t甲项目\t优良路率', '\t\t\t优良路率'), [2, 1]],
    ['a table with one project stays one form', FLAT.split('\n').slice(0, 4).join('\n'), [2]],
  ])('%s', (_name, text, counts) => {
    expect(importText(text, 'flat.tsv').forms.map((f) => f.indicators.length)).toEqual(counts);
  });

  it('gives each project the budget and goal its rows repeat (年度预算 | 年度绩效目标 columns)', () => {
    const text = [
      '项目编码\t项目名称\t年度预算（万元）\t年度绩效目标\t一级指标\t二级指标\t三级指标\t指标值',
      'P01\t甲项目\t126.00\t接待读者45万人次\t产出指标\t数量指标\t接待人次\t≥45万人次',
      'P01\t甲项目\t126.00\t接待读者45万人次\t产出指标\t数量指标\t活动场次\t≥120场',
      'P02\t乙项目\t88.50\t补助传承人36人\t产出指标\t数量指标\t补助人数\t=36人',
    ].join('\n');
    const doc = importText(text, 'flat.tsv');
    expect(doc.forms.map((f) => ['budget_total_wan' in f ? f.budget_total_wan : null, f.goal, f.indicators.length])).toEqual([
      [126, '接待读者45万人次', 2],
      [88.5, '补助传承人36人', 1],
    ]);
    expect(doc.warnings.filter((w) => w.code === 'column_unknown')).toEqual([]);
  });

  it.each([
    ['预算年度', '2025', [2025, 2024]],
    ['年度', '2025年', [2025, 2024]],
    ['预算年份', '2025年度', [2025, 2024]],
  ])('takes each form\'s year from a %s column its rows repeat', (caption, first, years) => {
    const text = [
      `${caption}\t项目编码\t项目名称\t三级指标\t指标值`,
      `${first}\tP01\t甲项目\t接待人次\t≥45万人次`,
      '2024\tP02\t乙项目\t补助人数\t=36人',
    ].join('\n');
    const doc = importText(text, 'flat.tsv');
    expect(doc.forms.map((f) => f.fiscal_year)).toEqual(years);
    expect(doc.forms.map((f) => f.indicators.length)).toEqual([1, 1]);
  });

  it('gathers the rows of each project wherever they stand (an export sorted by level interleaves the projects)', () => {
    const text = [
      '单位名称：某某局（汇总）\t\t\t\t\t',
      '项目编码\t项目名称\t实施单位\t一级指标\t三级指标\t指标值',
      'P01\t甲项目\t甲中心\t产出指标\t养护里程\t≥1200公里',
      'P02\t乙项目\t乙中心\t产出指标\t线路条数\t≥48条',
      'P01\t甲项目\t甲中心\t效益指标\t优良路率\t≥85%',
      'P02\t乙项目\t乙中心\t效益指标\t通达率\t=100%',
      '导出时间：2025-01-08 15:42\t\t\t\t\t',
    ].join('\n');
    const doc = importText(text, 'flat.tsv');
    expect(doc.forms.map((f) => ['project_code' in f ? f.project_code : null, f.org, f.indicators.map((i) => i.name)])).toEqual([
      ['P01', '甲中心', ['养护里程', '优良路率']],
      ['P02', '乙中心', ['线路条数', '通达率']],
    ]);
  });

  it('keeps one form whose indicators each name the unit doing the work (a unit column alone)', () => {
    const doc = importText('部门整体支出绩效目标表\n部门名称\t某某局\n三级指标\t指标值\t实施单位\n检查次数\t≥5次\t甲中心\n培训人数\t≥100人\t乙中心\n', 'unit.tsv');
    expect(doc.forms.map((f) => [f.org, f.indicators.length])).toEqual([['某某局', 2]]);
  });

  it('leaves a form whose label rows stand above an ordinary header alone', () => {
    const doc = importText('项目名称\t丙项目\n三级指标\t指标值\n人数\t≥5人\n', 'plain.tsv');
    expect(doc.forms).toHaveLength(1);
    expect(doc.forms[0]).toMatchObject({ project_name: '丙项目' });
  });
});
