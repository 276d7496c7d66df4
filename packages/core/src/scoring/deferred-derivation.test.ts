import { describe, expect, it } from 'vitest';
import { emptyIndicator, type Comparator } from '../forms/forms-schema';
import { makePolicy } from '../policy/policy';
import type { Derivation } from './score-types';
import { scoreIndicator } from './score-indicator';
import { scoreBudget } from './score-self-evaluation';

// Derivations as the eager implementation spelled them (one per formula branch), read back from the deferred ones.
const CASES: Array<[Comparator, string, string, number, Record<string, unknown>, Derivation]> = [
  [">=","40","30",10,{},{"inputs":{"comparator":">=","target":40,"actual":30,"weight":10},"rule":"正向指标：A≥T 得满分，否则 A/T×w","arithmetic":"A=30, T=40, w=10 → 30/40×10 = 7.5"}],
  [">=","12","20",10,{},{"inputs":{"comparator":">=","target":12,"actual":20,"weight":10},"rule":"正向指标：A≥T 得满分，否则 A/T×w","arithmetic":"A=20, T=12, w=10 → A≥T → 10"}],
  [">=","0","3",10,{},{"inputs":{"comparator":">=","target":0,"actual":3,"weight":10},"rule":"正向指标：A≥T 得满分，否则 A/T×w","arithmetic":"A=3, T=0, w=10 → T=0，A≥0 → 10"}],
  ["=","0","2",10,{},{"inputs":{"comparator":"=","target":0,"actual":2,"weight":10},"rule":"等于指标：按正向计，A≥T 得满分，否则 A/T×w；T=0 时全有或全无","arithmetic":"A=2, T=0, w=10 → T=0，A≠0 → 0"}],
  ["=","0","0",10,{},{"inputs":{"comparator":"=","target":0,"actual":0,"weight":10},"rule":"等于指标：按正向计，A≥T 得满分，否则 A/T×w；T=0 时全有或全无","arithmetic":"A=0, T=0, w=10 → T=0，A=0 → 10"}],
  ["<=","40","50",10,{},{"inputs":{"comparator":"<=","target":40,"actual":50,"weight":10},"rule":"反向指标：A≤T 得满分；T<A<2T 得 (1−(A−T)/T)×w；A≥2T 得0；T=0 时 A≤0 得满分否则0","arithmetic":"A=50, T=40, w=10 → (1−(50−40)/40)×10 = 7.5"}],
  ["<=","40","30",10,{},{"inputs":{"comparator":"<=","target":40,"actual":30,"weight":10},"rule":"反向指标：A≤T 得满分；T<A<2T 得 (1−(A−T)/T)×w；A≥2T 得0；T=0 时 A≤0 得满分否则0","arithmetic":"A=30, T=40, w=10 → A≤T → 10"}],
  ["<=","40","80",10,{},{"inputs":{"comparator":"<=","target":40,"actual":80,"weight":10},"rule":"反向指标：A≤T 得满分；T<A<2T 得 (1−(A−T)/T)×w；A≥2T 得0；T=0 时 A≤0 得满分否则0","arithmetic":"A=80, T=40, w=10 → A≥2T → 0"}],
  ["<","0","1",5,{},{"inputs":{"comparator":"<","target":0,"actual":1,"weight":5},"rule":"反向指标：A≤T 得满分；T<A<2T 得 (1−(A−T)/T)×w；A≥2T 得0；T=0 时 A≤0 得满分否则0","arithmetic":"A=1, T=0, w=5 → T=0，A>0 → 0"}],
  ["<=","0","-2",5,{},{"inputs":{"comparator":"<=","target":0,"actual":-2,"weight":5},"rule":"反向指标：A≤T 得满分；T<A<2T 得 (1−(A−T)/T)×w；A≥2T 得0；T=0 时 A≤0 得满分否则0","arithmetic":"A=-2（负数按0计）, T=0, w=5 → T=0，A≤0 → 5"}],
  [">=","10","-5",10,{},{"inputs":{"comparator":">=","target":10,"actual":-5,"weight":10},"rule":"正向指标：A≥T 得满分，否则 A/T×w","arithmetic":"A=-5（负数按0计）, T=10, w=10 → 0/10×10 = 0"}],
  [">=","10","20",10,{"overAchievement":"explain"},{"inputs":{"comparator":">=","target":10,"actual":20,"weight":10},"rule":"正向指标：A≥T 得满分，否则 A/T×w；超额完成（A≥1.3T）须说明原因","arithmetic":"A=20, T=10, w=10 → A≥T → 10"}],
  [">=","10","20",10,{"overAchievement":"deduct"},{"inputs":{"comparator":">=","target":10,"actual":20,"weight":10},"rule":"正向指标：A≥T 得满分，否则 A/T×w；超额扣分：A>1.3T 时得 (1−(A−1.3T)/T)×w","arithmetic":"A=20, T=10, w=10 → A>1.3T → (1−(20−1.3×10)/10)×10 = 3"}],
  [">","8","6",10,{},{"inputs":{"comparator":">","target":8,"actual":6,"weight":10},"rule":"正向指标：A≥T 得满分，否则 A/T×w","arithmetic":"A=6, T=8, w=10 → 6/8×10 = 7.5"}],
  ["qualitative","按时完成","按时完成",10,{},{"inputs":{"comparator":"qualitative","target":"按时完成","actual":"按时完成","weight":10},"rule":"定性指标：达成 [0.8w,w]（默认w），部分达成 [0.6w,0.8w)（默认0.7w），未达成 [0,0.6w)（默认0.3w）","arithmetic":"w=10，完成值「按时完成」与目标「按时完成」一致，视为达成 → 默认 10（区间 [8, 10]）"}],
  ["qualitative","按时完成","基本完成",10,{},{"inputs":{"comparator":"qualitative","target":"按时完成","actual":"基本完成","weight":10},"rule":"定性指标：达成 [0.8w,w]（默认w），部分达成 [0.6w,0.8w)（默认0.7w），未达成 [0,0.6w)（默认0.3w）","arithmetic":"w=10，采用填报得分 7，属「部分达成」区间 [6, 8)"}],
  [">=","预算控制数","90",10,{},{"inputs":{"comparator":">=","target":"预算控制数","actual":"90","weight":10},"rule":"非数值目标，需人工评分","arithmetic":"无得分，未计入"}],
];

