import { describe, expect, it } from 'vitest';
import { departmentTargetSchema, type DepartmentTarget } from '@jixiao/core';
import {
  DEPARTMENT_LISTS, blankListRow, filledDepartmentLists, insertListRow, listCellText, removeListRow, updateListRow,
  type DepartmentListColumn, type DepartmentListKey, type DepartmentListRow, type ListCell,
} from './department-lists';

const list = (key: DepartmentListKey) => DEPARTMENT_LISTS.find((l) => l.key === key)!;
const tasks: DepartmentListRow[] = [{ name: '收支管理', content: '组织预算收入', budget_wan: 1204.5 }];
const goals: DepartmentListRow[] = [{ title: '目标一', text: '规范预算编制' }, { title: '目标二', text: '加强监督' }];

describe('blankListRow', () => {
  it.each<[DepartmentListKey, DepartmentListRow]>([
    ['tasks', { name: '', content: null, budget_wan: null }],
    ['sub_goals', { title: '', text: '' }],
    ['measures', { title: '', text: '' }],
  ])('%s', (key, row) => {
    expect(blankListRow(list(key))).toEqual(row);
  });

  it('is a row the forms model accepts, so a form with a blank row still saves', () => {
    const form = departmentTargetSchema.parse({ kind: 'department_target', ...Object.fromEntries(DEPARTMENT_LISTS.map((l) => [l.key, [blankListRow(l)]])) });
    expect(form.tasks).toHaveLength(1);
    expect(form.sub_goals).toHaveLength(1);
    expect(form.measures).toHaveLength(1);
  });
});

describe('updateListRow', () => {
  it.each<[DepartmentListKey, DepartmentListRow[], string, ListCell, Partial<DepartmentListRow>]>([
    ['tasks', tasks, 'name', '', { name: '' }],
    ['tasks', tasks, 'content', '', { content: null }],
    ['tasks', tasks, 'content', '编制决算', { content: '编制决算' }],
    ['tasks', tasks, 'budget_wan', 88, { budget_wan: 88 }],
    ['tasks', tasks, 'budget_wan', null, { budget_wan: null }],
    ['tasks', tasks, 'budget_wan', Number.NaN, { budget_wan: null }],
    ['sub_goals', goals, 'text', '', { text: '' }],
    ['measures', goals, 'title', '完善制度建设', { title: '完善制度建设' }],
  ])('%s.%s ← %j', (key, rows, field, value, patch) => {
    const next = updateListRow(list(key), rows, 0, field, value);
    expect(next[0]).toEqual({ ...rows[0], ...patch });
    expect(next.slice(1)).toEqual(rows.slice(1));
  });

  it('leaves the other rows as they were and the input untouched', () => {
    const next = updateListRow(list('sub_goals'), goals, 1, 'text', '新内容');
    expect(next[0]).toBe(goals[0]);
    expect(goals[1]).toEqual({ title: '目标二', text: '加强监督' });
  });

  it('ignores a field the list does not have', () => {
    expect(updateListRow(list('sub_goals'), goals, 0, 'budget_wan', 5)).toEqual(goals);
  });
});

describe('insertListRow / removeListRow', () => {
  it.each<[number, string[]]>([
    [-1, ['', '目标一', '目标二']],
    [0, ['目标一', '', '目标二']],
    [1, ['目标一', '目标二', '']],
    [9, ['目标一', '目标二', '']],
  ])('inserts after %i', (after, titles) => {
    expect(insertListRow(list('sub_goals'), goals, after).map((r) => (r as { title: string }).title)).toEqual(titles);
  });

  it.each<[number, string[]]>([
    [0, ['目标二']],
    [1, ['目标一']],
    [5, ['目标一', '目标二']],
  ])('removes row %i', (index, titles) => {
    expect(removeListRow(goals, index).map((r) => (r as { title: string }).title)).toEqual(titles);
  });
});

describe('listCellText', () => {
  const [name, content, budget] = list('tasks').columns;
  it.each<[DepartmentListColumn, DepartmentListRow, string]>([
    [name!, tasks[0]!, '收支管理'],
    [content!, { name: 'x', content: null, budget_wan: null }, ''],
    [budget!, { name: 'x', content: null, budget_wan: 12345.678 }, '12,345.68'],
    [budget!, { name: 'x', content: null, budget_wan: null }, ''],
  ])('%o', (column, row, text) => {
    expect(listCellText(column, row)).toBe(text);
  });
});

describe('filledDepartmentLists', () => {
  const form = (patch: Partial<DepartmentTarget>) => departmentTargetSchema.parse({ kind: 'department_target', ...patch });
  it.each<[Partial<DepartmentTarget>, string[]]>([
    [{}, []],
    [{ sub_goals: goals as DepartmentTarget['sub_goals'] }, ['分项绩效目标']],
    [{ measures: goals as DepartmentTarget['measures'], tasks: tasks as DepartmentTarget['tasks'] }, ['年度主要任务', '工作保障措施']],
  ])('%j', (patch, labels) => {
    expect(filledDepartmentLists(form(patch)).map((l) => l.list.label)).toEqual(labels);
  });
});
