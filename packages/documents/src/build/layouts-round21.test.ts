import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import { readTextLayout } from '../text/read-text-layout';
import { reportTitleKind } from './form-titles';

// Layouts of corpus documents 332–340: a 自评报告 page with its table inside, a batch page of
// attachment captions, ditto marks in any column, monospace text with cells cut at their column's edge.

describe('reportTitleKind', () => {
  it.each([
    ['某某市统计局2024年度部门整体支出绩效自评报告', 'department_self_evaluation'],
    ['某某县民政局2024年度单位整体支出绩效评价报告', 'department_self_evaluation'],
    ['2024年度职业技能提升培训补贴项目绩效自评报告', 'project_self_evaluation'],
    ['某某区2024年度专项资金绩效评价报告（终稿）', 'project_self_evaluation'],
    // Not a report title: a form title, a sentence, a report naming no kind.
    ['部门整体支出绩效自评表', null],
    ['现将自评报告公开如下，请予监督。', null],
    ['2024年度绩效自评报告', null],
  ])('%s', (title, want) => {
    expect(reportTitleKind(title)).toBe(want);
  });
});

describe('a 自评报告 page with an untitled table inside', () => {
  it('takes the kind, unit and year from the report title, not from the table header', () => {
    const text = ['某某市统计局2024年度部门整体支出绩效自评报告', '一、部门基本情况', '本部门内设科室8个。',
      '一级指标\t二级指标\t三级指标\t分值\t年度指标值\t实际完成值\t得分',
      '产出指标\t数量指标\t统计调查项目完成数\t15\t≥28项\t30项\t15', '总分\t\t\t100\t\t\t98.4'].join('\n');
    const form = importText(text, 'r.txt').forms[0]!;
    expect([form.kind, form.org, form.fiscal_year]).toEqual(['department_self_evaluation', '某某市统计局', 2024]);
    expect(form.kind === 'department_self_evaluation' && form.total_score).toBe(98.4);
  });
});

describe('a department\'s targets page whose opening line is the title', () => {
  it('takes the unit and year from the line', () => {
    const text = ['某某县教育局2025年部门整体支出绩效目标', '一、部门职能', '负责全县教育工作。',
      '一级指标\t二级指标\t三级指标\t指标值', '产出指标\t数量指标\t在校学生数\t≥42000人'].join('\n');
    const form = importText(text, 'p.txt').forms[0]!;
    expect([form.kind, form.org, form.fiscal_year]).toEqual(['department_target', '某某县教育局', 2025]);
  });
});

describe('a batch page naming each project only in its attachment caption', () => {
  it('names each form after the caption above its table', () => {
    const table = (name: string) => [`附件3-1 ${name}`, '主管部门\t某某县城市管理局\t实施单位\t某某县环卫中心',
      '一级指标\t二级指标\t三级指标\t指标值', '产出指标\t数量指标\t保洁面积\t≥320万平方米', ''];
    const text = ['附件3：2025年县级部门项目支出绩效目标表', '', ...table('城区环卫保洁项目'), ...table('农村公路养护项目')].join('\n');
    const forms = importText(text, 'b.txt').forms;
    expect(forms.map((f) => f.kind === 'project_target' && f.project_name)).toEqual(['城区环卫保洁项目', '农村公路养护项目']);
  });
});

