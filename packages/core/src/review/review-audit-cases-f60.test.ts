import { describe, expect, it } from 'vitest';
import type { Indicator } from '../forms/forms-schema';
import { makePolicy } from '../policy/policy';
import { B, C, dt, ECO, funds, NUM, O, patch, Q, QUA, r, S, SAT, SOC, split, SUS, TIM } from './held-out-forms/form-case-types';
import type { Task } from './held-out-forms/set-55-tree';
import { reviewForm } from './review-forms';

/**
 * Held-out whole forms set 60F (session 26): the causes fixed after measuring, with guards, on a unit the set does not hold
 * (区水文水资源勘测站, 2026年部门整体支出绩效目标表, 820 = 基本460 + 项目360, the 2021 framework on 100).
 */
const policy = makePolicy({});
const TASKS: Task[] = [
  { name: '水文站网运行维护', content: '运行维护水文站12个、雨量站86个。', budget_wan: 180 },
  { name: '水资源监测', content: '开展重点河流断面水质水量监测，监测断面30个。', budget_wan: 120 },
  { name: '山洪预警', content: '向乡镇发布山洪灾害预警信息。', budget_wan: 60 },
];
const ROWS: Indicator[] = [
  r(O, NUM, '水文站运行维护', '=', '12', '个', 10), r(O, NUM, '雨量站运行维护', '=', '86', '个', 10),
  r(O, NUM, '水质水量监测断面', '>=', '30', '个', 10), r(O, QUA, '水文测报合格率', '>=', '95', '%', 10),
  r(O, TIM, '山洪灾害预警信息发布及时率', '=', '100', '%', 10), r(C, ECO, '一般性支出压减比例', '>=', '5', '%', 10),
  r(B, SOC, '防汛决策支撑作用', Q, '有效发挥', null, 15), r(B, SUS, '水文监测站网长效运行', Q, '稳定', null, 15),
  r(S, SAT, '服务对象满意度', '>=', '90', '%', 10),
];
const GOAL = '2026年，运行维护水文站12个、雨量站86个，监测水质水量断面30个，水文测报合格率95%以上，山洪灾害预警信息发布及时率100%，'
  + '服务对象满意度达到90%以上。';
const codes = (fields: Record<string, unknown> = {}, indicators: Indicator[] = ROWS) => reviewForm(dt({
  fiscal_year: 2026, org: '区水文水资源勘测站', department: '区水利局', budget_total_wan: 820, fund_sources: funds(820, null, null),
  structure: split(460, 360), goal: GOAL, tasks: TASKS, indicators, ...fields,
}), 0, { policy, publishing: true }).map((f) => `${f.code}@${f.row ?? '-'}:${f.field ?? ''}`);
const withTask = (i: number, change: Partial<Task>) => TASKS.map((t, k) => (k === i ? { ...t, ...change } : t));
const CLEAN: string[] = [];
const PLATFORM: Task = { name: '水文数据共享平台建设', content: '建设水文数据共享平台，对接区防汛指挥系统。', budget_wan: 40 };
const withPlatform = [...withTask(0, { budget_wan: 140 }), PLATFORM];

describe('whole forms set 60F: a task with money that no row measures', () => {
  it('is goal_vs_indicators on the task, the unit\'s own field (水文 in two tasks) not counting as a touch', () => {
    expect(codes({}, ROWS)).toEqual(CLEAN);
    expect(codes({ tasks: withPlatform })).toEqual(['goal_vs_indicators@-:tasks[3].name']);
  });
  it('rows all on one task leave the others unmeasured', () => {
    const stationsOnly = patch(ROWS, {
      2: { name: '水文站巡检', comparator: '>=', target: '48', unit: '次' },
      4: { level2: QUA, name: '水文站设备完好率', comparator: '>=', target: '95', unit: '%' }, 7: { name: '水文站网长效运行' },
    });
    expect(codes({ goal: null, tasks: withTask(1, { content: '开展重点河流断面水质水量监测。' }) }, stationsOnly)).toEqual(['goal_vs_indicators@-:tasks[1].name']);
  });
  it('guard: a row in other words, a 说明, a carried figure, generic names, 基本支出 lines and tasks without money stay quiet', () => {
    expect(codes({ tasks: withPlatform }, patch(ROWS, { 5: { name: '数据共享平台接口可用率', target: '98' } }))).toEqual(CLEAN);
    expect(codes({ tasks: withPlatform }, patch(ROWS, { 7: { description: '水文数据共享平台和测站稳定运行情况。' } }))).toEqual(CLEAN);
    expect(codes({ tasks: withTask(1, { name: '应急测验', content: '汛期开展应急水文测验，监测断面30个。' }) })).toEqual(CLEAN);
    expect(codes({ tasks: [...TASKS, { name: '其他重点工作', content: '做好其他日常工作。', budget_wan: 40 }] })).toEqual(CLEAN);
    expect(codes({ tasks: [{ name: '机构运行保障', content: '保障在编职工25人工资福利和日常运转。', budget_wan: 460 }, ...TASKS] })).toEqual(CLEAN);
    expect(codes({ tasks: [...TASKS, { ...PLATFORM, budget_wan: null }] })).toEqual(CLEAN);
  });
});

