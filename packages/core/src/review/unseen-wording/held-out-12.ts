import { B, C, ECO, ECON, ECOST, O, OCOST, QTY, QUAL, QVQ, S, SAT, SOC, SUST, TIME, X, type RowCase } from './case-types';

/**
 * Held-out set 12 (session 7), written before reading the review code and measured as written. The angle is how
 * provinces' common-indicator libraries (共性指标库 / 分行业分领域指标库) word the 产出 and 效益 rows of the big transfer
 * programmes (义务教育薄弱环节改善, 基本公共卫生服务, 医疗救助, 城乡低保, 高标准农田, 农村公路, 城镇老旧小区改造,
 * 污染防治, 就业补助, 文化惠民, 体育场地) with the units and thresholds those libraries use (‰, ‱, 1/万, 1/10万,
 * 元/人·年, 元/人·月, 公里, 标准亩, 人·次, 万吨/日, 立方米/秒, 微克/立方米, 分贝, 人/万车); targets written with decimals,
 * thousands separators (1,200), negative changes (-1%, 下降3%, 降低0.5个百分点), per-mille and per-ten-thousand rates,
 * upper and lower bounds in one cell (7,200～7,800元/人·年, 3‰～5‰) and units in the value cell only; 2020-framework
 * rows (成本 under 产出) and older layouts (二级 blank, 数量/质量/时效 without 指标, 效果 for 效益) next to rows filed
 * under the wrong 二级 (效益 rows under 产出, 满意度 under 效益); and fresh cases of the two known limits' kind (a low
 * floor on a rate that real libraries set near 100%: 畜禽粪污综合利用率 ≥8%; a works name in %: 农村公路建设 ≥3.8%).
 * About 60% fine, 40% with one defect each. Rows sit in a 2024 project target beside the harness's four clean rows
 * (which have no 成本 一级, so a 成本 under 产出 reads as the 2020 template). Cells are read through deriveTarget.
 *
 * Readings chosen before measuring (genuine ambiguities, said once here):
 * - A rate that programme libraries set near 100% (接种率, 列养率, 免费开放率, 上图入库率, 无害化处理率, 粪污/农膜
 *   利用·回收率, 优良天数比例, 救助比例) with a single-digit floor (≥8%, ≥9%, ≥10%) is implausible_target; rates whose
 *   real targets are low stay fine (农村生活污水治理率 ≥45%, 再生水利用率 ≥25%, 居民健康素养水平 ≥30%, 家庭医生签约
 *   覆盖率 ≥35%, 群众文化活动参与率 ≥30%, 低保标准占消费支出比例 ≥30%).
 * - A works name (…建设, …改造 with no 率/面积/里程) in % with a value below 50 is a miscounted quantity: unit_vs_name;
 *   ≥95% on 村级综合文化服务中心建设 or 农村公路建设任务 is the share of the works done: fine.
 * - 亩均财政投入 ≥3,000元/亩 and 人均基本公共卫生服务经费补助标准 ≥94元/人·年 are allocation floors (policy requires at
 *   least so much per unit): fine; a unit cost (…单位成本, 户均改造成本) with ≥ is direction.
 * - An index or coefficient (路面技术状况指数, 灌溉水有效利用系数) takes no unit: fine without one.
 * - A signed bad change (化肥使用量增长率 ≤-1%, 主要污染物排放量变化率 -5%) is fine; the same with ≥ is direction.
 *   An unsigned fall of a bad thing (较上年下降5%, 降低0.5个百分点) is fine; an unsigned fall of a good thing
 *   (空气质量优良天数比例 下降2个百分点, 城镇新增就业人数 较上年减少5%) or a rise of a bad one (发病率 较上年上升5%) is
 *   direction.
 * - A value range with both bounds (85%～93%, 3‰～5‰, 7,200～7,800元/人·年) is measurable: fine; one past 100% is
 *   implausible_target.
 * - ≥100% is implausible_target (rules.md §2); ≤100% on a good rate is direction (implausible_target accepted beside).
 * - A blank 二级 is levels; 数量/质量/时效 without 指标 and 效果指标 for 效益 are the same levels (fine); an 效益 二级 under
 *   产出 or 数量 under 效益 is levels; an 效益 name (增收, 可支配收入增长) under 产出/数量 is level_vs_name, as is 满意度
 *   under 效益 and a …合格率 under 数量 or a …及时率 under 质量.
 * - A money standard (保障标准, 补助标准) in % is unit_vs_name (implausible_target accepted beside when above 100).
 *
 * First measurement, as written and before reading or changing any review code (UNSEEN_REPORT=1):
 * set 12: 320 project rows (192 fine, 128 with one defect; the two 秸秆综合利用率 rows fell under the harness's by-name
 * limit and were left out of this table)
 *   comparator_missing           tp 2  fp 0  fn 0   precision 100.0%  recall 100.0%
 *   direction                    tp 18 fp 1  fn 8   precision  94.7%  recall  69.2%
 *   implausible_target           tp 17 fp 0  fn 7   precision 100.0%  recall  70.8%
 *   level_vs_name                tp 8  fp 1  fn 2   precision  88.9%  recall  80.0%
 *   levels                       tp 8  fp 0  fn 0   precision 100.0%  recall 100.0%
 *   not_numeric                  tp 10 fp 0  fn 0   precision 100.0%  recall 100.0%
 *   qualitative_vs_quantitative  tp 8  fp 0  fn 0   precision 100.0%  recall 100.0%
 *   satisfaction                 tp 6  fp 0  fn 0   precision 100.0%  recall 100.0%
 *   unit_missing                 tp 6  fp 2  fn 0   precision  75.0%  recall 100.0%
 *   unit_vs_name                 tp 20 fp 0  fn 7   precision 100.0%  recall  74.1%
 * One label was wrong against set 3's reading (村卫生室服务覆盖率 under 满意度/社会效益: not a satisfaction either, so
 * level_vs_name is accepted beside levels; marked 'after measuring'), and the two 秸秆综合利用率 rows were renamed
 * 农作物秸秆综合利用率 so the harness's by-name limit no longer swallowed them. The other 26 misses and 2 false alarms had
 * general causes, fixed in the set-12 block of review-audit-cases.test.ts (b12 cases): wrong or missed coverage (错保/漏保/
 * 错发/漏发) and out-of-pocket shares (个人自付比例) as bad things; noise qualified by 昼间/夜间/平均; a cut ending the name
 * (…总量削减) and a danger made safe (危桥改造, 病险…除险加固) as results, so a ceiling caps them; a change by an amount the
 * wrong way in words (发病率 较上年上升5%, 优良天数比例 下降2个百分点, 新增就业人数 较上年减少5%; 就业 counts are good);
 * a single-digit floor on a good share (粪污/农膜/秸秆利用·回收率, 无害化处理率, 救助/报销比例; 列养率 and 免费开放率 near
 * 100%), savings and land cover apart; a works name (…建设/…改造) in % below 50, a plant capacity or a river flow in %, and
 * a money standard per recipient (保障标准) in %, as unit_vs_name; people's income (户均增收, 可支配收入增长) under 产出 as
 * level_vs_name; a per-unit financial input (亩均财政投入 ≥3000元/亩) as a floor; coefficients and indexes without a unit.
 * The two former known limits (set 5's 秸秆综合利用率 ≥9%, set 7's 高标准农田建设 ≥2.6%) are now decided by the floor and
 * works rules and were removed from the harness's LIMITS; their fine twins in sets 5, 7 and 12 stay unflagged.
 * After the fixes: every code precision 100%, recall 100% (direction tp 26, unit_vs_name 27, implausible_target 24,
 * level_vs_name 10, not_numeric 10, qualitative_vs_quantitative 9, levels 8, satisfaction 6, unit_missing 6,
 * comparator_missing 2); every earlier set stays at 0 false alarms.
 */

