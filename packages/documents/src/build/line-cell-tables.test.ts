import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import { copyClean, type GridCell } from './flatten-source';
import { totalOf } from './header-fields';
import { levelPair } from './indicator-rows';

const row = (...texts: string[]): GridCell[] => texts.map((text, start) => ({ text, start, span: 1, merged: false }));
// Web text with every cell on a line of its own, blank lines between all of them.
const lines = (...cells: string[]): string => cells.join('\n\n');

describe('copy-paste artefacts', () => {
  it.each([
    ['农村人居环境\u00ad整治\u200b提升', '农村人居环境整治提升'],
    ['\ufeff项目名称\u2060', '项目名称'],
    ['1 200户', '1200户'],
    ['≤1\u3000500元/户', '≤1500元/户'],
    ['1\u00a0000\u00a0000', '1000000'],
    ['2025年 100所', '2025年 100所'],
    ['完成 20个', '完成 20个'],
    ['1.5 300', '1.5 300'],
  ])('copyClean(%j)', (text, want) => {
    expect(copyClean(text)).toBe(want);
  });
});

describe('total rows', () => {
  it.each([
    [row('合计', '', '94.7', '100'), true, '94.7'],
    [row('合计', '', '100', '94.7'), false, '94.7'],
    [row('总分', '98'), true, '98'],
    [row('部门预算总额', '合计', '12,500.00'), false, undefined],
  ])('totalOf(%#)', (cells, scoreFirst, want) => {
    expect(totalOf(cells, scoreFirst)).toBe(want);
  });
});

describe('tables whose cells are set apart by blank lines only', () => {
  const target = lines(
    '某某市2025年项目支出绩效目标表', '项目名称', '造林项目', '主管部门', '某某市林业局', '实施单位', '某某林场',
    '项目资金（万元）', '年度资金总额', '600.00', '年度绩效目标', '完成造林5000亩。',
    '一级指标', '二级指标', '三级指标', '指标值',
    '产出指标', '数量指标', '造林面积', '≥5000亩', '抚育面积', '≥1万亩', '质量指标', '成活率', '≥85%',
    '满意度指标', '服务对象满意度指标', '群众满意度', '≥90%',
  );

  it('rebuilds the rows from the header columns, levels carried down', () => {
    const form = importText(target, 't.txt').forms[0]!;
    expect(form.indicators.map((i) => [i.level1, i.level2, i.name, i.comparator, i.target, i.unit])).toEqual([
      ['产出指标', '数量指标', '造林面积', '>=', '5000', '亩'],
      ['产出指标', '数量指标', '抚育面积', '>=', '1', '万亩'],
      ['产出指标', '质量指标', '成活率', '>=', '85', '%'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '>=', '90', '%'],
    ]);
    expect(form).toMatchObject({ project_name: '造林项目', org: '某某林场', department: '某某市林业局', budget_total_wan: 600, goal: '完成造林5000亩。' });
  });

  it.each([
    // A trailing reason cell left empty has no line: the next row's level shows where it ends.
    [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '偏差原因',
      '产出指标', '数量指标', '培训人次', '≥100人次', '90人次', '报名不足', '效益指标', '社会效益指标', '就业率', '≥80%', '85%'],
    [['培训人次', '报名不足'], ['就业率', null]]],
    // 总分 | 100 | 98 closes the table.
    [['三级指标', '指标值', '分值', '得分', '群众满意度', '≥90%', '10', '9', '总分', '100', '98'], [['群众满意度', null]]],
  ])('rows of %j', (cells, want) => {
    const doc = importText(lines('2024年度项目支出绩效自评表', '项目名称', '某项目', ...cells), 's.txt');
    expect(doc.forms[0]!.indicators.map((i) => [i.name, i.reason])).toEqual(want);
  });

  it('leaves prose with a few short lines alone', () => {
    const doc = importText(lines('某某局2025年项目支出绩效目标表', '一级指标', '说明文字，不是表格。'), 'p.txt');
    expect(doc.forms.flatMap((f) => f.indicators)).toEqual([]);
  });
});

describe('numbered indicator names', () => {
  it('drops 1. / （1） / ① in front of a name, as in front of a level', () => {
    const doc = importText(['2025年项目支出绩效目标表', '一级指标\t三级指标\t指标值', '产出\t1.活动场次\t≥120场', '\t（2）覆盖人数\t≥3万人', '满意度\t①群众满意度\t≥90%', '效益\t1.5米以上道路占比\t≥80%'].join('\n'), 'n.tsv');
    expect(doc.forms[0]!.indicators.map((i) => i.name)).toEqual(['活动场次', '覆盖人数', '群众满意度', '1.5米以上道路占比']);
  });
});

describe('both levels in one level cell', () => {
  it.each([
    ['产出指标—数量指标', ['产出指标', '数量指标']],
    ['效益-社会效益', ['效益', '社会效益']],
    ['满意度指标/服务对象满意度指标', ['满意度指标', '服务对象满意度指标']],
    ['产出指标', null],
    ['一般性项目-基础办公类', null],
  ])('levelPair(%s)', (text, want) => {
    expect(levelPair(text)).toEqual(want);
  });
});

describe('columns known and not read', () => {
  it.each([
    ['序号', false],
    ['改进措施', false],
    ['考核部门', true],
  ])('%s warns: %s', (caption, warns) => {
    const doc = importText(['2024年度项目支出绩效自评表', `三级指标\t年度指标值\t实际完成值\t${caption}`, '培训人次\t≥100人次\t120人次\t1'].join('\n'), 'w.tsv');
    expect(doc.warnings.some((w) => w.code === 'column_unknown')).toBe(warns);
  });
});
