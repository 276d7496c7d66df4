import type { FormCase } from './form-case-types';
import { SET56_MIGRANT_CASES, SET56_POST_CASES } from './set-56-resettlement-delivery-target-forms';
import { SET56_POLITICS_CASES, SET56_YOUTH_CASES } from './set-56-youth-politics-target-forms';

/**
 * Held-out set 56F (session 24): target forms whose goal texts are long (300–900 characters) as 2025–2026 documents write
 * them, aimed at goal_vs_indicators and private_data. Two 项目支出绩效目标表 (2021 tree on 90): 大中型水库移民后期扶持 (A, 区水利局 /
 * 区移民事务中心, 2310 all 财政) and 农村寄递物流体系建设 (B, 区商务委员会, 850 = 财政600 + 自筹250); two 部门（单位）整体绩效
 * 目标表 on seed 004's tree (set-55-tree.ts): 共青团区委 (T, 620) and 区委政法委 (P, 1080). Areas no earlier set used (水库移民,
 * 寄递物流/快递, 团委, 政法委). All 52 forms (26 fine) were written before reading any code under review/; A15 was added after.
 *
 * Readings (written before measuring):
 * - goal_vs_indicators, on the goal (field goal): a goal figure a row states otherwise (项目30 / 26个, 服务站150 / 120个, 志愿者
 *   5000 / 3000名, 资助标准6000 / 5000元, 培训2000 / 1200人次, 群众安全感98 / 95%) or no row carries (村组道路21.6公里、灌溉渠系
 *   8.5公里; 带动移民就业800人次 in a bracketed sub-clause; 培训农村电商带头人500人次; 矛盾纠纷调解室30个). Form-level, field not
 *   fixed: a row changed so that it states the goal's figure otherwise (直补标准500 / 600元, 日均处理量2 / 2.5万件, 见义勇为15 / 20名);
 *   a task naming a quantity no row measures (青年之家8个).
 * - goal_vs_indicators quiet: policy document numbers (国发〔2006〕17号, 国办发〔2021〕29号, 区商务委发〔2025〕12号, 区委政法委
 *   〔2025〕12号); plans named by period (“十四五”, 第十四个五年规划, （2016—2025年）); 第十五次代表大会, 二十届三中全会, 列全市第8位;
 *   where the work lies (5个乡镇18个移民村, 3个街道、16个镇, 3个街道、12个镇、185个村（社区）, 白沙、石门…等16个镇); 其中 breakdowns
 *   that add up to a measured row (11 + 6 + 9 = 26个, 78 + 42 = 120个, 1200 + 1800 = 3000名, 312 + 548 = 860个); dates (3月31日,
 *   2026年11月30日前); per-part figures (每季度150元 of 600元/年; 服务半径不超过15公里; 每日不少于2个频次); last year's targets and
 *   results (2025年计划…实际…, 在2025年建成96个的基础上, 2025年群众安全感96.8%); a multi-year cumulative (“十四五”期间累计120个、
 *   5800万元); an existing building's size (建筑面积2500平方米 of a centre built in 2024); hotlines and landlines.
 * - private_data (field where written): a private person's name with an ID number (新增扶持人口, 运营人 on the row's 指标解释, a
 *   受助学生 with an address), with a mobile (移民户, 站长 with 住址, 网格员 list), with a home address only (提供场地的村民, 精神障碍
 *   患者), a masked name with a full ID number (刘某强 + 身份证号), a list of beneficiaries by name (受助学生 with their universities),
 *   and an official's personal mobile (张主任 / 张部长 with 1xx mobile: a reviewer strikes a mobile whoever it belongs to).
 *   Quiet: villages, 院子, roads and 社区 named for families (王家坝村, 刘家院子, 陈家桥路, 张家湾社区, 李家沱街道, 赵家湾社区, 王家
 *   大院, town names 李渡/马武/张关); masked names (王某、李某某) without other data; officials named by public post without any
 *   contact (分管副局长周建国, 中心主任刘勇, 团区委书记刘洋、副书记陈静); 12345, 12305, 12314, 12355, 12348, 110 and offices' landlines.
 *
 * As first measured (52 forms, 26 fine; before reading any code under review/):
 *   code                        tp  fp  fn  precision recall
 *   goal_vs_indicators          14  38   0   27%     100%
 *   private_data                12   0   0  100%     100%
 *   unit_vs_name                 0  13   0    0%       -
 *   The 100% recall of goal_vs_indicators was partly luck: A11, T09 and P08 were reported only for the noise below, and were
 *   missed once it was gone. False alarms: every A, B, P form and most T forms for the divisions the work lies in (在5个乡镇18个
 *   移民村, 在全区3个街道、16个镇, 推动3个街道、12个镇…, 3个街道、12个镇、185个村（社区）); the A forms for 分3月、6月、9月、12月
 *   四次 (the instalments of the listed dates); A02 and T07 for a sentence headed 2025年 telling last year's plan and result;
 *   the 其中 parts of A, B, T12, P10; every B form for unit_vs_name on 农村快递日均处理量 in 万件 (read as a volume).
 * Labels re-read after reading the code — my errors: a part after 其中 is a promise of its own in this house (S40-S08, S25-D11,
 * S21-P34: no row for 重点课题5项 leaves it uncarried beside a row of the total); a rule reading parts that add up to a carried
 * total as the total was tried and reverted (S40-S08 broke). T12 and P10 relabelled flagged; the 其中 lists dropped from the A
 * and B base goals (their places and the items kept as words); A15 added (the year's money restated with its 其中 parts, quiet).
 * General causes, fixed by meaning (guards in review-audit-cases-f56.test.ts, on a 森林防火巡护 project):
 * - place-scope.ts (read by goal-quantities.ts): counts of the district's divisions named as where the work lies are no count
 *   delivered — a run of 乡镇/街道/镇/村/社区 counts after 在/于 (在全区…), or naming both 街道 and 镇, or towns then their
 *   villages (5个乡镇18个移民村), unless reached by 覆盖/惠及/补助/保障/服务… (覆盖4个街道、9个镇 still counts; 保障全镇11个行政村
 *   和2个社区 as before).
 * - goal-quantities.ts countsNamedList: a 次/批/期 count right after a list of dates as many as its value (分3月、6月、9月、12月
 *   四次) counts the instalments, not times delivered.
 * - context-spans.ts pastSentence: in a goal naming its own year, a sentence an earlier year heads (2025年计划…，实际…。) is
 *   context up to its end or to where this year is named again.
 * - check-goal-standards.ts (new): a goal's standard per head (按每人每年600元标准, 每人6000元, 补贴标准每人每月100元) is held to
 *   the rows in money per the same head and an agreeing period (元/人·年, 元/人, 元/人·月); reported on the goal when none states
 *   it. Fixes the limit recorded as S50-H16, registered since.
 * - goal-quantities.ts RATE_PERCENT: a feeling surveyed in % (安全感, 获得感, 幸福感, 认同感, 归属感) is a promised level like a rate.
 * - name-measures.ts: 快递/邮件/工单/案件…处理量 is counted (件, 单), not a volume.
 * - check-private-data.ts: a landline after an office (…科, …局, …中心, 值班/监督/咨询电话) is never listed as a person's, even in
 *   a text that names a person (B11's message named the 商务委流通科 line).
 * goal-parts.ts holds statedParts and restatedInBrackets, moved out of goal-quantities.ts unchanged.
 * After (53 registered, 25 fine): goal_vs_indicators 16/0/0, private_data 12/0/0, nothing else raised; every earlier set
 * unchanged, S50-H16 now found (review-held-out-forms.test.ts 0 fp / 0 fn). No limit left from this set.
 */
export const SET56_CASES: FormCase[] = [...SET56_MIGRANT_CASES, ...SET56_POST_CASES, ...SET56_YOUTH_CASES, ...SET56_POLITICS_CASES];