describe('whole forms set 60F (lead): a task judged only where the rows speak the tasks\' words', () => {
  const ENV_TASKS: Task[] = [
    { name: '大气污染防治', content: '开展工业企业挥发性有机物治理和工地扬尘管控。', budget_wan: 300 },
    { name: '水环境保护', content: '整治入河排污口，开展重点断面水质监测。', budget_wan: 200 },
  ];
  const envRows = patch(ROWS, {
    0: { name: '工业企业治理家数', target: '20', unit: '家' }, 1: { name: '工地扬尘检查次数', target: '120', unit: '次' },
    2: { name: '入河排污口整治个数', target: '15' }, 3: { name: '空气质量优良天数比例', target: '85' },
    4: { level2: QUA, name: '国考断面水质优良比例', target: '90' },
  });
  it('a task measured in another word of its work (大气 by 空气质量, 水环境 by 水质) stays quiet', () => {
    expect(codes({ goal: null, tasks: ENV_TASKS }, envRows)).toEqual(CLEAN);
  });
  it('guard: the same task with no row of its work is still raised', () => {
    const waterOnly = patch(envRows, {
      0: { name: '水环境监测点位数', target: '20', unit: '个' }, 1: { name: '水环境保护巡查次数' }, 3: { name: '水环境质量达标率' },
      4: { level2: QUA, name: '水环境保护宣传覆盖率' },
    });
    expect(codes({ goal: null, tasks: ENV_TASKS }, waterOnly)).toEqual(['goal_vs_indicators@-:tasks[0].name']);
  });
  it('产出 rows in words of their own (most share none with a task) leave a task untouched unjudged', () => {
    const ownWords = patch(ROWS, {
      0: { name: '测站运行数量' }, 1: { name: '雨量站运行数量' }, 2: { name: '采样断面数量' }, 3: { name: '测报合格率' },
    });
    expect(codes({ tasks: withPlatform }, ownWords)).toEqual(CLEAN);
  });
});

describe('whole forms set 60F: figures of a task that are no count delivered, and counts that are', () => {
  const perStation = withTask(0, { content: '运行维护水文站12个、雨量站86个，每个水文站配备自动监测设备2套。' });
  it('a figure per item is carried by its total (12个 × 2套 = 24套); a total stated otherwise is not', () => {
    expect(codes({ tasks: perStation }, patch(ROWS, { 5: { name: '水文站自动监测设备', target: '24', unit: '套' } }))).toEqual(CLEAN);
    expect(codes({ tasks: perStation }, patch(ROWS, { 5: { name: '水文站自动监测设备', target: '20', unit: '套' } }))).toEqual(['goal_vs_indicators@-:tasks[0].content']);
  });
  it('the unit\'s own staff and the pool a sample is drawn from are context; people hired and the sample are counts', () => {
    expect(codes({ tasks: withTask(1, { content: '从全区48个监测断面中选取30个开展水质水量监测。' }) })).toEqual(CLEAN);
    expect(codes({ tasks: withTask(1, { content: '从全区48个监测断面中选取35个开展水质水量监测。' }) })).toEqual(['goal_vs_indicators@-:tasks[1].content']);
    expect(codes({ tasks: withTask(0, { content: '运行维护水文站12个、雨量站86个，现有在编职工25人。' }) })).toEqual(CLEAN);
    expect(codes({ tasks: withTask(0, { content: '运行维护水文站12个、雨量站86个，招聘专业技术人员5名。' }) })).toEqual(['goal_vs_indicators@-:tasks[0].content']);
  });
  it('money recovered is a result a row must state; money spent is not', () => {
    expect(codes({ goal: `${GOAL}追回违规使用的水资源费12万元。` })).toEqual(['goal_vs_indicators@-:goal']);
    expect(codes({ goal: `${GOAL}安排运行维护资金180万元。` })).toEqual(CLEAN);
  });
  it('counts in 万张 are read', () => {
    const scanned = withTask(0, { content: '运行维护水文站12个、雨量站86个，扫描历史水文图表1.5万张。' });
    expect(codes({ tasks: scanned })).toEqual(['goal_vs_indicators@-:tasks[0].content']);
    expect(codes({ tasks: scanned }, patch(ROWS, { 5: { name: '历史水文图表扫描', target: '1.5', unit: '万张' } }))).toEqual(CLEAN);
  });
});

describe('whole forms set 60F: a satisfaction level the goal promises', () => {
  it('is held to the 满意度 rows, not to a 90% of another measure', () => {
    expect(codes({ goal: GOAL.replace('满意度达到90%', '满意度达到95%') })).toEqual(['goal_vs_indicators@-:goal']);
    const noSatisfaction = patch(ROWS, { 8: { level1: B, level2: SOC, name: '预警信息覆盖率', target: '90' } });
    expect(codes({}, noSatisfaction)).toEqual(['coverage@-:indicators', 'goal_vs_indicators@-:goal']);
    expect(codes({ goal: GOAL.replace('服务对象满意度达到90%以上', '服务对象满意率达到90%以上') })).toEqual(CLEAN);
  });
});
