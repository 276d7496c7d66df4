import { describe, expect, it } from 'vitest';
import type { Form } from '../forms/forms-schema';
import { makePolicy } from '../policy/policy';
import { findPrivateData } from './check-private-data';
import { dt, funds, KC, LZ, Q, r, split, SX } from './held-out-forms/form-case-types';
import { reviewForm } from './review-forms';

/**
 * Held-out whole forms set 52F (session 23): the department-target causes fixed after measuring, with guards, in an area the
 * set does not hold (a 区园林绿化管理中心 整体绩效目标表: 960 = 基本600 + 项目360).
 */
const codesAt = (form: Form, field: string) =>
  reviewForm(form, 0, { policy: makePolicy({}), publishing: true }).filter((f) => f.field === field).map((f) => `${f.code}@${f.row ?? '-'}`);

const ROWS = [
  r(LZ, '重点工作', '新增城市绿地', '>=', '12', '公顷', 30), r(LZ, '重点工作', '行道树补植', '>=', '1800', '株', 20),
  r('管理效率', '预算执行', '部门预算执行率', '>=', '95', '%', 10), r(SX, '服务对象满意度', '市民满意度', '>=', '90', '%', 20),
  r(KC, '长效机制', '绿地养护管理机制', Q, '持续完善', null, 20),
];
const GOAL = '全年新增城市绿地12公顷，补植行道树1800株，市民满意度90%以上。';
const TASKS = [
  { name: '城市绿地建设', content: '新增城市绿地12公顷。', budget_wan: 240 },
  { name: '行道树补植', content: '补植行道树1800株。', budget_wan: 120 },
];
const parks = (fields: Record<string, unknown> = {}) => dt({
  fiscal_year: 2026, org: '区园林绿化管理中心', budget_total_wan: 960, fund_sources: funds(960, null, null), structure: split(600, 360),
  goal: GOAL, tasks: TASKS, indicators: ROWS, ...fields,
});

describe('whole forms set 52F: task budgets against 项目支出', () => {
  it('guard: tasks above 项目支出 but within the total are quiet (tasks may be paid in part from 基本支出)', () => {
    expect(codesAt(parks({ tasks: [TASKS[0], { ...TASKS[1]!, budget_wan: 150 }] }), 'tasks')).toEqual([]);
  });
  it('tasks above the total are reported; a closing 合计 row is quiet', () => {
    expect(codesAt(parks({ tasks: [{ name: '人员和公用经费', content: '保障在职人员工资。', budget_wan: 700 }, ...TASKS] }), 'tasks')).toEqual(['budget_arithmetic@-']);
    expect(codesAt(parks({ tasks: [...TASKS, { name: '合计', content: '', budget_wan: 360 }] }), 'tasks')).toEqual([]);
  });
});

describe('whole forms set 52F: the goal restating 基本支出 / 项目支出', () => {
  it('a 项目支出 or 基本支出 in the goal other than the structure is reported', () => {
    expect(codesAt(parks({ goal: `2026年部门预算960万元，其中项目支出380万元。${GOAL}` }), 'goal')).toEqual(['budget_arithmetic@-']);
    expect(codesAt(parks({ goal: `基本支出620万元。${GOAL}` }), 'goal')).toEqual(['budget_arithmetic@-']);
  });
  it('guard: the structure restated, another level\'s or an approximate amount is quiet', () => {
    expect(codesAt(parks({ goal: `其中基本支出600万元、项目支出360万元。${GOAL}` }), 'goal')).toEqual([]);
    expect(codesAt(parks({ goal: `争取市级补助项目支出80万元，项目支出约400万元。${GOAL}` }), 'goal')).toEqual([]);
  });
});

describe('whole forms set 52F: three full names listed together', () => {
  it('names a list of people whatever introduces it', () => {
    expect(findPrivateData('安排养护工何建国、罗玉珍、邓志刚分片巡查。').map((h) => h.kind)).toContain('name');
    expect(findPrivateData('由邓春林、何秀英、罗永江3人负责。').map((h) => h.kind)).toContain('name');
  });
  it('guard: places, plants and clan villages in a list of three are no people', () => {
    expect(findPrivateData('在万州区、涪陵区、黔江区设点。')).toEqual([]);
    expect(findPrivateData('在杨家坪、李家沱、陈家湾设点。')).toEqual([]);
    expect(findPrivateData('栽植黄桷树、银杏树、香樟树和马铃薯、胡萝卜、黄花菜。')).toEqual([]);
    expect(findPrivateData('修缮龙王山、黄金山、罗汉寺步道。')).toEqual([]);
  });
});
