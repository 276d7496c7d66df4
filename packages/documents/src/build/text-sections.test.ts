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