export const HELD_OUT_12: RowCase[] = [
  // 义务教育薄弱环节改善与能力提升
  X('义务教育薄弱环节', O, QTY, '新建改扩建校舍面积', '≥', '12,500', '平方米', null),
  X('义务教育薄弱环节', O, QTY, '购置学生课桌椅', null, '≥3,600套', null, null),
  X('义务教育薄弱环节', O, QTY, '改善寄宿制学校数', '≥', '18', '所', null),
  X('义务教育薄弱环节', O, QUAL, '校舍竣工验收合格率', '＝', '100', '%', null),
  X('义务教育薄弱环节', O, QUAL, '义务教育大班额比例', '≤', '0.5', '%', null),
  X('义务教育薄弱环节', O, QUAL, '学校标准化建设达标率', '≥', '92.5', '%', null),
  X('义务教育薄弱环节', O, TIME, '项目开工及时率', '≥', '95', '%', null),
  X('义务教育薄弱环节', C, ECOST, '校舍新建单位造价', '≤', '3,200', '元/平方米', null),
  X('义务教育薄弱环节', B, SOC, '九年义务教育巩固率', '≥', '99.2', '%', null),
  X('义务教育薄弱环节', B, SOC, '适龄儿童少年辍学人数', '＝', '0', '人', null),
  X('义务教育薄弱环节', B, SOC, '生均校舍建筑面积', '≥', '7.5', '平方米/生', null),
  X('义务教育薄弱环节', B, SOC, '大班额化解率', '≥', '95', '%', null),
  X('义务教育薄弱环节', B, SUST, '办学条件', '定性', '持续改善', null, null),
  X('义务教育薄弱环节', S, SAT, '学生家长满意度', '≥', '92', '%', null),
  X('义务教育薄弱环节', '产出', '数量', '新增寄宿生床位', '≥', '1,200', '个', null),
  X('义务教育薄弱环节', O, QTY, '新建改扩建校舍面积', '≥', '12,500', '%', 'unit_vs_name'),
  X('义务教育薄弱环节', O, QUAL, '义务教育大班额比例', '≥', '0.5', '%', 'direction'),
  X('义务教育薄弱环节', B, SOC, '九年义务教育巩固率', '≥', '99.2', '人', 'unit_vs_name'),
  X('义务教育薄弱环节', B, SOC, '适龄儿童少年辍学人数', '≥', '0', '人', 'implausible_target', ['direction']),
  X('义务教育薄弱环节', O, QUAL, '校舍竣工验收合格率', '≥', '102', '%', 'implausible_target'),
  X('义务教育薄弱环节', S, SAT, '学生家长满意度', '≥', '80', '%', 'satisfaction'),
  X('义务教育薄弱环节', O, TIME, '项目开工及时率', '≤', '95', '%', 'direction'),
  X('义务教育薄弱环节', '产出', '数量', '新增寄宿生床位', '≥', '1,200', null, 'unit_missing'),
  X('义务教育薄弱环节', B, SOC, '学生家长满意度', '≥', '92', '%', 'level_vs_name'),
  X('义务教育薄弱环节', O, '', '购置学生课桌椅', '≥', '3,600', '套', 'levels'),

  // 基本公共卫生服务
  X('基本公卫', C, ECOST, '人均基本公共卫生服务经费补助标准', '≥', '94', '元/人·年', null),
  X('基本公卫', O, QTY, '高血压患者基层管理人数', '≥', '1.86', '万人', null),
  X('基本公卫', O, QUAL, '65岁及以上老年人城乡社区规范健康管理服务率', '≥', '62', '%', null),
  X('基本公卫', O, QUAL, '高血压患者基层规范管理服务率', '≥', '62', '%', null),
  X('基本公卫', O, QUAL, '0-6岁儿童健康管理率', '≥', '90', '%', null),
  X('基本公卫', O, QUAL, '孕产妇系统管理率', null, '≥90%且≤100%', null, null),
  X('基本公卫', O, QUAL, '适龄儿童国家免疫规划疫苗接种率', '≥', '90', '%', null),
  X('基本公卫', O, QUAL, '严重精神障碍患者规范管理率', '≥', '80', '%', null),
  X('基本公卫', O, QUAL, '老年人中医药健康管理率', '≥', '75', '%', null),
  X('基本公卫', O, QUAL, '家庭医生签约服务覆盖率', '≥', '35', '%', null),
  X('基本公卫', O, TIME, '传染病和突发公共卫生事件报告及时率', '≥', '95', '%', null),
  X('基本公卫', B, SOC, '孕产妇死亡率', '≤', '9.5', '1/10万', null),
  X('基本公卫', B, SOC, '婴儿死亡率', '≤', '5', '‰', null),
  X('基本公卫', B, SOC, '5岁以下儿童死亡率', null, '≤6‰', null, null),
  X('基本公卫', B, SOC, '婴儿死亡率', null, '3‰～5‰', null, null),
  X('基本公卫', B, SOC, '甲乙类法定传染病报告发病率', '≤', '180', '1/10万', null),
  X('基本公卫', B, SOC, '新生儿破伤风发病率', '≤', '1', '‱', null),
  X('基本公卫', B, SOC, '出生缺陷发生率', '≤', '130', '1/万', null),
  X('基本公卫', B, SOC, '居民健康素养水平', '≥', '30', '%', null),
  X('基本公卫', B, SOC, '5岁以下儿童贫血率', null, '较上年降低0.5个百分点', null, null),
  X('基本公卫', B, SUST, '基本公共卫生服务均等化水平', '定性', '逐步提高', null, null),
  X('基本公卫', S, SAT, '城乡居民对基本公共卫生服务满意度', '≥', '85', '分', 'satisfaction'),
  X('基本公卫', B, SOC, '婴儿死亡率', '≥', '5', '‰', 'direction'),
  X('基本公卫', B, SOC, '孕产妇死亡率', '≥', '9.5', '1/10万', 'direction'),
  X('基本公卫', B, SOC, '出生缺陷发生率', '≥', '130', '1/万', 'direction'),
  X('基本公卫', O, QUAL, '65岁及以上老年人城乡社区规范健康管理服务率', '≥', '62', '人', 'unit_vs_name'),
  X('基本公卫', O, QTY, '高血压患者基层管理人数', '≥', '62', '%', 'unit_vs_name'),
  X('基本公卫', O, QUAL, '适龄儿童国家免疫规划疫苗接种率', '≥', '9', '%', 'implausible_target'),
  X('基本公卫', O, QUAL, '严重精神障碍患者规范管理率', '≤', '80', '%', 'direction'),
  X('基本公卫', C, ECOST, '人均基本公共卫生服务经费补助标准', '≥', '94', null, 'unit_missing'),
  X('基本公卫', B, SOC, '居民健康素养水平', '定性', '30%', null, QVQ),
  X('基本公卫', O, TIME, '传染病和突发公共卫生事件报告及时率', '≥', '及时报告', null, 'not_numeric'),
  X('基本公卫', O, QUAL, '0-6岁儿童健康管理率', '≥', '900', '%', 'implausible_target'),
  X('基本公卫', B, SOC, '甲乙类法定传染病报告发病率', null, '较上年上升5%', null, 'direction'),

  // 医疗救助
  X('医疗救助', O, QTY, '资助参加基本医疗保险人数', '≥', '2.35', '万人', null),
  X('医疗救助', O, QTY, '住院救助人次', '≥', '8,600', '人·次', null),
  X('医疗救助', O, QTY, '门诊救助', null, '≥12,000人·次', null, null),
  X('医疗救助', O, QUAL, '政策范围内住院费用救助比例', '≥', '70', '%', null),
  X('医疗救助', O, QUAL, '特困人员参保资助比例', '＝', '100', '%', null),
  X('医疗救助', O, QUAL, '一站式结算覆盖率', '＝', '100', '%', null),
  X('医疗救助', O, TIME, '救助资金结算及时率', '≥', '95', '%', null),
  X('医疗救助', C, ECOST, '年度医疗救助限额', '＝', '5', '万元/人·年', null),
  X('医疗救助', B, SOC, '因病致贫返贫户数', '＝', '0', '户', null),
  X('医疗救助', B, SOC, '因病返贫致贫风险化解率', '≥', '90', '%', null),
  X('医疗救助', B, SOC, '困难群众医疗费用负担', '定性', '有效减轻', null, null),
  X('医疗救助', B, SOC, '救助对象政策范围内个人自付比例', '≤', '10', '%', null),
  X('医疗救助', S, SAT, '医疗救助对象满意度', '≥', '90', '%', null),
  X('医疗救助', O, QUAL, '政策范围内住院费用救助比例', '≥', '7', '%', 'implausible_target'),
  X('医疗救助', O, QTY, '住院救助人次', '≥', '8,600', '%', 'unit_vs_name'),
  X('医疗救助', O, QUAL, '特困人员参保资助比例', '≥', '100', '%', 'implausible_target'),
  X('医疗救助', O, TIME, '救助资金结算及时率', '≥', '10', '个工作日', 'unit_vs_name'),
  X('医疗救助', B, SOC, '因病致贫返贫户数', '≥', '0', '户', 'implausible_target', ['direction']),
  X('医疗救助', B, SOC, '救助对象政策范围内个人自付比例', '≥', '10', '%', 'direction'),
  X('医疗救助', O, QTY, '资助参加基本医疗保险人数', null, '应资尽资', null, QVQ),
  X('医疗救助', S, SAT, '医疗救助对象满意度', '≥', '较高', null, 'not_numeric'),
  ['医疗救助', O, QTY, '住院救助人次', null, '8600', '人·次', 'comparator_missing'],

  // 城乡低保
  X('城乡低保', O, QTY, '城市低保平均保障标准', '≥', '780', '元/人·月', null),
  X('城乡低保', O, QTY, '农村低保保障标准', '≥', '7,800', '元/人·年', null),
  X('城乡低保', O, QTY, '农村低保保障标准', null, '7,200～7,800元/人·年', null, null),
  X('城乡低保', O, QTY, '城乡低保对象人数', '≥', '1.2', '万人', null),
  X('城乡低保', O, QUAL, '低保金社会化发放率', '＝', '100', '%', null),
  X('城乡低保', O, QUAL, '低保对象错保率', '≤', '1', '%', null),
  X('城乡低保', O, QUAL, '低保对象漏保率', '≤', '5', '‰', null),
  X('城乡低保', O, QUAL, '低保动态管理', '定性', '应保尽保、应退尽退', null, null),
  X('城乡低保', O, TIME, '低保金按月发放及时率', '≥', '98', '%', null),
  X('城乡低保', O, TIME, '低保审核确认办理时限', '≤', '15', '个工作日', null),
  X('城乡低保', B, SOC, '城乡低保标准增幅', '≥', '5', '%', null),
  X('城乡低保', B, SOC, '低保标准占上年居民人均消费支出比例', '≥', '30', '%', null),
  X('城乡低保', B, SOC, '困难群众基本生活', '定性', '得到有效保障', null, null),
  X('城乡低保', B, SOC, '漏保问题整改率', '＝', '100', '%', null),
  X('城乡低保', S, SAT, '低保对象满意度', '≥', '92', '%', null),
  X('城乡低保', O, QUAL, '低保对象错保率', '≥', '1', '%', 'direction'),
  X('城乡低保', O, QTY, '农村低保保障标准', '≥', '7,800', '%', 'unit_vs_name', ['implausible_target']),
  X('城乡低保', O, TIME, '低保金按月发放及时率', '≥', '15', '个工作日', 'unit_vs_name'),
  X('城乡低保', O, TIME, '低保审核确认办理时限', '≥', '15', '个工作日', 'direction'),
  X('城乡低保', O, QUAL, '低保金社会化发放率', '＝', '全部发放', null, 'not_numeric'),
  X('城乡低保', O, QTY, '城乡低保对象人数', null, '应保尽保', null, QVQ),
  X('城乡低保', O, QUAL, '低保对象漏保率', '≥', '0', '%', 'implausible_target', ['direction']),
  X('城乡低保', B, SOC, '低保对象满意度', '≥', '92', '%', 'level_vs_name'),
  X('城乡低保', O, QUAL, '低保金按月发放及时率', '≥', '98', '%', 'level_vs_name'),

  // 高标准农田
  X('高标准农田', O, QTY, '新建高标准农田面积', '≥', '2.6', '万亩', null),
  X('高标准农田', O, QTY, '高标准农田建设', '≥', '2.6', '万亩', null),
  X('高标准农田', O, QTY, '高效节水灌溉面积', '≥', '8,000', '亩', null),
  X('高标准农田', O, QTY, '新增耕地', null, '1,250', '标准亩', null),
  X('高标准农田', O, QTY, '补充耕地面积', '≥', '320', '标准亩', null),
  X('高标准农田', O, QUAL, '工程质量验收合格率', '＝', '100', '%', null),
  X('高标准农田', O, QUAL, '高标准农田上图入库率', '＝', '100', '%', null),
  X('高标准农田', O, QUAL, '耕地质量等级提升', '≥', '0.5', '个等级', null),
  X('高标准农田', O, TIME, '项目完工及时率', '≥', '95', '%', null),
  X('高标准农田', O, QUAL, '高标准农田建设任务完成率', '≥', '95', '%', null),
  X('高标准农田', C, ECOST, '亩均财政投入', '≥', '3,000', '元/亩', null),
  X('高标准农田', B, ECON, '项目区粮食亩产提高', '≥', '100', '公斤/亩', null),
  X('高标准农田', B, ECON, '新增粮食产能', '≥', '0.15', '万吨', null),
  X('高标准农田', B, ECO, '灌溉水有效利用系数', '≥', '0.58', null, null),
  X('高标准农田', B, SUST, '工程设施设计使用年限', '≥', '15', '年', null),
  X('高标准农田', S, SAT, '项目区受益农户满意度', '≥', '90', '%', null),
  X('高标准农田', O, QTY, '高效节水灌溉面积', '≥', '8,000', '%', 'unit_vs_name'),
  X('高标准农田', O, QTY, '农田水利设施建设', '≥', '4.5', '%', 'unit_vs_name'),
  X('高标准农田', O, QUAL, '工程质量验收合格率', '≥', '100', '%', 'implausible_target'),
  X('高标准农田', O, QUAL, '高标准农田上图入库率', '≥', '9', '%', 'implausible_target'),
  X('高标准农田', C, ECOST, '亩均财政投入', '≥', '3,000', null, 'unit_missing'),
  X('高标准农田', S, SAT, '项目区受益农户满意度', '≥', '4.5', '分', 'satisfaction'),
  X('高标准农田', B, ECO, '项目区耕地撂荒面积', '≥', '50', '亩', 'direction'),
  X('高标准农田', O, QUAL, '耕地质量等级提升', '≥', '明显', null, 'not_numeric'),
  X('高标准农田', O, QTY, '新建高标准农田面积', '定性', '2.6', '万亩', QVQ),
  X('高标准农田', O, QTY, '项目区农民人均可支配收入增长', '≥', '8', '%', 'level_vs_name'),

  // 农村公路
  X('农村公路', O, QTY, '农村公路新改建里程', '≥', '1,200', '公里', null),
  X('农村公路', O, QTY, '县乡道安全生命防护工程', null, '≥85.6公里', null, null),
  X('农村公路', O, QTY, '危桥改造', '≥', '12', '座', null),
  X('农村公路', O, QTY, '农村公路建设任务', '≥', '98', '%', null),
  X('农村公路', O, QUAL, '农村公路优良中等路率', '≥', '85', '%', null),
  X('农村公路', O, QUAL, '路面技术状况指数（PQI）', '≥', '80', null, null),
  X('农村公路', O, QUAL, '工程交工验收合格率', '＝', '100', '%', null),
  X('农村公路', O, QUAL, '建制村通客车率', '＝', '100', '%', null),
  X('农村公路', O, QUAL, '农村公路列养率', '＝', '100', '%', null),
  X('农村公路', O, TIME, '农村公路养护资金到位率', '＝', '100', '%', null),
  X('农村公路', C, ECOST, '养护工程单位成本', '≤', '45', '万元/公里', null),
  X('农村公路', B, SOC, '交通事故万车死亡率', '≤', '1.5', '人/万车', null),
  X('农村公路', B, SOC, '群众平均出行时间缩短', '≥', '10', '分钟', null),
  X('农村公路', B, SOC, '农村公路路网密度', '≥', '105', '公里/百平方公里', null),
  X('农村公路', S, SAT, '公路沿线群众满意度', '≥', '90', '%', null),
  X('农村公路', O, QTY, '农村公路新改建里程', '≥', '1,200', '%', 'unit_vs_name'),
  X('农村公路', O, QUAL, '农村公路优良中等路率', '≥', '85', '公里', 'unit_vs_name'),
  X('农村公路', O, QTY, '危桥改造', '≤', '12', '座', 'direction'),
  X('农村公路', O, QTY, '农村公路建设', '≥', '3.8', '%', 'unit_vs_name'),
  X('农村公路', B, SOC, '交通事故万车死亡率', '≥', '1.5', '人/万车', 'direction'),
  X('农村公路', O, QUAL, '建制村通客车率', '≥', '100', '%', 'implausible_target'),
  X('农村公路', O, QUAL, '农村公路列养率', '≥', '10', '%', 'implausible_target'),
  X('农村公路', O, QUAL, '工程交工验收合格率', '≥', '合格', null, 'not_numeric'),
  X('农村公路', C, ECOST, '养护工程单位成本', '≥', '45', '万元/公里', 'direction'),
  ['农村公路', O, QTY, '农村公路新改建里程', null, '1200', '公里', 'comparator_missing'],

  // 城镇老旧小区改造
  X('老旧小区改造', O, QTY, '改造老旧小区数量', '≥', '46', '个', null),
  X('老旧小区改造', O, QTY, '改造惠及居民户数', '≥', '5,320', '户', null),
  X('老旧小区改造', O, QTY, '加装电梯', '≥', '35', '部', null),
  X('老旧小区改造', O, QTY, '改造建筑面积', '≥', '62.5', '万平方米', null),
  X('老旧小区改造', O, QTY, '改造雨污管网长度', '≥', '18.6', '公里', null),
  X('老旧小区改造', O, QTY, '新增停车位', null, '≥1,200个', null, null),
  X('老旧小区改造', O, QTY, '老旧小区改造', '≥', '46', '个', null),
  X('老旧小区改造', O, QUAL, '工程质量验收合格率', '＝', '100', '%', null),
  X('老旧小区改造', O, TIME, '当年计划小区开工率', '≥', '95', '%', null),
  X('老旧小区改造', O, OCOST, '小区改造综合单价', '≤', '380', '元/平方米', null),
  X('老旧小区改造', C, ECOST, '户均改造成本', '≤', '3.5', '万元/户', null),
  X('老旧小区改造', B, SOC, '改造后小区物业管理覆盖率', '≥', '80', '%', null),
  X('老旧小区改造', B, SOC, '施工安全事故', '＝', '0', '起', null),
  X('老旧小区改造', B, SUST, '小区长效管理机制', '定性', '建立健全', null, null),
  X('老旧小区改造', S, SAT, '小区居民满意度', '≥', '90', '%', null),
  X('老旧小区改造', O, QTY, '老旧小区改造', '≥', '2.4', '%', 'unit_vs_name'),
  X('老旧小区改造', O, QTY, '改造惠及居民户数', '≥', '5,320', '%', 'unit_vs_name'),
  X('老旧小区改造', O, QTY, '加装电梯', '≥', '35', null, 'unit_missing'),
  X('老旧小区改造', C, ECOST, '户均改造成本', '≥', '3.5', '万元/户', 'direction'),
  X('老旧小区改造', S, SAT, '小区居民满意度', '≥', '75', '%', 'satisfaction'),
  X('老旧小区改造', B, SOC, '施工安全事故', '≥', '0', '起', 'implausible_target', ['direction']),
  X('老旧小区改造', B, SOC, '改造后小区物业管理覆盖率', '≥', '80', '户', 'unit_vs_name'),
  X('老旧小区改造', O, QTY, '改造老旧小区数量', '≥', '按计划完成', null, 'not_numeric'),
  X('老旧小区改造', O, SOC, '居民居住条件', '定性', '明显改善', null, 'levels'),

  // 污染防治
  X('污染防治', O, QTY, '城市污水处理能力', '≥', '2.5', '万吨/日', null),
  X('污染防治', O, QTY, '新增污水处理能力', null, '≥5,000吨/日', null, null),
  X('污染防治', O, QTY, '生活垃圾焚烧处理能力', '≥', '600', '吨/日', null),
  X('污染防治', O, QTY, '入河排污口整治', '≥', '45', '个', null),
  X('污染防治', O, QUAL, '城市生活污水集中收集率', '≥', '70', '%', null),
  X('污染防治', O, QUAL, '污水处理厂出水达标率', '＝', '100', '%', null),
  X('污染防治', O, QUAL, '危险废物规范化处置率', '＝', '100', '%', null),
  X('污染防治', B, ECO, '化学需氧量排放总量削减', '≥', '1,200', '吨', null),
  X('污染防治', B, ECO, 'PM2.5年均浓度', '≤', '32', '微克/立方米', null),
  X('污染防治', B, ECO, 'PM2.5年均浓度', null, '较上年下降5%', null, null),
  X('污染防治', B, ECO, '空气质量优良天数比例', '≥', '85.5', '%', null),
  X('污染防治', B, ECO, '空气质量优良天数比例', null, '85%～93%', null, null),
  X('污染防治', B, ECO, '重污染天数比例', '≤', '0.8', '%', null),
  X('污染防治', B, ECO, '地表水国控断面水质优良比例', '≥', '80', '%', null),
  X('污染防治', B, ECO, '劣V类水体比例', '＝', '0', '%', null),
  X('污染防治', B, ECO, '河道生态流量', '≥', '1.5', '立方米/秒', null),
  X('污染防治', B, ECO, '受污染耕地安全利用率', '≥', '93', '%', null),
  X('污染防治', B, ECO, '单位地区生产总值二氧化碳排放降低率', '≥', '3.9', '%', null),
  X('污染防治', B, ECO, '化肥使用量增长率', '≤', '-1', '%', null),
  X('污染防治', B, ECO, '主要污染物排放量变化率', null, '-5%', null, null),
  X('污染防治', B, ECO, '单位地区生产总值能耗', null, '下降3%', null, null),
  X('污染防治', B, ECO, '区域环境噪声昼间平均等效声级', '≤', '55', '分贝', null),
  X('污染防治', B, ECO, '农作物秸秆综合利用率', '≥', '92', '%', null),
  X('污染防治', B, ECO, '畜禽粪污综合利用率', '≥', '80', '%', null),
  X('污染防治', B, ECO, '农村生活污水治理率', '≥', '45', '%', null),
  X('污染防治', B, ECO, '再生水利用率', '≥', '25', '%', null),
  X('污染防治', B, ECO, '城市黑臭水体消除比例', '≥', '90', '%', null),
  X('污染防治', O, QUAL, '城市生活污水集中收集率', '≥', '70', '万吨/日', 'unit_vs_name'),
  X('污染防治', O, QTY, '城市污水处理能力', '≥', '2.5', '%', 'unit_vs_name'),
  X('污染防治', B, ECO, 'PM2.5年均浓度', '≥', '32', '微克/立方米', 'direction'),
  X('污染防治', B, ECO, '重污染天数比例', '≥', '0.8', '%', 'direction'),
  X('污染防治', B, ECO, '劣V类水体比例', '≥', '0', '%', 'implausible_target', ['direction']),
  X('污染防治', B, ECO, '空气质量优良天数比例', '≥', '8.5', '%', 'implausible_target'),
  X('污染防治', B, ECO, '空气质量优良天数比例', null, '85%-105%', null, 'implausible_target'),
  X('污染防治', B, ECO, '空气质量优良天数比例', null, '下降2个百分点', null, 'direction'),
  X('污染防治', B, ECO, '畜禽粪污综合利用率', '≥', '8', '%', 'implausible_target'),
  X('污染防治', B, ECO, '农膜回收率', '≥', '8', '%', 'implausible_target'),
  X('污染防治', B, ECO, '农村生活垃圾无害化处理率', '≥', '9', '%', 'implausible_target'),
  X('污染防治', O, QUAL, '危险废物规范化处置率', '≤', '100', '%', 'direction', ['implausible_target']),
  X('污染防治', B, ECO, '河道生态流量', '≥', '1.5', '%', 'unit_vs_name'),
  X('污染防治', B, ECO, '区域环境噪声昼间平均等效声级', '≥', '55', '分贝', 'direction'),
  X('污染防治', B, ECO, '化学需氧量排放总量削减', '≤', '1,200', '吨', 'direction'),
  X('污染防治', B, ECO, '受污染耕地安全利用率', '≥', '有效利用', null, 'not_numeric'),
  X('污染防治', B, ECO, '农作物秸秆综合利用率', '定性', '92%', null, QVQ),
  X('污染防治', B, ECO, 'PM2.5年均浓度', '≤', '省定目标', null, 'not_numeric'),
  X('污染防治', B, ECO, '化肥使用量增长率', '≥', '-1', '%', 'direction'),

  // 就业补助
  X('就业补助', O, QTY, '城镇新增就业人数', '≥', '1.2', '万人', null),
  X('就业补助', O, QTY, '职业技能培训', '≥', '8,500', '人次', null),
  X('就业补助', O, QTY, '失业人员再就业', '≥', '3,000', '人', null),
  X('就业补助', O, QTY, '就业困难人员实现就业', '≥', '800', '人', null),
  X('就业补助', O, QTY, '发放创业担保贷款', '≥', '2.5', '亿元', null),
  X('就业补助', O, QUAL, '职业技能培训合格率', '≥', '90', '%', null),
  X('就业补助', O, QUAL, '零就业家庭动态清零率', '＝', '100', '%', null),
  X('就业补助', O, TIME, '社会保险补贴发放及时率', '≥', '95', '%', null),
  X('就业补助', O, TIME, '就业补助资金支出进度', null, '按序时进度', null, null),
  X('就业补助', C, ECOST, '公益性岗位补贴标准', '＝', '1,800', '元/人·月', null),
  X('就业补助', C, ECOST, '培训补贴人均标准', '≤', '1,500', '元/人', null),
  X('就业补助', B, SOC, '城镇调查失业率', '≤', '5.5', '%', null),
  X('就业补助', B, SOC, '城镇登记失业率', null, '控制在4%以内', null, null),
  X('就业补助', B, SOC, '城镇调查失业率', null, '4.5%-5.5%', null, null),
  X('就业补助', B, SOC, '培训后就业率', '≥', '60', '%', null),
  X('就业补助', B, SOC, '高校毕业生年末就业率', '≥', '90', '%', null),
  X('就业补助', S, SAT, '参训人员满意度', '≥', '90', '%', null),
  X('就业补助', B, SOC, '城镇调查失业率', '≥', '5.5', '%', 'direction'),
  X('就业补助', O, QTY, '城镇新增就业人数', '≥', '1.2', '%', 'unit_vs_name'),
  X('就业补助', B, SOC, '培训后就业率', '≥', '60', '人', 'unit_vs_name'),
  X('就业补助', B, SOC, '零就业家庭户数', '≥', '0', '户', 'implausible_target', ['direction']),
  X('就业补助', O, QTY, '就业困难人员实现就业', '≥', '800', null, 'unit_missing'),
  X('就业补助', C, ECOST, '公益性岗位补贴标准', '≥', '按规定', null, 'not_numeric'),
  X('就业补助', O, QTY, '职业技能培训', '定性', '8,500', '人次', QVQ),
  X('就业补助', O, QUAL, '参训人员满意度', '≥', '90', '%', 'level_vs_name'),
  X('就业补助', B, SOC, '高校毕业生年末就业率', '≥', '900', '%', 'implausible_target'),
  X('就业补助', O, QTY, '城镇新增就业人数', null, '稳步增长', null, QVQ),
  X('就业补助', O, QTY, '城镇新增就业人数', null, '较上年减少5%', null, 'direction'),
  X('就业补助', O, QTY, '城镇新增就业人数', '≥', '1.2', '‰', 'unit_vs_name'),

  // 文化惠民
  X('文化惠民', O, QTY, '送戏下乡演出场次', '≥', '240', '场', null),
  X('文化惠民', O, QTY, '惠及群众', '≥', '12', '万人·次', null),
  X('文化惠民', O, QTY, '公共图书馆年流通人次', '≥', '35', '万人次', null),
  X('文化惠民', O, QTY, '农家书屋出版物补充更新', '≥', '1,500', '册', null),
  X('文化惠民', O, QTY, '数字文化服务点', null, '≥56个', null, null),
  X('文化惠民', O, QUAL, '公共文化设施免费开放率', '＝', '100', '%', null),
  X('文化惠民', O, QUAL, '村级综合文化服务中心建设', '≥', '95', '%', null),
  X('文化惠民', O, QUAL, '演出活动安全事故', '＝', '0', '起', null),
  X('文化惠民', C, ECOST, '每场演出补助标准', '≤', '8,000', '元/场', null),
  X('文化惠民', B, SOC, '群众文化活动参与率', '≥', '30', '%', null),
  X('文化惠民', B, SOC, '人均公共文化设施面积', '≥', '0.2', '平方米', null),
  X('文化惠民', B, SUST, '非遗项目保护传承', '定性', '有效传承', null, null),
  X('文化惠民', S, SAT, '文化惠民演出观众满意度', '≥', '92', '%', null),
  X('文化惠民', O, QTY, '送戏下乡演出场次', '≥', '240', '%', 'unit_vs_name'),
  X('文化惠民', O, QUAL, '公共文化设施免费开放率', '≥', '100', '个', 'unit_vs_name'),
  X('文化惠民', O, QUAL, '演出活动安全事故', '≥', '1', '起', 'direction'),
  X('文化惠民', S, SAT, '文化惠民演出观众满意度', '≥', '70', '%', 'satisfaction'),
  X('文化惠民', O, QTY, '惠及群众', '≥', '广泛', null, 'not_numeric'),
  X('文化惠民', O, QTY, '农家书屋出版物补充更新', null, '及时更新', null, QVQ),
  X('文化惠民', O, QUAL, '公共文化设施免费开放率', '≥', '10', '%', 'implausible_target'),
  X('文化惠民', B, SOC, '群众对公共文化服务满意度', '≥', '90', '%', 'level_vs_name'),

  // 体育场地
  X('体育场地', O, QTY, '新建全民健身路径', '≥', '50', '套', null),
  X('体育场地', O, QTY, '新建社会足球场', '≥', '12', '块', null),
  X('体育场地', O, QTY, '体育场馆年服务人次', '≥', '50', '万人次', null),
  X('体育场地', O, QUAL, '体育场地设施验收合格率', '＝', '100', '%', null),
  X('体育场地', O, QUAL, '健身设施完好率', '≥', '95', '%', null),
  X('体育场地', O, QUAL, '体育场馆免费或低收费开放率', '＝', '100', '%', null),
  X('体育场地', B, SOC, '人均体育场地面积', '≥', '2.6', '平方米', null),
  X('体育场地', B, SOC, '经常参加体育锻炼人数比例', '≥', '38.5', '%', null),
  X('体育场地', B, SOC, '国民体质监测合格率', '≥', '90.5', '%', null),
  X('体育场地', B, SOC, '15分钟健身圈覆盖率', '≥', '90', '%', null),
  X('体育场地', B, SUST, '健身器材使用年限', '≥', '8', '年', null),
  X('体育场地', S, SAT, '群众健身满意度', '≥', '90', '%', null),
  X('体育场地', B, SOC, '人均体育场地面积', '≥', '2.6', '%', 'unit_vs_name'),
  X('体育场地', O, QTY, '体育场地建设', '≥', '1.5', '%', 'unit_vs_name'),
  X('体育场地', O, QUAL, '健身设施完好率', '≥', '95', '套', 'unit_vs_name'),
  X('体育场地', O, QUAL, '健身设施完好率', '≤', '95', '%', 'direction'),
  X('体育场地', O, QUAL, '健身器材安全事故', '≥', '0', '起', 'implausible_target', ['direction']),
  X('体育场地', O, QTY, '新建社会足球场', '≥', '12', null, 'unit_missing'),
  X('体育场地', S, SAT, '群众健身满意度', '≥', '60', '%', 'satisfaction'),
  X('体育场地', B, SOC, '15分钟健身圈覆盖率', null, '基本覆盖', null, QVQ),
  X('体育场地', O, QUAL, '体育场馆免费或低收费开放率', '≥', '100', '%', 'implausible_target'),

  // Layouts: the 2020 framework (成本 under 产出), older layouts (二级 blank or 数量/质量/时效 without 指标, 效果 for 效益)
  X('版式·2020', O, OCOST, '项目预算控制数', '≤', '860', '万元', null),
  X('版式·2020', O, OCOST, '人均培训成本', '≤', '1,200', '元/人', null),
  X('版式·2020', O, OCOST, '村卫生室标准化建设单价', '≤', '25', '万元/个', null),
  X('版式·2020', B, SUST, '设施长效运行管护', '定性', '管护到位', null, null),
  X('版式·旧', '产出', '数量', '新建村卫生室', '≥', '12', '个', null),
  X('版式·旧', '产出', '质量', '村卫生室标准化达标率', '≥', '95', '%', null),
  X('版式·旧', '产出', '时效', '补助资金拨付及时率', '≥', '95', '%', null),
  X('版式·旧', '效果指标', SOC, '群众就医便利度', '定性', '明显提升', null, null),
  X('版式·旧', '效果', '经济效益', '带动农户户均增收', '≥', '1,500', '元/户', null),
  X('版式·旧', '满意度', '服务对象满意度', '村民满意度', '≥', '90', '%', null),
  X('版式·2021', C, '经济成本', '户均补助标准', '＝', '2,000', '元/户', null),
  X('版式·2021', C, '社会成本指标', '征地拆迁影响户数', '≤', '12', '户', null),
  X('版式·2021', C, '生态环境成本指标', '施工期临时占地', '≤', '3.5', '亩', null),
  X('版式·旧', O, '', '新建村卫生室', '≥', '12', '个', 'levels'),
  X('版式·旧', B, '', '群众就医便利度', '定性', '明显提升', null, 'levels'),
  X('版式·旧', B, '数量', '受益群众人数', '≥', '3,000', '人', 'levels'),
  // after measuring: not a satisfaction either, as set 3's 养老服务覆盖率 under 满意度 reads (a labelling slip)
  X('版式·旧', S, SOC, '村卫生室服务覆盖率', '≥', '90', '%', 'levels', ['level_vs_name']),
  X('版式·2021', C, QTY, '村卫生室新建数量', '≥', '12', '个', 'levels'),
  X('版式·2021', B, ECOST, '户均补助标准', '＝', '2,000', '元/户', 'levels'),
  X('版式·错位', O, QTY, '带动农户户均增收', '≥', '1,500', '元/户', 'level_vs_name'),
  X('版式·错位', O, QTY, '村卫生室标准化达标率', '＝', '100', '%', 'level_vs_name'),
  X('版式·错位', B, SOC, '村民满意度', '≥', '90', '%', 'level_vs_name'),
  X('版式·错位', B, ECO, '项目区群众满意度', '≥', '90', '%', 'level_vs_name'),
];
