import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importText } from '../import/import-file';
import { copyClean, type GridCell } from './flatten-source';
import { totalOf } from './header-field-reader';
import { levelPair } from './level-cells';

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

  it.each([
    // A blank 计量单位 in mid-row: the 权重 and 备注 after it stay in their own columns.
    [['三级指标', '指标值', '计量单位', '权重', '备注',
      '培训人次', '≥100', '人次', '10', '按季度统计', '群众满意度', '≥90', '', '10', '问卷调查', '设备完好率', '≥95', '%', '10', '无'],
    [['培训人次', '100', '人次', 10], ['群众满意度', '90', null, 10], ['设备完好率', '95', '%', 10]]],
    // A blank 备注 in mid-table: the next name opens the next row, not the note.
    [['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '计量单位', '备注',
      '产出指标', '数量指标', '新建公厕', '≥', '12', '座', '', '改造公厕', '≥', '30', '座', '含乡镇', '效益指标', '社会效益指标', '环境改善', '定性', '明显改善', '', ''],
    [['新建公厕', '12', '座', null], ['改造公厕', '30', '座', null], ['环境改善', '明显改善', null, null]]],
  ])('keeps columns when a cell in mid-row is empty (%#)', (cells, want) => {
    const doc = importText(lines('某某县2025年项目支出绩效目标表', '项目名称', '某项目', ...cells.filter((c) => c !== '')), 'b.txt');
    expect(doc.forms[0]!.indicators.map((i) => [i.name, i.target, i.unit, i.weight])).toEqual(want);
  });

  it('takes a line right under another (no blank line between) for the same cell wrapped', () => {
    const text = lines('某某县2025年项目支出绩效目标表', '项目名称', '某项目', '一级指标', '二级指标', '三级指标', '指标值', '计量单位',
      '产出指标', '数量指标', '农村公路日常养护\n里程', '≥1850', '公里', '危桥改造数量', '=6', '座');
    expect(importText(text, 'w.txt').forms[0]!.indicators.map((i) => [i.level2, i.name.replace(/\n/g, ''), i.target])).toEqual([
      ['数量指标', '农村公路日常养护里程', '1850'], ['数量指标', '危桥改造数量', '6'],
    ]);
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

describe('blank-line tables with empty cells anywhere after the name', () => {
  const NAMES = ['培训人次', '覆盖村数', '设备完好率', '群众满意度', '项目完工时间', '开展科普活动', '新建公厕', '举办培训班', '改造老旧小区', '安装路灯'];
  const QUANT: Array<[string, string]> = [['≥100', '人次'], ['≥95', '%'], ['=12', '个'], ['≤3', '天'], ['≥1.5', '万人'], ['100', '%']];
  const QUAL = ['明显改善', '有效提升', '2025年底前', '持续清零', '90%-95%'];
  const NOTES = ['按季度统计', '问卷调查', '含10个乡镇', '无', '上年完成98%', '2024年数据', '详见方案'];
  const LEVELS: Array<[string, string]> = [['产出指标', '数量指标'], ['产出指标', '质量指标'], ['产出指标', '时效指标'], ['效益指标', '社会效益指标'], ['满意度指标', '服务对象满意度指标']];
  const rowArb = fc.record({
    qualitative: fc.boolean(), quant: fc.constantFrom(...QUANT), qual: fc.constantFrom(...QUAL),
    unitBlank: fc.boolean(), weight: fc.constantFrom('5', '10', '15'), note: fc.option(fc.constantFrom(...NOTES), { nil: '' }),
  });
  const tableArb = fc.record({
    nature: fc.boolean(), unit: fc.boolean(), weight: fc.boolean(), note: fc.boolean(),
    rows: fc.array(rowArb, { minLength: 3, maxLength: 8 }), names: fc.shuffledSubarray(NAMES, { minLength: 8, maxLength: 8 }),
  });

  it('finds every row and its weight, whatever cells are left without a line', () => {
    fc.assert(fc.property(tableArb, (t) => {
      const header = ['一级指标', '二级指标', '三级指标', ...(t.nature ? ['指标性质'] : []), '指标值', ...(t.unit ? ['计量单位'] : []), ...(t.weight ? ['权重'] : []), ...(t.note ? ['备注'] : [])];
      const cells = [...header];
      let last: [string, string] | null = null;
      t.rows.forEach((r, i) => {
        const levels = LEVELS[Math.floor((i * LEVELS.length) / t.rows.length)]!;
        const [value, unit] = r.qualitative ? [r.qual, ''] : r.quant;
        cells.push(levels[0] !== last?.[0] ? levels[0] : '', levels !== last ? levels[1] : '', t.names[i]!);
        last = levels;
        if (t.nature) cells.push(r.qualitative ? '定性' : /^[≥≤=]/.test(value) ? value[0]! : '=');
        cells.push(t.nature ? value.replace(/^[≥≤=]/, '') : value);
        if (t.unit) cells.push(r.unitBlank ? '' : unit);
        if (t.weight) cells.push(r.weight);
        if (t.note) cells.push(r.note);
      });
      const doc = importText(lines('某某县2025年项目支出绩效目标表', '项目名称', '某项目', ...cells.filter((c) => c !== '')), 'f.txt');
      const got = doc.forms[0]!.indicators.map((i) => [i.name, i.weight]);
      expect(got).toEqual(t.rows.map((r, i) => [t.names[i], t.weight ? Number(r.weight) : null]));
    }), { seed: 20251122, numRuns: 150 });
  });
});


describe('captions the page broke over two lines, between blank lines', () => {
  it('reads 一级⏎指标 / 指标⏎值 / 计量⏎单位 as the captions they are', () => {
    const text = lines('项目支出绩效目标表', '项目名称', '甲项目', '一级\n指标', '二级\n指标', '三级\n指标', '指标\n值', '计量\n单位',
      '产出指标', '数量指标', '检查次数', '≥4', '次', '培训人数', '≥300', '人');
    const form = importText(text, 't.txt').forms[0]!;
    expect(form.indicators.map((i) => [i.level1, i.level2, i.name, i.comparator, i.target, i.unit])).toEqual([
      ['产出指标', '数量指标', '检查次数', '>=', '4', '次'],
      ['产出指标', '数量指标', '培训人数', '>=', '300', '人'],
    ]);
  });
});

describe('a PDF viewer\'s copy of several units\' tables (one cell a line, no blank lines)', () => {
  const unit = (name: string, budget: string, first: string) => [name, '部门预算总额（万元）', budget, '一级指标', '二级指标', '三级指标', '指标值', '计量单位',
    '产出指标', '数量指标', first, '≥12', '万人', '满意度指标', '服务对象满意度指标', '群众满意度', '≥90', '%'];

  it('ends a unit\'s table at the line naming the next unit', () => {
    const text = ['关于2025年县级部门整体支出绩效目标的公示', ...unit('某某县卫生健康局', '5,810.00', '家庭医生签约人数'), ...unit('某某县民政局', '2,300.00', '救助人数')].join('\n');
    const doc = importText(text, 'v.txt');
    expect(doc.forms.map((f) => [f.org, 'budget_total_wan' in f ? f.budget_total_wan : null, f.indicators.map((i) => [i.name, i.unit])])).toEqual([
      ['某某县卫生健康局', 5810, [['家庭医生签约人数', '万人'], ['群众满意度', '%']]],
      ['某某县民政局', 2300, [['救助人数', '万人'], ['群众满意度', '%']]],
    ]);
  });
});

describe('a page listing several units, one cell per line', () => {
  const unit = (name: string, indicator: string) => [
    name, '部门预算总额（万元）', '3,265.40', '年度整体绩效目标', '完成年度工作任务。',
    '一级指标', '二级指标', '三级指标', '指标值', '计量单位',
    '产出指标', '数量指标', indicator, '≥2', '次', '新建高标准农田面积', '≥2', '万亩',
    '满意度指标', '服务对象满意度指标', '农户满意度', '≥90', '%',
  ];
  // An indicator whose name ends like a unit's (…会, …室, …镇) stays a row: a unit's line opens a table only where one follows.
  it.each(['召开农业技术座谈会', '新建村卫生室', '覆盖全县乡镇'])('%s is a row of the first unit', (indicator) => {
    const doc = importText(['某某县财政局关于2025年县级部门整体支出绩效目标的公示', ...unit('某某县农业农村局', indicator), ...unit('某某县卫生健康局', '举办健康讲座')].join('\n'), 'u.txt');
    expect(doc.forms.map((f) => [f.org, f.indicators.length])).toEqual([['某某县农业农村局', 3], ['某某县卫生健康局', 3]]);
    expect(doc.forms[0]!.indicators.map((i) => i.name)).toContain(indicator);
  });
});
