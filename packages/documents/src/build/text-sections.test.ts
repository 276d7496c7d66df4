import { describe, expect, it } from 'vitest';
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
