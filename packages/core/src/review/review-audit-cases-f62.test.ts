import { describe, expect, it } from 'vitest';
import type { Form } from '../forms/forms-schema';
import { makePolicy } from '../policy/policy';
import { findPrivateData } from './check-private-data';
import { B, C, ECO, NUM, O, plan, pt, Q, QUA, r, S, SAT, SOC, SUS, TIM } from './held-out-forms/form-case-types';
import { reviewForm } from './review-forms';

/**
 * Held-out whole forms set 62F (session 27): the private_data causes fixed after measuring aid forms, with guards, on texts
 * and a form the set does not hold (残疾人两项补贴, a 2027 project target of a 区残疾人联合会).
 */
const hits = (text: string) => findPrivateData(text).map((h) => [h.kind, h.text]);

describe('set 62F: a name a role word introduces, ended by the aid or the health it is named for', () => {
  it.each([
    ['为重度残疾人雷新华一次性发放护理补贴', [['name', '雷新华']]],
    ['困难退役军人鲁长河获得临时救助2万元', [['name', '鲁长河']]],
    ['一级伤残军人贾福生旧伤复发，医疗费用较高', [['name', '贾福生']]],
    ['孤残儿童邹佳琪（先天性心脏病）已完成手术', [['name', '邹佳琪']]],
    ['低保对象闵桂兰住院治疗期间无人照料', [['name', '闵桂兰']]],
    // guard: names ending like no place, before the same aid words, stay names.
    ['困难户王林获得救助，学生李阳入学', [['name', '王林'], ['name', '李阳']]],
    ['低保户张玉田住院治疗期间获得临时救助', [['name', '张玉田']]], ['五保户李树田入住敬老院', [['name', '李树田']]],
  ] as const)('%s', (text, want) => expect(hits(text)).toEqual(want));
  it.each([
    // guard: the same words after groups, services and things a role word stands before.
    '残疾人康复服务覆盖率95%，退役军人就业创业培训320人次', '困难学生就读学校全部建立资助档案，对象享受政策全部公示',
    '居民就医“一站式”结算，职工周转房入住率90%', '留守儿童关爱、儿童周末托管和儿童王国乐园运营', '患者住院费用个人负担比例15%',
    '城乡居民一次性缴费补贴，学生入学率100%', '孤残儿童（张**、李某）已全部纳入集中供养',
    // a question word after a role (何 is a surname): 何时 / 何地 name no one.
    '居民何时就医都能及时得到救治', '患者何地就诊均可直接结算',
    // the code review's cases: a place where the aid's name would stand, and the official who acts on the one disciplined.
    '学生苏州就读', '居民徐州就业', '村民万州就医', '脱贫户林场就业', '农户田地获得补偿', '居民陆家嘴就业',
    '发现问题后，镇纪委书记王建国约谈相关经办人员并对其进行诫勉谈话', '主任刘洋牵头整改，对其所在科室通报批评',
  ])('quiet: %s', (text) => expect(hits(text)).toEqual([]));
});

describe('set 62F: staff named with fraud, or with the discipline that follows their error in the same sentence', () => {
  it.each([
    ['村会计邢德旺虚报冒领补贴4.2万元', [['name', '邢德旺']]],
    ['社区干部孔建军套取救助资金', [['name', '孔建军']]],
    ['镇经办人员魏志勇录入错误导致重复发放，已对其给予诫勉谈话', [['name', '魏志勇']]],
    // guard: one's own duty (负责) before the error is no leading of others.
    ['村会计张建华负责补贴发放期间多算面积，镇纪委对其给予党内警告处分', [['name', '张建华']]],
  ] as const)('%s', (text, want) => expect(hits(text)).toEqual(want));
  it.each([
    // guard: fraud and discipline with no one named, a post named with its duty, a signatory with an office line.
    '个别村会计虚报冒领补贴4.2万元，严防套取、骗取救助资金', '经办人员柴志勇负责初审，对其经办业务全程留痕',
    '经办人：柴志勇，联系电话0371-63925518', '会计张建华负责资金核算，对其他人员开展培训', '由局长闫志刚牵头，对违规人员严肃问责',
  ])('quiet: %s', (text) => expect(hits(text)).toEqual([]));
});

