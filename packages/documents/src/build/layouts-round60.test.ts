import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import { repairCopiedLines } from '../text/repair-copied-lines';

// Layouts of corpus documents 608–613 (the seeds' own extraction styles): a TSV text cell going on in a line
// with no TAB, a level printed alone after a page gap, and a unit line that also states the money unit.

const B = (s: string) => `<b>${s}</b>`;
const projectTable = (goalLines: string[]) => [
  '# 1、义务教育公用经费绩效目标表',
  '',
  '412001 清苑区教育局机关',
  '',
  [B('项目编码'), '412-2101-XMZ-0035', '', B('项目名称'), '义务教育公用经费', ''].join('\t'),
  [B('预算规模及资金用途'), B('预算数'), '1,326.40', B('其中 财政资金'), '1,326.40', B('其他资金')].join('\t'),
  ...goalLines,
  [B('一级指标'), B('二级指标'), B('三级指标'), B('绩效指标描述'), B('指标值'), B('指标值确定依据')].join('\t'),
  ['产出指标', '数量指标', '保障学生人数', '在校学生人数', '=28650 人', '学籍统计'].join('\t'),
  ['', '质量指标', '拨付准确率', '按标准拨付', '=100%', '工作计划'].join('\t'),
  ['满意度指标', '服务对象满意度指标', '家长满意度', '问卷', '≥90%', '问卷调查'].join('\t'),
].join('\n');

describe('a TSV text cell going on in a line with no TAB', () => {
  it('joins the line to the cell above, not to the header below it', () => {
    const text = projectTable([[B('绩效目标'), '1、保障学校正常运转，公用经费足额拨付；', '', '', '', ''].join('\t'), '2、改善办学条件，提高教育质量。']);
    const form = importText(text, 'a.md').forms[0] as unknown as { goal: string; indicators: Array<{ level1: string | null; name: string }> };
    expect(form.goal.replace(/\s/g, '')).toBe('1、保障学校正常运转，公用经费足额拨付；2、改善办学条件，提高教育质量。');
    expect(form.indicators.map((r) => [r.level1, r.name])).toEqual([['产出指标', '保障学生人数'], ['产出指标', '拨付准确率'], ['满意度指标', '家长满意度']]);
  });

  it('goes on with the next numbered item after a cell its sentence closed', () => {
    const { lines } = repairCopiedLines(['绩效目标\t1、完成全年管护任务。\t\t', '2、保障设施完好运行。', '一级指标\t二级指标\t三级指标\t指标值', '产出指标\t数量指标\t管护面积\t≥4万亩']);
    expect(lines[0]).toBe('绩效目标\t1、完成全年管护任务。\n2、保障设施完好运行。\t\t');
    expect(lines[1]).toBe('一级指标\t二级指标\t三级指标\t指标值');
  });

  it('leaves a label cut in two to the row below it (guard)', () => {
    const { lines } = repairCopiedLines(['项目名称\t某某项目经费\t主管部门\t某局\t\t', '实施', '单位\t某中心\t资金\t12\t\t', '一级指标\t二级指标\t三级指标\t指标值\t\t']);
    expect(lines).toContain('实施\n单位\t某中心\t资金\t12\t\t');
    expect(lines[0]).toBe('项目名称\t某某项目经费\t主管部门\t某局\t\t');
  });

  it('leaves a finished sentence alone when the line opens no numbered item (guard)', () => {
    const raw = ['年度目标\t完成全年管护任务，保障设施完好运行。\t\t', '附注', '一级指标\t二级指标\t三级指标\t指标值', '产出指标\t数量指标\t管护面积\t≥4万亩'];
    expect(repairCopiedLines(raw).lines[0]).toBe(raw[0]);
  });
});

describe('a level printed alone after a page gap', () => {
  const rows = (lone: string) => [
    '一级指标\t二级指标\t三级指标\t指标值\t指标值说明',
    '投入管理指标\t预算和财务管理\t预算执行率\t≥95%\t预算执行率=预算完成数/预算数',
    '\t\t结转结余率\t≤10%\t结转结余总额/预算数',
    '', '', lone, '',
    '\t\t绩效自评完成率\t100%\t已完成自评项目数量/项目总数',
    '\t\t评价结果应用率\t100%\t',
    '产出指标\t重点工作任务完成\t抽检批次\t≥1200批次\t',
  ];

  it.each([['after a TAB (a one-cell row)', '\t绩效管理'], ['at the margin (a text line)', '绩效管理']])('%s', (_what, lone) => {
    const text = `部门（单位）整体绩效目标表\n${rows(lone).join('\n')}`;
    const form = importText(text, 'a.md').forms[0]!;
    expect(form.indicators.map((r) => [r.level1, r.level2, r.name])).toEqual([
      ['投入管理指标', '预算和财务管理', '预算执行率'],
      ['投入管理指标', '预算和财务管理', '结转结余率'],
      ['投入管理指标', '绩效管理', '绩效自评完成率'],
      ['投入管理指标', '绩效管理', '评价结果应用率'],
      ['产出指标', '重点工作任务完成', '抽检批次'],
    ]);
  });

  it('leaves a cell wrapped onto the line right under its row (guard)', () => {
    const text = ['项目支出绩效目标表', '一级指标\t二级指标\t三级指标\t指标值\t指标值说明', '产出指标\t数量指标\t整治数量\t=12个\t以区住建委验收清单', '为准', '\t\t管网长度\t≥8.6公里\t按竣工图纸测算'].join('\n');
    const form = importText(text, 'a.txt').forms[0]!;
    expect(form.indicators.map((r) => [r.level2, r.name, r.description?.replace(/\s/g, '')])).toEqual([['数量指标', '整治数量', '以区住建委验收清单为准'], ['数量指标', '管网长度', '按竣工图纸测算']]);
  });

  it('leaves rows that fill their own level cells under a line between two tables (guard)', () => {
    const text = ['项目支出绩效目标表', '一级指标\t二级指标\t三级指标\t指标值', '产出指标\t数量指标\t整治数量\t12个', '', '附表说明', '', '效益指标\t社会效益指标\t群众满意度\t≥90%'].join('\n');
    const form = importText(text, 'a.txt').forms[0]!;
    expect(form.indicators.map((r) => [r.level1, r.level2, r.name])).toEqual([['产出指标', '数量指标', '整治数量'], ['效益指标', '社会效益指标', '群众满意度']]);
  });
});

describe('a unit line that also states the money unit', () => {
  it('takes the code and unit, not the money unit after the gap', () => {
    const text = projectTable([[B('绩效目标'), '保障学校正常运转。', '', '', '', ''].join('\t')]).replace('412001 清苑区教育局机关', '412001 清苑区教育局机关　　　　单位：万元');
    const form = importText(text, 'a.md').forms[0] as unknown as Record<string, unknown>;
    expect([form.org_code, form.org, form.budget_total_wan]).toEqual(['412001', '清苑区教育局机关', 1326.4]);
  });

  it('keeps a unit name holding 单位 with no money unit after it (guard)', () => {
    const text = projectTable([[B('绩效目标'), '保障学校正常运转。', '', '', '', ''].join('\t')]).replace('412001 清苑区教育局机关', '412001 清苑区教育局直属单位');
    const form = importText(text, 'a.md').forms[0] as unknown as Record<string, unknown>;
    expect([form.org_code, form.org]).toEqual(['412001', '清苑区教育局直属单位']);
  });
});