describe('ditto marks outside the level columns', () => {
  it('repeat the same column of the row above (unit, 指标性质, weight, note)', () => {
    const text = ['2025年项目支出绩效目标表', '项目名称\t甲项目',
      '一级指标\t二级指标\t三级指标\t指标性质\t指标值\t计量单位\t权重\t指标值说明',
      '产出指标\t数量指标\t新建户厕数量\t≥\t1500\t户\t15\t以台账为准',
      '〃\t〃\t改造公厕数量\t同上\t45\t座\t〃\t同上',
      '〃\t质量指标\t改厕验收合格率\t≥\t95\t%\t10\t抽查',
      '〃\t〃\t粪污处理率\t〃\t90\t〃\t〃\t按月统计'].join('\n');
    const rows = importText(text, 'd.txt').forms[0]!.indicators;
    expect(rows.map((i) => [i.level2, i.comparator, i.unit, i.weight, i.description])).toEqual([
      ['数量指标', '>=', '户', 15, '以台账为准'], ['数量指标', '>=', '座', 15, '以台账为准'],
      ['质量指标', '>=', '%', 10, '抽查'], ['质量指标', '>=', '%', 10, '按月统计'],
    ]);
  });
});

describe('指标值 as one caption over the sign, the number and the unit', () => {
  it('reads the caption\'s column as 指标性质, the next as the value and the one after it as the unit', () => {
    const text = ['2025年项目支出绩效目标表', '项目名称\t甲项目\t\t\t\t\t',
      '一级指标\t二级指标\t三级指标\t指标值\t\t\t权重',
      '产出指标\t数量指标\t维修供水工程\t≥\t48\t处\t20',
      '\t时效指标\t完成时间\t\t2025年11月底前\t\t10'].join('\n');
    const rows = importText(text, 's.txt').forms[0]!.indicators;
    expect(rows.map((i) => [i.name, i.comparator, i.target, i.unit, i.weight])).toEqual([
      ['维修供水工程', '>=', '48', '处', 20], ['完成时间', 'qualitative', '2025年11月底前', null, 10],
    ]);
  });

  it('leaves a value column with a blank column beside it alone when the value is whole', () => {
    const text = ['2025年项目支出绩效目标表', '项目名称\t甲项目',
      '一级指标\t二级指标\t三级指标\t指标值\t\t权重', '产出指标\t数量指标\t培训人次\t≥300人次\t\t20'].join('\n');
    const rows = importText(text, 'w.txt').forms[0]!.indicators;
    expect(rows.map((i) => [i.comparator, i.target, i.unit, i.weight])).toEqual([['>=', '300', '人次', 20]]);
  });
});

describe('monospace text: cells cut at their column\'s edge', () => {
  const rows = (text: string) => readTextLayout(text).blocks.filter((b) => b.kind === 'table').map((b) => b.rows!.map((r) => r.cells.map((c) => c.text)));

  it('keeps a label line under a shorter caption as a row of its own', () => {
    const text = '项目名称    城区老旧小区改造          主管部门    某某市住建局\n实施单位    某某市城市更新服务中心\n';
    expect(rows(text)).toEqual([[['项目名称', '城区老旧小区改造', '主管部门', '某某市住建局'], ['实施单位', '某某市城市更新服务中心', '', '']]]);
  });

  it('joins values and a reason cut where their columns end, and sentences under captions', () => {
    const text = [
      '年度总体目标  预期目标              实际完成情况',
      '              完成18个小区改造，涉  完成18个小区改造，惠',
      '              及居民3200户。        及居民3260户。',
      '',
      '三级指标          年度指标值  实际完成值  分值  偏差原因',
      '改造小区数量      ≥18个       18个        15',
      '改造工程完工时间  2024年11月  2024年12月  10    协调时间较长，工期',
      '                  底前        20日              延后。',
      '受益户数          ≥3200户     3260户      15',
    ].join('\n');
    expect(rows(text)).toEqual([
      [['年度总体目标', '预期目标', '实际完成情况'], ['', '完成18个小区改造，涉\n及居民3200户。', '完成18个小区改造，惠\n及居民3260户。']],
      [['三级指标', '年度指标值', '实际完成值', '分值', '偏差原因'], ['改造小区数量', '≥18个', '18个', '15', ''],
        ['改造工程完工时间', '2024年11月\n底前', '2024年12月\n20日', '10', '协调时间较长，工期\n延后。'], ['受益户数', '≥3200户', '3260户', '15', '']],
    ]);
  });
});
