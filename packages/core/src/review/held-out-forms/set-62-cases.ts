import type { FormCase } from './form-case-types';
import { SET62_STUDENT_CASES, SET62_VETERAN_CASES } from './set-62-aid-evaluation-forms';
import { SET62_LAND_CASES, SET62_MEDICAL_CASES } from './set-62-aid-target-forms';

/**
 * Held-out set 62F (session 27): personal data as published aid forms really carry it, and the goal's promises. Four
 * projects no earlier set used: 2027年项目支出绩效目标表 of 困难群众医疗救助 (M, 区医疗保障局) and 被征地农民社会保障补贴 (L,
 * 区人力资源和社会保障局); 2026年项目支出绩效自评表 of 家庭经济困难学生资助 (X, 区教育局) and 重点优抚对象抚恤和生活补助 (V,
 * 区退役军人事务局). All 44 forms (22 fine) were written before reading any code under review/ (only earlier sets' data files,
 * check-private-data.test.ts and rules.md §2, to keep the wording new).
 *
 * Readings (written before measuring):
 * - private_data, on the field that carries it (overview / goal_outcome / problems; a row's reason on its row): a full name
 *   beside illness, debts, aid or discipline (低保对象葛春生 …肝癌…欠下医疗费, 村会计邢德旺虚报冒领, 事实无人抚养儿童苗雨桐（患…）,
 *   参战退役军人宋保山, 七级伤残退役军人蔺德胜, 街道经办人员柴志勇…诫勉谈话, 学生滕佳怡、鲍文博…退学); a pasted 名单 of name + ID
 *   number; a household list with amounts (祁万顺户 12.36万元；…); beneficiaries' mobiles with no name (15838271946、13703852716
 *   等号码; 家长（15036728819）); names with bank card numbers; a home address to the door in Chinese numerals (董岗村三组27号,
 *   刘庄村二组19号 beside a 烈士遗属's name) or to the flat without 室 (16号院2号楼3单元501); a masked name beside a full ID number
 *   (庞*军（身份证号4101…2217）) — the ID alone identifies.
 * - private_data quiet: masked names (张*明, 李**, 苗*桐, 王**, 邢某, 宋某), masked ID (410***19800101****) and mobile
 *   (138****5678, 150****8819) even in a sample 公示 line with an amount; counts and roles (监护人, 烈士遗属, 困难群众, 三属 97人);
 *   officials in their public capacity (单位负责人：局长 韩建设, 由局长闫志刚牵头、…中心主任谷雪梅具体负责, 局长签字：田振东) and
 *   联系人 with an office phone (0371-…); places and firms that read like names (郭家咀社区, 孙庄村, 李家寨村, 赵家沟村, 张仲景大药房,
 *   李宁公司, 黄河水利委员会) and honoured figures (杨靖宇将军纪念馆, 吉鸿昌将军纪念馆).
 * - goal_vs_indicators, field goal: the goal's count stated otherwise by its row (住院救助7200 / 6800人次) or promised with no row
 *   (门诊慢特病救助3500人次, 就业技能培训600人次, 为1200名寄宿生, 为120名老党员退役军人体检); field goal_outcome: 完成情况 stating
 *   5520人 beside a row's 完成值 5742. Quiet: 4200余名 / 不低于98% beside ≥ rows; 每人不超过380元 beside a ≤ 380 元/人 row; the
 *   overview's population and last year's figures.
 *
 * As first measured (44 forms, 22 fine; before reading any code under review/):
 *   code                        tp  fp  fn  precision recall
 *   goal_vs_indicators           6   0   0  100%     100%
 *   private_data                 9   0   7  100%      56%
 *   No false alarm on the 22 fine forms (masked names, IDs and mobiles, roles, officials, clan places, firms, 纪念馆 all quiet);
 *   scoring 22 of 22 self-evaluations. Misses: a name after a role word ended by the aid or the health it is named for, not by punctuation
 *   (参战退役军人宋保山一次性解决…, 七级伤残退役军人蔺德胜旧伤复发: V02, V11) or after a role the list lacked (事实无人抚养儿童苗雨桐（患…）:
 *   X02); a staff member named with fraud (村会计邢德旺虚报冒领: L02) or with the discipline later in the sentence (街道经办人员柴志勇
 *   录入错误…对其诫勉谈话: V07); a household register in 万元 (祁万顺户 12.36万元；郜淑芬户…: L04, and 郜 was no listed surname); a door
 *   number under a 村民小组 written in Chinese numerals (董岗村三组27号: M11).
 * No label of this set was changed after reading the code.
 * General causes, fixed by meaning in check-private-data.ts (guards in review-audit-cases-f62.test.ts, on other texts and a
 * 残疾人两项补贴 form):
 * - a role word's name may be ended by the aid (一次性, 获得, 享受, 办理, 入住, 就读…), the person's health (住院, 治疗, 旧伤, 伤情,
 *   身患…) or fraud (虚报, 冒领, 骗取, 套取…) that follows it; 儿童 is a role word (孤残儿童, 事实无人抚养儿童);
 * - a staff member (now also 经办人员, 审核人员, 书记) named with fraud, or with 对其…诫勉/处分/问责 later in the same sentence, is a
 *   private case; fraud words open the name gate;
 * - a register of names with amounts reads 万元 as well as 元; 郜, 晁, 仝 are surnames;
 * - 村N组M号 with the group in Chinese numerals (三组, 十一组) is a home address.
 * After (44 registered, 22 fine): goal_vs_indicators 6/0/0, private_data 16/0/0; every earlier set unchanged
 * (review-held-out-forms.test.ts 0 fp / 0 fn). No limit left from this set.
 */
export const SET62_CASES: FormCase[] = [...SET62_MEDICAL_CASES, ...SET62_LAND_CASES, ...SET62_STUDENT_CASES, ...SET62_VETERAN_CASES];