describe('deferred derivations', () => {
  it.each(CASES)('%s %s vs %s', (comparator, target, actual, weight, policy, want) => {
    const score = comparator === 'qualitative' && actual === '基本完成' ? 7 : null;
    const r = scoreIndicator({ ...emptyIndicator('测试指标'), comparator, target, actual, weight, score }, { policy: makePolicy(policy) });
    expect(JSON.parse(JSON.stringify(r.derivation))).toEqual(want);
    expect({ inputs: r.derivation.inputs, rule: r.derivation.rule, arithmetic: r.derivation.arithmetic }).toEqual(want);
    expect(JSON.stringify(r.derivation)).toBe(JSON.stringify(want));
  });

  // A target or actual read beyond a plain number is shown as written beside the number it was read as.
  it.each([
    ['万元 under 元', '>=', '500000', '42万元', '元', '补贴发放金额',
      { comparator: '>=', target: 500000, actual: 420000, weight: 20, actual_text: '42万元' }, 'A=420000（完成值「42万元」）, T=500000, w=20 → 420000/500000×20 = 16.8'],
    ['米 under 公里', '>=', '2', '1500米', '公里', '新建道路',
      { comparator: '>=', target: 2, actual: 1.5, weight: 20, actual_text: '1500米' }, 'A=1.5（完成值「1500米」）, T=2, w=20 → 1.5/2×20 = 15'],
    ['a target in 亿元 on a 万元 row', '<=', '0.32亿元', '3500万元', '万元', '项目总投资',
      { comparator: '<=', target: 3200, actual: 3500, weight: 20, target_text: '0.32亿元' },
      'A=3500, T=3200（指标值「0.32亿元」）, w=20 → (1−(3500−3200)/3200)×20 = 18.13'],
    ['the number and the row unit alone show no text', '>=', '80', '1,086所', '所', '供餐学校数量',
      { comparator: '>=', target: 80, actual: 1086, weight: 20 }, 'A=1086, T=80, w=20 → A≥T → 20'],
    ['a decrease written negative', '>=', '10', '-4%', '%', '运营成本降低率',
      { comparator: '>=', target: 10, actual: 4, weight: 20, actual_text: '-4%' }, 'A=4（完成值「-4%」）, T=10, w=20 → 4/10×20 = 8'],
    ['words around the number', '>=', '90', '达到92%', '%', '服务对象满意度',
      { comparator: '>=', target: 90, actual: 92, weight: 20, actual_text: '达到92%' }, 'A=92（完成值「达到92%」）, T=90, w=20 → A≥T → 20'],
    ['a plain number shows no text', '>=', '90', '92%', '%', '服务对象满意度',
      { comparator: '>=', target: 90, actual: 92, weight: 20 }, 'A=92, T=90, w=20 → A≥T → 20'],
  ] as Array<[string, Comparator, string, string, string, string, Record<string, unknown>, string]>)('%s', (_label, comparator, target, actual, unit, name, inputs, arithmetic) => {
    const r = scoreIndicator({ ...emptyIndicator(name), comparator, target, actual, unit, weight: 20 });
    expect(r.derivation.inputs).toEqual(inputs);
    expect(r.derivation.arithmetic).toBe(arithmetic);
  });

  it('remembers what it spelled and what callers set', () => {
    const d = scoreIndicator({ ...emptyIndicator('测试指标'), comparator: '>=', target: '40', actual: '30', weight: 10 }).derivation;
    expect(d.inputs).toBe(d.inputs);
    d.arithmetic = '人工改写';
    d.inputs.weight = 20;
    expect(JSON.parse(JSON.stringify(d))).toEqual({ inputs: { comparator: '>=', target: 40, actual: 30, weight: 20 }, rule: '正向指标：A≥T 得满分，否则 A/T×w', arithmetic: '人工改写' });
  });

  it('keeps the values scored, whatever happens to the indicator later', () => {
    const ind = { ...emptyIndicator('测试指标'), comparator: 'qualitative' as const, target: '按时完成', actual: '按时完成', weight: 10 };
    const d = scoreIndicator(ind).derivation;
    ind.actual = '未完成';
    expect(d.inputs.actual).toBe('按时完成');
  });

  it('spells budget execution from the amounts or the rate', () => {
    const base = { initial_wan: 50, adjusted_wan: null, executed_wan: 25, execution_rate: null, weight: 10, score: null, reason: null };
    expect(JSON.parse(JSON.stringify(scoreBudget(base).result.derivation))).toEqual({
      inputs: { executed_wan: 25, initial_wan: 50, weight: 10 }, rule: '预算执行率：min(执行数/调整后预算数, 1)×权重（无调整后预算数，按年初预算数）',
      arithmetic: 'A=25, T=50 → min(25/50,1)×10 = 5',
    });
    expect(JSON.parse(JSON.stringify(scoreBudget({ ...base, initial_wan: null, executed_wan: null, execution_rate: 93.3 }).result.derivation))).toEqual({
      inputs: { execution_rate: 93.3, weight: 10 }, rule: '预算执行率：min(执行数/调整后预算数, 1)×权重（缺金额，按执行率）', arithmetic: '执行率=93.3% → min(93.3%,1)×10 = 9.33',
    });
  });
});
