import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import { listItemsOfCell } from './text-sections';

describe('listItemsOfCell', () => {
  it.each([
    { name: 'numbered items run together in one cell', cell: '1.加强组织领导。成立专班。2.强化预算执行。按月通报。', want: [{ title: '加强组织领导', text: '成立专班。' }, { title: '强化预算执行', text: '按月通报。' }] },
    { name: 'Chinese enumerators set apart by semicolons', cell: '（一）强化资金监管；（二）加强技术指导；', want: [{ title: '强化资金监管', text: '' }, { title: '加强技术指导', text: '' }] },
    { name: 'one item per line', cell: '一、完善制度\n二、规范流程', want: [{ title: '完善制度', text: '' }, { title: '规范流程', text: '' }] },
    { name: 'a cell without numbers is one item', cell: '严格执行财务制度。', want: [{ title: '严格执行财务制度', text: '' }] },
    { name: 'decimals are no item numbers', cell: '1.空气优良率达到92.5%。2.水质达标。', want: [{ title: '空气优良率达到92.5%', text: '' }, { title: '水质达标', text: '' }] },
  ])('$name', ({ cell, want }) => {
    expect(listItemsOfCell(cell)).toEqual(want);
  });
});

describe('text sections', () => {
  it('a numbered caption line (五、绩效指标) ends the list or text above it', () => {
    const doc = importText(
      '2025年部门整体支出绩效目标表\n\n一、年度绩效目标\n完成审计项目25个。\n二、工作保障措施\n（一）加强组织领导。成立工作专班。\n三、绩效指标\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t检查次数\t≥4次\n',
      't.tsv',
    );
    const form = doc.forms[0]!;
    expect(form.kind === 'department_target' && [form.goal, form.measures]).toEqual(['完成审计项目25个。', [{ title: '加强组织领导', text: '成立工作专班。' }]]);
  });
});

describe('年度主要任务 written as label lines', () => {
  const head = ['某某局2025年部门整体支出绩效目标表', '部门名称：某某局', '部门编码：118001', '年度主要任务'];
  const table = ['一级指标\t二级指标\t三级指标\t指标值', '产出指标\t数量指标\t培训人次\t≥100人次'];
  it.each([
    {
      name: 'one field a line',
      lines: ['任务名称：道路养护', '主要内容：日常养护1,850公里', '预算金额（万元）：1,200.00', '任务名称：执法检查', '主要内容：路政巡查', '预算金额（元）：600,000.00'],
      want: [{ name: '道路养护', content: '日常养护1,850公里', budget_wan: 1200 }, { name: '执法检查', content: '路政巡查', budget_wan: 60 }],
    },
    {
      name: 'one task a line, fields set apart by ；',
      lines: ['任务名称：道路养护；主要内容：日常养护；预算金额：1200万元'],
      want: [{ name: '道路养护', content: '日常养护', budget_wan: 1200 }],
    },
  ])('$name', ({ lines, want }) => {
    const form = importText([...head, ...lines, ...table].join('\n'), 't.txt').forms[0]!;
    expect(form).toMatchObject({ kind: 'department_target', org: '某某局', org_code: '118001', tasks: want });
  });
});

describe('a label：value line inside a text section', () => {
  it('starts its own field instead of running on in the section above', () => {
    const text = '项目支出绩效自评表（2024年度）\n项目名称：测试项目\n二、年度总体目标完成情况\n年度总体目标：完成12处工程改造。\n实际完成情况：完成12处，受益3.8万人。\n' +
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t数量指标\t改造数量\t=12处\t12处\t90\t90\n';
    const form = importText(text, 't.txt').forms[0]!;
    if (form.kind !== 'project_self_evaluation') throw new Error(form.kind);
    expect(form.goal).toBe('完成12处工程改造。');
    expect(form.goal_outcome).toBe('完成12处，受益3.8万人。');
  });
});