describe('set 62F: a household register with amounts in 万元, and a door number under a group in Chinese numerals', () => {
  it.each([
    ['兑付明细：祁万顺户 12.36万元；郜淑芬户 9.80万元', [['name', '祁万顺']]],
    ['补偿款：晁德水 3.5万元，仝秀英 2.8万元', [['name', '晁德水']]],
    ['上门服务居住在马庄村五组12号的失能老人', [['address', '村五组12号']]],
    ['苏桂珍住刘庄村十一组3号', [['address', '村十一组3号']]],
  ] as const)('%s', (text, want) => expect(hits(text)).toEqual(want));
  it.each([
    // guard: places with amounts, two-character places, groups without a door, a 号 of a document.
    '资金分配：郭店镇 120万元；孟庄镇 80万元', '郭店 120万元，孟庄 80万元', '涉及董岗村三组、四组共27户', '依据村三组会议纪要（2026）1号',
  ])('quiet: %s', (text) => expect(hits(text)).toEqual([]));
});

const policy = makePolicy({});
const codes = (form: Form) => reviewForm(form, 0, { policy, publishing: true }).map((f) => `${f.code}@${f.row ?? '-'}:${f.field ?? ''}`);
const ROWS = [
  r(O, NUM, '困难残疾人生活补贴人数', '>=', '6200', '人', 15), r(O, NUM, '重度残疾人护理补贴人数', '>=', '7400', '人', 15),
  r(O, QUA, '补贴对象认定准确率', '=', '100', '%', 10), r(O, TIM, '补贴按月发放及时率', '=', '100', '%', 10),
  r(C, ECO, '护理补贴标准', '=', '90', '元/人·月', 10), r(B, SOC, '残疾人基本生活保障水平', Q, '稳步提高', null, 5),
  r(B, SUS, '两项补贴动态管理机制', Q, '健全', null, 10), r(S, SAT, '补贴对象满意度', '>=', '90', '%', 15),
];
const GOAL = '2027年为6200名困难残疾人发放生活补贴、为7400名重度残疾人发放护理补贴，认定准确率100%，按月及时发放，护理补贴每人每月90元，'
  + '健全动态管理机制，补贴对象满意度90%以上。';
const disabled = (overview: string) => pt({
  fiscal_year: 2027, org: '区残疾人联合会', department: '区残疾人联合会', project_name: '残疾人两项补贴', budget_total_wan: 1470,
  budget_fiscal_wan: 1470, budget_other_wan: 0, overview, goal: GOAL, spending_plan: plan(25, 50, 75, 100), indicators: ROWS,
});
const BASE = '全区持证残疾人2.3万人。2027年预算1470万元，全部为区级财政资金。';

describe('set 62F on a whole form: where the finding lands', () => {
  it('a clean 残疾人两项补贴 form, masked entries and roles stay quiet', () => {
    expect(codes(disabled(BASE))).toEqual([]);
    expect(codes(disabled(`${BASE}对一户多残家庭（户主常某某，139****2210）和监护人代领的情形实行上门核查。`))).toEqual([]);
  });
  it('a recipient named for the aid, a staff member named with fraud and a door number in the overview are one finding there', () => {
    expect(codes(disabled(`${BASE}2026年为一级残疾人鲁长河一次性发放护理补贴。`))).toEqual(['private_data@-:overview']);
    expect(codes(disabled(`${BASE}2026年村会计邢德旺冒领补贴1.1万元，已追回。`))).toEqual(['private_data@-:overview']);
    expect(codes(disabled(`${BASE}上门为马庄村五组12号的重度残疾人办理。`))).toEqual(['private_data@-:overview']);
  });
});
