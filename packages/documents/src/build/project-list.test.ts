import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';

// A workbook's 汇总 sheet lists the projects whose forms follow.
const SUMMARY = [
  '某某县交通运输局2025年项目支出绩效目标汇总表',
  '序号\t项目编码\t项目名称\t实施单位\t年度预算\t年度绩效目标',
  '1\tP01\t农村公路养护\t某某县农村公路管理所\t420\t完成日常养护1380公里',
  '2\tP02\t城乡客运补贴\t某某县道路运输服务中心\t186.5\t保障42条班线运营',
  '合计\t\t\t\t606.5\t',
].join('\n');

const FORM = [
  '',
  '项目支出绩效目标表（2025年度）',
  '项目名称\t农村公路养护',
  '年度预算\t420',
  '一级指标\t二级指标\t三级指标\t指标值',
  '产出指标\t数量指标\t日常养护里程\t≥1380公里',
].join('\n');

describe('lists of projects', () => {
  it('gives no form for a 汇总 table listing the projects, only for the forms after it', () => {
    const doc = importText(SUMMARY + '\n' + FORM, 'summary.tsv');
    expect(doc.forms.map((f) => ['project_name' in f ? f.project_name : null, f.indicators.length])).toEqual([['农村公路养护', 1]]);
  });

  it.each([
    ['captions over one project\'s values', '项目支出绩效目标表\n项目编码\t项目名称\t年度预算\nP01\t农村公路养护\t420\n', ['农村公路养护']],
    ['a list with one project', SUMMARY.split('\n').slice(0, 3).join('\n'), ['农村公路养护']],
  ])('keeps the header block of %s', (_what, text, names) => {
    expect(importText(text, 'one.tsv').forms.map((f) => ('project_name' in f ? f.project_name : null))).toEqual(names);
  });
});
