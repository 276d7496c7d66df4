import { describe, expect, it } from 'vitest';
import type { Form } from '../forms/forms-schema';
import { makePolicy } from '../policy/policy';
import { B, e, ECN, NUM, O, pse, S, SAT } from './held-out-forms/form-case-types';
import { reviewForm } from './review-forms';

/**
 * Held-out whole forms set 61F (session 26): the cause fixed after measuring, with guards, in an area the set does not hold
 * (区农业农村局 农机报废更新补贴, a 超长期特别国债 project of its own kind).
 */
const policy = makePolicy({});
const codes = (form: Form) => reviewForm(form, 0, { policy, publishing: true }).map((f) => `${f.code}@${f.row ?? '-'}:${f.field ?? ''}`);

const MACHINES = [
  e(O, NUM, '享受补贴农机合作社数', '>=', '8', '个', 30, '8', 30),
  e(O, NUM, '报废更新拖拉机台数', '>=', '300', '台', 30, '326', 30),
  e(B, ECN, '带动农机购置投资', '>=', '2000', '万元', 10, '2260', 10),
  e(S, SAT, '合作社满意度', '>=', '90', '%', 20, '95', 20),
];
const machines = (goal_outcome: string) => pse({
  org: '区农业农村局', project_name: '农业机械报废更新补贴', goal: '2025年支持8个农机合作社报废更新拖拉机300台以上。', goal_outcome,
  budget: { initial_wan: 0, adjusted_wan: 480, executed_wan: 480, execution_rate: 100, weight: 10, score: 10, reason: null },
  total_score: 100, conclusion: '自评得分100分，等级为优。', problems: '部分合作社报废手续办理周期较长。', improvements: '推行报废回收与补贴申领并联办理。',
  indicators: MACHINES,
});

describe('whole forms set 61F: a number after another in one clause of 全年完成情况', () => {
  it('the row an earlier number quotes rightly is not the one a later number reports: it is held to the next row it names', () => {
    // 8个农机合作社 is what 8 counts, so 326台's clause shares most with 享受补贴农机合作社数; 326 is the 拖拉机 row's actual.
    expect(codes(machines('为8个农机合作社享受补贴报废更新拖拉机326台。'))).toEqual([]);
    expect(codes(machines('为8个农机合作社享受补贴报废更新拖拉机310台。'))).toEqual(['goal_vs_indicators@-:goal_outcome']);
  });
  it('guard: without an earlier number that agrees, the row the clause names most is held as before', () => {
    expect(codes(machines('为9个农机合作社享受补贴报废更新拖拉机326台。'))).toEqual(['goal_vs_indicators@-:goal_outcome']);
    expect(codes(machines('享受补贴农机合作社12个。'))).toEqual(['goal_vs_indicators@-:goal_outcome']);
  });
});
