import { describe, expect, it } from 'vitest';
import { formSchema, type Indicator } from '../forms/forms-schema';
import { chineseNumber, goalQuantities } from './goal-quantities';
import { C, ECO, O, NUM, r, S, SAT, B, SOC, QUA, TIM } from './held-out-forms/form-case-types';
import { reviewForm } from './review-forms';

describe('chineseNumber', () => {
  it.each([
    ['3', 3], ['十', 10], ['十二', 12], ['二十', 20], ['二十三', 23], ['三', 3], ['两', 2],
    ['三百', 300], ['一百', 100], ['一千二百', 1200], ['一百零五', 105], ['两千五', 2500], ['三百五十', 350],
    // A lone 一 is an article (一批, 一次性); 百/千 without a digit are words (百姓, 千家万户); digits in a row are no number.
    ['一', null], ['百', null], ['千', null], ['一二', null], ['零', null], ['百十', null], ['十百', null],
  ] as const)('%s → %s', (s, want) => expect(chineseNumber(s)).toBe(want));
});

describe('goalQuantities: numerals, ranges, units and addresses (held-out set 8)', () => {
  it.each([
    ['培训基层文艺骨干三百人次', [[300, '人次', undefined]]],
    ['全年抽查企业不少于一千二百户次；组织两次全区性应急演练', [[1200, '户次', undefined], [2, '次', undefined]]],
    ['统一批量采购，发放一次性补助，打造一站式服务', []],
    ['为辖区60至80名困难残疾人提供服务', [[80, '名', 60]]],
    ['新增智慧停车泊位1500—2000个', [[2000, '个', 1500]]],
    ['每月2-3次上门服务', []],
    ['为居住在幸福里小区3栋2单元502室的老人服务', []],
    ['新建3栋12层保障性住房', [[3, '栋', undefined]]],
    ['开设特色课程20门，引进新品种5种', [[20, '门', undefined], [5, '种', undefined]]],
    ['生猪出栏45万头', [[45, '万头', undefined]]],
    // A range written the other way round is not a range: 2025-3个 keeps the old reading (part of another number).
    ['2025-3个', []],
  ] as const)('%s', (text, want) => {
    expect(goalQuantities(text).map((q) => [q.value, q.unit, q.low])).toEqual(want);
  });
});

const rest = [r(O, QUA, '验收合格率', '=', '100', '%', 20), r(B, SOC, '群众生活条件', 'qualitative', '明显改善', null, 20), r(S, SAT, '群众满意度', '>=', '92', '%', 20)];
const flagged = (goal: string, rows: Indicator[]) => {
  const form = formSchema.parse({ kind: 'project_target', project_name: '测试项目', goal, indicators: [...rows, ...rest] });
  return reviewForm(form, 0, {}).some((f) => f.code === 'goal_vs_indicators');
};

describe('goal_vs_indicators: what carries a goal quantity', () => {
  it.each([
    ['a total split over two rows', '新建改建农村公厕5座', [r(O, NUM, '新建公厕', '=', '2', '座', 15), r(O, NUM, '改建公厕', '=', '3', '座', 15)], false],
    ['a total over a run of rows', '培训教师600人次', [r(O, NUM, '骨干教师培训', '>=', '200', '人次', 10), r(O, NUM, '新任教师培训', '>=', '200', '人次', 10), r(O, NUM, '班主任培训', '>=', '200', '人次', 10)], false],
    ['a total in 万 split in units', '改造户厕1.5万户', [r(O, NUM, '新建户厕', '=', '10000', '户', 15), r(O, NUM, '改建户厕', '=', '5000', '户', 15)], false],
    ['parts that count other things', '新建改建农村公厕5座', [r(O, NUM, '新建公厕', '=', '2', '座', 15), r(O, NUM, '开展培训', '=', '3', '次', 15)], true],
    ['parts that do not add up', '新建改建农村公厕5座', [r(O, NUM, '新建公厕', '=', '2', '座', 15), r(O, NUM, '改建公厕', '=', '4', '座', 15)], true],
    ['a range carried at its lower bound', '为60至80名残疾人提供托养', [r(O, NUM, '托养服务人数', '>=', '60', '人', 30)], false],
    ['a range carried at its upper bound', '为60至80名残疾人提供托养', [r(O, NUM, '托养服务人数', '<=', '80', '人', 30)], false],
    ['a range no row carries', '新增泊位1500—2000个', [r(O, NUM, '新建停车场', '=', '3', '个', 30)], true],
    ['三百人次 carried by 300', '培训文艺骨干三百人次', [r(O, NUM, '培训文艺骨干', '>=', '300', '人次', 30)], false],
    ['三百人次 carried by no row', '培训文艺骨干三百人次', [r(O, NUM, '送戏下乡', '>=', '60', '场', 30)], true],
    ['20门 carried', '开设特色课程20门', [r(O, NUM, '开设特色课程', '>=', '20', '门', 30)], false],
    ['20门 carried by no row', '开设特色课程20门', [r(O, NUM, '开展课后服务学校', '=', '3', '所', 30)], true],
    ['a home address is no quantity', '为3栋2单元502室的失独老人提供每周2次探访', [r(O, NUM, '上门探访频次', '>=', '2', '次/周', 30)], false],
    // Held-out set 44: trains counted in 列, counts in 亿, capacity the year adds, a daily amount restating the year's.
    ['30列 carried by no row', '完成车辆架修30列', [r(O, NUM, '运营线路条数', '=', '4', '条', 30)], true],
    ['30列 carried', '完成车辆架修30列', [r(O, NUM, '完成车辆架修', '>=', '30', '列', 30)], false],
    ['20亿条 carried by no row', '汇聚数据20亿条', [r(O, NUM, '上线场景', '>=', '25', '个', 30)], true],
    ['20亿条 carried', '汇聚数据20亿条', [r(O, NUM, '汇聚数据', '>=', '20', '亿条', 30)], false],
    ['capacity added is delivered', '新增飞灰填埋库容5万立方米', [r(O, NUM, '焚烧处理量', '>=', '73', '万吨', 30)], true],
    ['a design capacity is no quantity', '保障日处理能力3000吨的焚烧厂稳定运行', [r(O, NUM, '焚烧处理量', '>=', '73', '万吨', 30)], false],
    ['a daily amount with the year\'s in brackets', '日均焚烧处理生活垃圾2000吨（全年73万吨）', [r(O, NUM, '焚烧处理量', '>=', '73', '万吨', 30)], false],
    ['a daily amount with an uncarried year', '日均焚烧处理生活垃圾2000吨（全年80万吨）', [r(O, NUM, '焚烧处理量', '>=', '73', '万吨', 30)], true],
  ] as const)('%s', (_, goal, rows, want) => expect(flagged(goal, [...rows])).toBe(want));
});

describe('goalQuantities: numerals through 万 and 亿, money promised as a result (held-out set 11)', () => {
  it.each([
    ['开展职业技能培训一万五千人次', [[15000, '人次']]],
    ['帮助失业人员再就业五千人，新增就业两万人', [[5000, '人'], [20000, '人']]],
    ['覆盖一万零五百户', [[10500, '户']]],
    // Words, not numbers: 千家万户, 万无一失, 每万人口.
    ['服务千家万户，确保万无一失，每万人口拥有量提高', []],
    // Money is the budget unless a result is promised in it.
    ['安排财政资金3000万元发放数字消费券，带动消费1.5亿元以上', [[1.5, '亿元']]],
    ['实现营业收入2亿元，带动农户户均增收800元', [[2, '亿元'], [800, '元']]],
    ['项目总投资2860万元，人均补助500元，合同金额96万元', []],
    ['发放创业担保贷款3亿元', []],
  ] as const)('%s', (text, want) => {
    expect(goalQuantities(text).map((q) => [q.value, q.unit])).toEqual(want);
  });
});

describe('goal_vs_indicators: 万 numerals and money outcomes (held-out set 11)', () => {
  it.each([
    ['一万五千人次 carried by 15000', '培训一万五千人次', [r(O, NUM, '职业技能培训人次', '>=', '15000', '人次', 30)], false],
    ['一万五千人次 carried by 1.5 万人次', '培训一万五千人次', [r(O, NUM, '职业技能培训人次', '>=', '1.5', '万人次', 30)], false],
    ['一万五千人次 carried by no row', '培训一万五千人次', [r(O, NUM, '职业技能培训人次', '>=', '1500', '人次', 30)], true],
    ['1.5亿元 carried by 1.5 亿元', '带动消费1.5亿元', [r(B, SOC, '带动消费金额', '>=', '1.5', '亿元', 30)], false],
    ['1.5亿元 carried by 15000 万元', '带动消费1.5亿元', [r(B, SOC, '带动消费金额', '>=', '15000', '万元', 30)], false],
    ['1.5亿元 carried by no row', '带动消费1.5亿元', [r(O, NUM, '参与商户', '>=', '2000', '家', 30)], true],
    ['a budget amount needs no row', '安排资金3000万元发放消费券', [r(O, NUM, '参与商户', '>=', '2000', '家', 30)], false],
  ] as const)('%s', (_, goal, rows, want) => expect(flagged(goal, [...rows])).toBe(want));
});

describe('goal_vs_indicators: a department self-evaluation with targets one level down (held-out set 15)', () => {
  const held = (rows: Array<Partial<Indicator>>) => {
    const form = formSchema.parse({ kind: 'department_self_evaluation', org: '测试局', goal: '完成地质灾害工程治理6处，新增耕地1200亩。', total_score: 90, indicators: rows });
    return reviewForm(form, 0, {}).some((f) => f.code === 'goal_vs_indicators');
  };
  const target = { level1: '履职效能', level2: '产出指标', name: '完成地质灾害工程治理', comparator: '>=', target: '6', unit: '处', weight: 50, actual: '6', score: 50 } as const;
  it.each([
    ['履职效能 › 产出指标 rows with 指标值: held to the goal', [target, { ...target, level2: '效益指标', name: '耕地保有量', target: '42.3', unit: '万亩' }], true],
    ['the same rows carrying 1200 亩: nothing missing', [target, { ...target, level2: '效益指标', name: '新增耕地', target: '1200', unit: '亩' }], false],
    ['a score sheet (社会效应 › 服务对象满意度, no 指标值): not held', [{ level1: '社会效应', level2: '服务对象满意度', name: '服务对象满意度', weight: 50, score: 48 }, { level1: '履职效能', level2: '重点工作', name: '重点工作完成率', weight: 50, score: 50 }], false],
    ['scored items with 指标值 on a 预算管理 tree: not held', [{ level1: '预算管理', level2: '预算执行', name: '预算执行率', comparator: '>=', target: '95', unit: '%', weight: 50, score: 48 }], false],
  ] as const)('%s', (_, rows, want) => expect(held([...rows])).toBe(want));
});

describe('goal_vs_indicators: the year against the 实施期, units of the same measure, time limits (held-out set 19)', () => {
  const year = (goal: string, rows: Indicator[], extra: Record<string, unknown> = {}) => {
    const form = formSchema.parse({ kind: 'project_target', fiscal_year: 2025, project_name: '测试项目', goal, indicators: [...rows, ...rest], ...extra });
    return reviewForm(form, 0, {}).some((f) => f.code === 'goal_vs_indicators');
  };
  const station = [r(O, NUM, '新建智能健身驿站', '>=', '10', '个', 30)];
  it.each([
    ['实施期 beside 年度: only the year is held', '实施期目标：2024—2026年累计建成驿站30个。年度目标：2025年新建驿站10个。', station, false],
    ['the year’s own quantity still is', '实施期目标：累计建成驿站30个。年度目标：新建驿站10个、健身路径40条。', station, true],
    ['实施期 alone is the project’s target', '实施期目标：新建驿站30个。', station, true],
    ['中长期 with a later year', '中长期目标：到2027年人均体育场地面积达到2.8平方米。年度目标：新建驿站10个。', station, false],
    ['a clause reaching a later year', '围绕到2026年累计建成驿站30个的目标，2025年新建驿站10个。', station, false],
    ['a clause reaching this year is this year’s', '到2025年底新建驿站30个。', station, true],
    ['a period that promises each year', '2025—2027年每年新建驿站30个。', station, true],
    ['a period total', '2024—2026年累计新建驿站30个，2025年新建驿站10个。', station, false],
    ['长期目标 inside a sentence is no label', '年度目标：新建驿站10个，为实现长期目标打下基础，新建健身路径40条。', station, true],
    ['5.2公里 carried by 5200 米', '改造照明线路5.2公里', [r(O, NUM, '改造照明线路', '>=', '5200', '米', 30)], false],
    ['1200米 carried by 1.2 公里', '新建步道1200米', [r(O, NUM, '新建步道', '>=', '1.2', '公里', 30)], false],
    ['12公里 not carried by 12 条', '新建健身步道12公里', [r(O, NUM, '新建健身步道', '>=', '12', '条', 30)], true],
    ['3.2吨 carried by 3200 公斤', '回收农药包装废弃物3.2吨', [r(O, NUM, '回收农药包装废弃物', '>=', '3200', '公斤', 30)], false],
    ['186公顷 carried by 186 万平方米 (set 42)', '养护公园绿地186公顷', [r(O, NUM, '公园绿地养护面积', '>=', '186', '万平方米', 30)], false],
    ['20公顷 carried by 300 亩', '建设林下中药材基地20公顷', [r(O, NUM, '林下中药材基地', '>=', '300', '亩', 30)], false],
    ['1.2平方公里 carried by 120 公顷', '治理水土流失面积1.2平方公里', [r(O, NUM, '治理水土流失面积', '>=', '120', '公顷', 30)], false],
    ['186公顷 not carried by 186 亩', '养护公园绿地186公顷', [r(O, NUM, '公园绿地养护面积', '>=', '186', '亩', 30)], true],
    ['a time limit carried by a 时效 row', '困人救援30分钟内到场', [r(O, TIM, '困人救援到场时间', '<=', '30', '分钟', 30)], false],
    ['a time limit no row carries', '预警信息5分钟内发布到村', station, true],
    ['5个工作日内 carried by ≤5 个工作日', '公证事项5个工作日内办结', [r(O, TIM, '公证办证时限', '<=', '5', '个工作日', 30)], false],
    ['5个工作日内 carried by ≤5 天', '公证事项5个工作日内办结', [r(O, TIM, '公证办证时限', '<=', '5', '天', 30)], false],
    ['每月不少于8小时 is a frequency (set 8)', '矫正对象参加公益活动每月不少于8小时', station, false],
    ['an intensity in %', '全社会研发投入强度达到2.5%', station, true],
    ['a growth figure is not held (audit case goal_vs_indicators-9)', '农村居民人均可支配收入增长6%', station, false],
    ['a data volume', '数字资源总量达到200TB', station, true],
    ['150万千瓦时 carried by 150 万千瓦时', '年节约用电150万千瓦时', [r(B, SOC, '年节约用电量', '>=', '150', '万千瓦时', 30)], false],
  ] as const)('%s', (_, goal, rows, want) => expect(year(goal, [...rows])).toBe(want));
});

describe('goal_vs_indicators: a department’s 职能 and 年度主要任务 (held-out set 19)', () => {
  const dept = (goal: string, tasks: Array<{ name: string; content: string }> = []) => {
    const form = formSchema.parse({ kind: 'department_target', fiscal_year: 2025, org: '测试局', goal, tasks, indicators: [r(O, NUM, '举办赛事活动', '>=', '50', '场次', 40), ...rest] });
    return reviewForm(form, 0, {}).filter((f) => f.code === 'goal_vs_indicators').map((f) => f.field);
  };
  it.each([
    ['职能 states scope', '主要职能：负责全区11个街镇的群众体育工作。年度重点工作：举办赛事活动50场次。', [], []],
    ['职能 without a work label ends at 。', '部门职责：指导全区11个街镇体育工作。新建足球场8块。', [], ['goal']],
    ['a task quantity no row carries', '推进体育事业发展。', [{ name: '赛事', content: '举办赛事活动50场次。' }, { name: '人才', content: '引进体育人才50名。' }], ['tasks[1].content']],
    ['task quantities carried', '推进体育事业发展。', [{ name: '赛事', content: '举办赛事活动50场次。' }], []],
  ] as const)('%s', (_, goal, tasks, want) => expect(dept(goal, [...tasks])).toEqual(want));
});

describe('goal_vs_indicators: a department score sheet states no targets (held-out set 19)', () => {
  const sheet = (rows: Array<Partial<Indicator>>) => {
    const form = formSchema.parse({ kind: 'department_self_evaluation', org: '测试局', goal: '全年调解矛盾纠纷6500件。', total_score: 30, indicators: rows });
    return reviewForm(form, 0, {}).some((f) => f.code === 'goal_vs_indicators');
  };
  it.each([
    ['投入/过程/产出/效益 items with 分值 and 得分 only', [{ level1: '产出', level2: '产出数量', name: '重点工作完成率', weight: 20, score: 19 }, { level1: '效益', level2: '社会效益', name: '矛盾纠纷化解成效', weight: 10, score: 10 }], false],
    ['产出 rows with 指标值', [{ level1: '产出指标', level2: '数量指标', name: '人民调解案件', comparator: '>=', target: '6000', unit: '件', weight: 30, actual: '6100', score: 30 }], true],
  ] as const)('%s', (_, rows, want) => expect(sheet([...rows])).toBe(want));
});

describe('goal_vs_indicators: 比例 measured as a rate, a rate in words (held-out set 21)', () => {
  const held = (goal: string, rows: Indicator[]) => {
    const form = formSchema.parse({ kind: 'project_target', fiscal_year: 2025, project_name: '测试项目', goal, indicators: [...rows, ...rest] });
    return reviewForm(form, 0, {}).some((f) => f.code === 'goal_vs_indicators');
  };
  const managed = [r(O, QUA, '高血压患者规范管理率', '>=', '65', '%', 30)];
  const passed = [r(O, QUA, '产业基地验收合格率', '>=', '95', '%', 30)];
  it.each([
    ['a 比例 carried by the rate row of the same thing', '高血压患者规范管理比例达到65%', managed, false],
    ['a 比例 the rate row states differently', '高血压患者规范管理比例达到70%', managed, true],
    ['a 比例 no row measures is a share (补助比例), not held', '省级补助比例30%，规范管理比例达到65%', managed, false],
    ['a 水平 carried by its row in %', '居民健康素养水平达到30%', [r(B, SOC, '居民健康素养水平', '>=', '30', '%', 30)], false],
    ['a 水平 its row states differently', '居民健康素养水平达到35%', [r(B, SOC, '居民健康素养水平', '>=', '30', '%', 30)], true],
    ['a 水平 no row measures describes', '收入水平提高，达到全市平均水平的90%', [r(B, SOC, '居民健康素养水平', '>=', '30', '%', 30)], false],
    ['百分之九十五 carried by 95%', '基地验收合格率达到百分之九十五', passed, false],
    ['百分之九十八 against 95%', '基地验收合格率达到百分之九十八', passed, true],
    ['8.6万余人 carried by 86000 人', '受益人口8.6万余人', [r(B, SOC, '农村供水受益人口', '>=', '86000', '人', 30)], false],
    ['1.2亿元 of income carried by 120000000 元', '带动农民增收1.2亿元', [r(B, SOC, '带动农民增收', '>=', '120000000', '元', 30)], false],
    ['1.5亿元 against 120000000 元', '带动农民增收1.5亿元', [r(B, SOC, '带动农民增收', '>=', '120000000', '元', 30)], true],
  ] as const)('%s', (_, goal, rows, want) => expect(held(goal, [...rows])).toBe(want));
  it.each([
    ['规范管理比例达到70%', [[70, '%', true]]],
    ['合格率达到百分之九十五', [[95, '%', undefined]]],
  ] as const)('goalQuantities(%s)', (text, want) => {
    expect(goalQuantities(text).map((q) => [q.value, q.unit, q.share])).toEqual(want);
  });
});

describe('goal_vs_indicators: the row a task names states another number (held-out set 22)', () => {
  const base = [r(O, NUM, '完成农村人居环境整治村', '>=', '8', '个', 30), r(O, NUM, '新建村级便民服务点', '>=', '6', '个', 20)];
  const dept = (content: string, rows: Indicator[] = base) => {
    const form = formSchema.parse({ kind: 'department_target', fiscal_year: 2025, org: '测试镇', goal: '推进乡村振兴。', tasks: [{ name: '任务', content }], indicators: [...rows, ...rest] });
    return reviewForm(form, 0, {}).filter((f) => f.code === 'goal_vs_indicators').map((f) => f.field);
  };
  it.each([
    ['the named row says 6, another row happens to carry 8', '新建村级便民服务点8个。', base, ['tasks[0].content']],
    ['the named row carries the number', '新建村级便民服务点6个。', base, []],
    ['the clause names no row: any row carrying 8 will do', '完成8个村整治。', base, []],
    ['two named rows split the total', '新建村级便民服务点8个。', [...base, r(O, NUM, '新建村级便民服务点（续建）', '>=', '2', '个', 10)], []],
    ['a row carrying the number shares the clause', '新建村级便民服务点8个。', [...base, r(O, NUM, '村级便民服务点覆盖村', '>=', '8', '个', 10)], []],
    ['in 万: 2.3万亩 named, 23000亩 in the task', '新建高标准农田23000亩。', [r(O, NUM, '新建高标准农田', '>=', '2.3', '万亩', 50)], []],
    ['in 万: 2.3万亩 named, 25000亩 in the task', '新建高标准农田25000亩。', [r(O, NUM, '新建高标准农田', '>=', '2.3', '万亩', 50), r(O, NUM, '培训农民', '>=', '25000', '亩', 10)], ['tasks[0].content']],
  ] as const)('%s', (_, content, rows, want) => expect(dept(content, [...rows])).toEqual(want));
});

describe('goalQuantities: counts of fish, birds, doses and seeds, in 万 as well (held-out set 23)', () => {
  it.each([
    ['增殖放流鱼苗1200万尾、品种6种以上', [[1200, '万尾'], [6, '种']]],
    ['发放鸡苗3万羽，接种疫苗12万剂次，发放种子8000粒', [[3, '万羽'], [12, '万剂次'], [8000, '粒']]],
    ['引进种马20匹，发放纪念章500枚', [[20, '匹'], [500, '枚']]],
    // Not counts: 尾 and 羽 ending other words, a document number.
    ['做好收尾工作，羽毛球场地改造，渝府发〔2025〕8号', []],
  ] as const)('%s', (text, want) => {
    expect(goalQuantities(text).map((q) => [q.value, q.unit])).toEqual(want);
  });
});

describe('goalQuantities: archives in 卷 and 页, cases in 起 and 宗; page footers are no quantity (held-out set 24)', () => {
  it.each([
    ['完成馆藏档案数字化120万页，接收进馆档案1.5万卷', [[120, '万页'], [1.5, '万卷']]],
    ['集中化解信访积案35起，办结历史遗留问题12宗', [[35, '起'], [12, '宗']]],
    ['第 1 页 共 2 页；第3页；共12页', []],
    ['自2025年1月1日起施行，一起研究解决', []],
  ] as const)('%s', (text, want) => {
    expect(goalQuantities(text).map((q) => [q.value, q.unit])).toEqual(want);
  });
});

describe('goal_vs_indicators: 卷 and 页 held to the rows, a 年度目标 copied from last year (held-out set 24)', () => {
  const archive = [r(O, NUM, '馆藏档案数字化', '>=', '120', '万页', 15), r(O, NUM, '接收进馆档案', '>=', '1.5', '万卷', 15)];
  const findings = (kind: 'project_target' | 'department_self_evaluation', goal: string, fiscal_year: number | null = 2025) => {
    const rows = kind === 'project_target' ? [...archive, ...rest] : [...archive, ...rest].map((x) => ({ ...x, actual: x.target, score: x.weight }));
    const form = formSchema.parse({ kind, fiscal_year, goal, indicators: rows });
    return reviewForm(form, 0, {}).filter((f) => f.code === 'goal_vs_indicators').map((f) => f.field);
  };
  it.each([
    ['units in other multiples carry', 'project_target', '数字化1200000页，接收进馆档案15000卷。', 2025, []],
    ['2万卷 against a row of 1.5万卷', 'project_target', '数字化120万页，接收进馆档案2万卷。', 2025, ['goal']],
    ['年度目标 headed by last year', 'project_target', '实施期目标：到2027年全部数字化。年度目标：2024年数字化120万页。', 2025, ['goal']],
    ['2024年度目标 on a 2025 self-evaluation with targets', 'department_self_evaluation', '2024年度目标：数字化120万页，接收档案1.5万卷。', 2025, ['goal']],
    ['a base year is context', 'project_target', '年度目标：在2024年基础上，数字化120万页。', 2025, []],
    ['the year’s own target', 'project_target', '年度目标：2025年数字化120万页。', 2025, []],
    ['no fiscal year known', 'project_target', '年度目标：2024年数字化120万页。', null, []],
  ] as const)('%s', (_, kind, goal, year, want) => expect(findings(kind, goal, year)).toEqual(want));
});

describe('goalQuantities: a count of the places or people just named; 资产总额 as a result (held-out set 25)', () => {
  it.each([
    ['在峡口、迎龙、广阳3个镇共维修户户通设备3000户', [[3000, '户']]],
    ['重点帮扶归侨陈阿生、侨眷林美珍两户', []],
    ['在南坪、花园路2个街道设立服务站5个', [[5, '个']]],
    // Still counts: the list does not match the number, the count is of things, or the items are long clauses.
    ['在峡口、迎龙3个镇开展试点', [[3, '个']]],
    ['建设篮球场、足球场2个', [[2, '个']]],
    ['为孤寡老人提供助餐、为残疾人提供康复训练2户', [[2, '户']]],
    ['区属国有企业资产总额达到320亿元', [[320, '亿元']]],
    ['项目投资总额达到320亿元，合同总额1.2亿元', []],
  ] as const)('%s', (text, want) => {
    expect(goalQuantities(text).map((q) => [q.value, q.unit])).toEqual(want);
  });
});

describe('goal_vs_indicators: a time limit carried in hours or minutes (held-out set 25)', () => {
  const held = (goal: string, row: Indicator) => {
    const form = formSchema.parse({ kind: 'project_target', fiscal_year: 2025, project_name: '测试项目', goal, indicators: [row, ...rest] });
    return reviewForm(form, 0, {}).some((f) => f.code === 'goal_vs_indicators');
  };
  it.each([
    ['2天内 by ≤48 小时', '故障2天内修复', r(O, TIM, '故障维修响应时间', '<=', '48', '小时', 30), false],
    ['3天内 against ≤48 小时', '故障3天内修复', r(O, TIM, '故障维修响应时间', '<=', '48', '小时', 30), true],
    ['48小时内 by ≤2 天', '故障48小时内修复', r(O, TIM, '故障修复时限', '<=', '2', '天', 30), false],
    ['30分钟内 by ≤0.5 小时', '救援30分钟内到场', r(O, TIM, '救援到场时间', '<=', '0.5', '小时', 30), false],
    ['1小时内 by ≤60 分钟', '报警1小时内到场', r(O, TIM, '出警到场时间', '<=', '60', '分钟', 30), false],
    // 工作日 are not whole days of 24 hours.
    ['2个工作日内 against ≤48 小时', '2个工作日内办结', r(O, TIM, '办结时限', '<=', '48', '小时', 30), true],
  ] as const)('%s', (_, goal, row, want) => expect(held(goal, row)).toBe(want));
});

describe('goalQuantities: lengths, areas, volumes and weights in symbols (held-out set 25)', () => {
  it.each([
    ['新建标准厂房80000㎡，清淤3000m³，铺设管道12km', [[80000, '平方米'], [3000, '立方米'], [12, '公里']]],
    ['改造3.2万m²，储备粮1.2万t，收运垃圾500t，新建道路800m，堆肥20kg', [[3.2, '万平方米'], [1.2, '万吨'], [500, '吨'], [800, '米'], [20, '公斤']]],
    // Names and other measures: no length, area or weight to deliver.
    ['PM2.5浓度下降，建设5G基站，4K超高清，10kV线路，G65高速，S103，3D打印，MP3，H5N1', []],
    ['COD限值50mg/L，PM2.5年均35μg/m³，每份500ml，响应10min，带宽100Mbps，车速60km/h', []],
    ['路宽12m，处理能力3000m³/日', []],
  ] as const)('%s', (text, want) => {
    expect(goalQuantities(text).map((q) => [q.value, q.unit])).toEqual(want);
  });
  const held = (goal: string, row: Indicator) => {
    const form = formSchema.parse({ kind: 'project_target', fiscal_year: 2025, project_name: '测试项目', goal, indicators: [row, ...rest] });
    return reviewForm(form, 0, {}).some((f) => f.code === 'goal_vs_indicators');
  };
  it.each([
    ['80000㎡ by 8 万平方米', '新建标准厂房80000㎡', r(O, NUM, '新建标准厂房建筑面积', '>=', '8', '万平方米', 30), false],
    ['100000㎡ against 8 万平方米', '新建标准厂房100000㎡', r(O, NUM, '新建标准厂房建筑面积', '>=', '8', '万平方米', 30), true],
    ['12公里 by a row in km', '铺设管道12公里', r(O, NUM, '铺设管道', '>=', '12', 'km', 30), false],
    ['12km by 12000 米', '铺设管道12km', r(O, NUM, '铺设管道', '>=', '12000', '米', 30), false],
    ['3000立方米 by a row in m³', '清淤3000立方米', r(O, NUM, '河道清淤量', '>=', '3000', 'm³', 30), false],
  ] as const)('%s', (_, goal, row, want) => expect(held(goal, row)).toBe(want));
});

describe('goalQuantities: the design scale of a plant is no quantity delivered (set 25 follow-up)', () => {
  it.each([
    ['污水处理厂日处理规模10万吨，设计规模5万立方米', []],
    ['新建标准厂房，建设规模8万平方米', [[8, '万平方米']]],
    ['全年处理污水3650万吨', [[3650, '万吨']]],
  ] as const)('%s', (text, want) => {
    expect(goalQuantities(text).map((q) => [q.value, q.unit])).toEqual(want);
  });
});

describe('goalQuantities: blood in 单位 (held-out set 26)', () => {
  it.each([
    ['全年采集全血52000单位，组织团体献血180场次', [[52000, '单位'], [180, '场次']]],
    ['采集全血5.32万单位', [[5.32, '万单位']]],
    // 单位 as an organisation is counted by its own counter, or not at all.
    ['检查用人单位436家，覆盖3个单位', [[436, '家'], [3, '个']]],
  ] as const)('%s', (text, want) => {
    expect(goalQuantities(text).map((q) => [q.value, q.unit])).toEqual(want);
  });
});

describe('goal_vs_indicators on 全年实际完成情况: a row’s actual stated differently (held-out set 26)', () => {
  const rows = [
    r(O, NUM, '禁毒宣传进校园活动', '>=', '120', '场', 20, { actual: '126', score: 20 }),
    r(O, NUM, '开展科普培训', '>=', '3200', '人次', 20, { actual: '3000', score: 18.75, reason: '高温停课' }),
    r(O, NUM, '劳动者职业健康检查', '>=', '3.8', '万人', 10, { actual: '3.92', score: 10 }),
    r(O, QUA, '新植行道树成活率', '>=', '98', '%', 15, { actual: '98.6', score: 15 }),
    r(B, SOC, '建成区绿化覆盖率', '>=', '43', '%', 15, { actual: '43.2', score: 15 }),
    r(O, TIM, '补贴资金兑付时限', '<=', '30', '日', 10, { actual: '26', score: 10 }),
  ];
  const onOutcome = (goal_outcome: string) => {
    const form = formSchema.parse({ kind: 'project_self_evaluation', fiscal_year: 2025, project_name: '测试项目', goal_outcome, indicators: rows });
    return reviewForm(form, 0, {}).filter((f) => f.code === 'goal_vs_indicators' && f.field === 'goal_outcome').length;
  };
  it.each([
    ['the rows’ own actuals', '全年开展禁毒宣传进校园活动126场，培训3000人次，建成区绿化覆盖率43.2%', 0],
    ['another multiple, and one rounded as written', '检查劳动者39200人；检查劳动者3.9万人', 0],
    ['136场 against 126', '全年开展禁毒宣传进校园活动136场', 1],
    ['the target as if achieved', '全年培训3200人次', 1],
    ['a rate of the named row', '建成区绿化覆盖率45.2%', 1],
    ['3.6万人 against 3.92万', '检查劳动者3.6万人', 1],
    // Parts, targets quoted as such, changes, bounds and quantities no row reports stay quiet.
    ['a part after 其中', '开展禁毒宣传进校园活动126场（其中农村学校48场）', 0],
    ['a target quoted as such', '全年培训3000人次（计划3200人次）', 0],
    ['a change', '禁毒宣传进校园活动较上年增加12场', 0],
    ['a time bound', '补贴资金均在30日内兑付', 0],
    ['a unit no row reports', '覆盖师生5.2万人次，发放宣传册8000册', 0],
  ] as const)('%s', (_, text, want) => expect(onOutcome(text)).toBe(want));
});

describe('goal_vs_indicators on 全年实际完成情况: one shared word names the row only in its very unit (held-out set 42)', () => {
  const rows = [
    r(O, NUM, '培训农村电商带头人', '>=', '500', '人次', 20, { actual: '538', score: 20 }),
    r(O, NUM, '建设村级益农信息服务站', '>=', '60', '个', 20, { actual: '62', score: 20 }),
    r(S, SAT, '农户满意度', '>=', '90', '%', 20, { actual: '93.8', score: 20 }),
  ];
  const onOutcome = (goal_outcome: string) => {
    const form = formSchema.parse({ kind: 'project_self_evaluation', fiscal_year: 2025, project_name: '测试项目', goal_outcome, indicators: rows });
    return reviewForm(form, 0, {}).filter((f) => f.code === 'goal_vs_indicators' && f.field === 'goal_outcome').length;
  };
  it.each([
    ['people beside a 人次 row that shares only the topic', '带动返乡青年电商创业126人', 0],
    ['the row’s own measure stated differently', '培训电商带头人583人次', 1],
    ['the row named in its own words, stated differently', '新建信息服务站58个', 1],
    ['the row’s own actual', '培训电商带头人538人次，建成益农信息服务站62个', 0],
  ] as const)('%s', (_, text, want) => expect(onOutcome(text)).toBe(want));
});

describe('goal_vs_indicators on 全年实际完成情况: money spent is no report of money per item or drawn in (held-out set 49F)', () => {
  const rows = [
    r(O, NUM, '发放消费券批次', '=', '6', '批', 10, { actual: '6', score: 10 }),
    r(C, ECO, '单张消费券平均发放成本', '<=', '0.5', '元', 10, { actual: '0.42', score: 10 }),
    r(B, '经济效益指标', '带动文旅消费金额', '>=', '1.2', '亿元', 15, { actual: '1.46', score: 15 }),
  ];
  const onOutcome = (goal_outcome: string) => {
    const form = formSchema.parse({ kind: 'project_self_evaluation', fiscal_year: 2025, project_name: '测试项目', goal_outcome, indicators: rows });
    return reviewForm(form, 0, {}).filter((f) => f.code === 'goal_vs_indicators' && f.field === 'goal_outcome').length;
  };
  it.each([
    ['money spent beside a per-item and a drawn-in row', '全年发放文旅消费券1520万元', 0],
    ['the drawn-in row’s own actual', '带动文旅消费1.46亿元', 0],
    ['the drawn-in row stated differently', '带动文旅消费1.62亿元', 1],
  ] as const)('%s', (_, text, want) => expect(onOutcome(text)).toBe(want));
});

describe('goal_vs_indicators: a goal that states no target, a goal headed by another year, a past year’s result (held-out set 27)', () => {
  const dam = [r(O, NUM, '完成小型水库除险加固', '=', '6', '座', 15), r(O, NUM, '恢复灌溉面积', '>=', '3600', '亩', 15)];
  const findings = (kind: 'project_target' | 'department_target' | 'project_self_evaluation', goal: string, project_name: string | null = '小型水库除险加固') => {
    const extra = kind === 'department_target' ? {} : { project_name };
    const form = formSchema.parse({ kind, fiscal_year: 2025, goal, indicators: [...dam, ...rest], ...extra });
    return reviewForm(form, 0, {}).filter((f) => f.code === 'goal_vs_indicators').map((f) => f.field);
  };
  it.each([
    ['boilerplate', 'project_target', '确保项目顺利实施，充分发挥资金使用效益。', ['goal']],
    ['boilerplate of a department', 'department_target', '认真履行部门职责，确保各项工作顺利开展，圆满完成年度目标任务。', ['goal']],
    ['boilerplate with a 部署', 'project_target', '认真贯彻落实安全生产工作部署，全面完成年度目标任务。', ['goal']],
    ['reaching the expected goal', 'project_target', '达到预期目标。', ['goal']],
    ['the project name restated', 'project_target', '小型水库除险加固项目。', ['goal']],
    ['the project name with 实施', 'project_target', '实施小型水库除险加固工作。', ['goal']],
    ['the name and boilerplate', 'project_target', '实施小型水库除险加固项目，确保项目顺利实施。', ['goal']],
    ['a goal without numbers that names the work', 'project_target', '完成石门、双河等小型水库除险加固，汛期前主体完工，消除病险隐患。', []],
    ['boilerplate beside a real aim', 'project_target', '确保项目顺利实施，消除水库病险隐患。', []],
    ['a name that is only two characters long does not make a goal empty', 'project_target', '水库。', []],
    ['a self-evaluation’s goal is not reviewed as a target', 'project_self_evaluation', '确保项目顺利实施。', []],
    ['a goal in numbers is held to the rows as before', 'project_target', '完成6座小型水库除险加固，恢复灌溉面积3600亩。', []],
    // Another year at the goal's head; a later year's date after a full stop belongs to a multi-year project.
    ['a later year heads the goal', 'project_target', '2026年完成6座小型水库除险加固，恢复灌溉面积3600亩。', ['goal']],
    ['a later year after the 年度目标 label', 'project_target', '年度目标：2026年完成6座小型水库除险加固，恢复灌溉面积3600亩。', ['goal']],
    ['a later completion date after a full stop', 'project_target', '完成6座小型水库除险加固主体工程，恢复灌溉面积3600亩。2026年6月底前竣工验收。', []],
    ['a later deadline at the head', 'project_target', '2026年底前完成6座小型水库除险加固，恢复灌溉面积3600亩。', []],
    // A past year's result is background: its quantities need no row; a change against it still does.
    ['截至 last year, already built', 'project_target', '截至2024年底，全区已累计完成水库除险加固42座。2025年完成6座小型水库除险加固，恢复灌溉面积3600亩。', []],
    ['on the base of last year’s result', 'project_target', '在2024年完成12座水库除险加固的基础上，完成6座小型水库除险加固，恢复灌溉面积3600亩。', []],
    ['a change against last year is held', 'project_target', '完成6座小型水库除险加固，恢复灌溉面积3600亩，较2024年底新增有效灌溉面积500亩。', ['goal']],
    ['截至 last year, then this year’s new work', 'project_target', '截至2024年底，新增灌溉面积5000亩。', ['goal']],
  ] as const)('%s', (_, kind, goal, want) => expect(findings(kind, goal)).toEqual(want));
});

describe('goalQuantities: money spent, read only when asked for (held-out set 28)', () => {
  it.each([
    ['争取中央预算内投资4亿元', false, []],
    ['争取中央预算内投资4亿元', true, [[4, '亿元', true]]],
    ['带动消费1.5亿元', false, [[1.5, '亿元', undefined]]],
    ['带动消费1.5亿元', true, [[1.5, '亿元', undefined]]],
  ] as const)('%s (spentMoney %s)', (text, spentMoney, want) => {
    expect(goalQuantities(text, spentMoney).map((q) => [q.value, q.unit, q.spent])).toEqual(want);
  });
});

describe('goal_vs_indicators: money a row measures, in the goal and in 全年实际完成情况 (held-out set 28)', () => {
  const money = [r(O, NUM, '争取中央预算内投资', '>=', '3.5', '亿元', 30), r(O, NUM, '每个站点年度购买服务经费', '<=', '20', '万元', 10)];
  it.each([
    ['the row’s amount', '争取中央预算内投资3.5亿元', false],
    ['the row’s amount in 万元', '争取中央预算内投资35000万元', false],
    ['another amount for the row', '争取中央预算内投资4亿元', true],
    ['money spent that no row names', '安排财政资金3000万元用于项目建设', false],
    ['a contract amount in brackets after a row’s words', '向社会工作服务机构购买服务（合同金额360万元）', false],
  ] as const)('%s', (_, goal, want) => expect(flagged(goal, money)).toBe(want));
  it.each([
    ['a total beside a per-household row', '安排补助资金1200万元，为1200户发放补助', [r(O, NUM, '发放补助户数', '>=', '1200', '户', 30), r(C, ECO, '户均补助资金', '<=', '10000', '元', 30)], false],
    ['a total beside a per-item row', '安排建设补助资金240万元，建设站点80个', [r(O, NUM, '建设站点', '>=', '80', '个', 30), r(C, ECO, '单个站点建设补助资金', '<=', '3', '万元', 30)], false],
  ] as const)('%s', (_, goal, rows, want) => expect(flagged(goal, [...rows])).toBe(want));

  const rows = [
    r(O, NUM, '资助脱贫家庭学生', '>=', '680', '人', 20, { actual: '702', score: 20 }),
    r(C, ECO, '人均资助资金', '=', '3000', '元', 10, { actual: '3000', score: 10 }),
    r(B, SOC, '受助学生因贫辍学', '=', '0', '人', 20, { actual: '0', score: 20 }),
    r(B, SOC, '节约财政资金', '>=', '1.2', '亿元', 20, { actual: '1.46', score: 20 }),
  ];
  const onOutcome = (goal_outcome: string) => {
    const form = formSchema.parse({ kind: 'project_self_evaluation', fiscal_year: 2025, project_name: '测试项目', goal_outcome, indicators: rows });
    return reviewForm(form, 0, {}).filter((f) => f.code === 'goal_vs_indicators' && f.field === 'goal_outcome').length;
  };
  it.each([
    ['a count between two rows the clause names alike, agreeing with one', '全年资助学生702人', 0],
    ['a count between two rows the clause names alike, agreeing with neither', '全年资助学生720人', 1],
    ['money a row measures, stated differently', '通过公开竞争节约财政资金1.64亿元', 1],
    ['money a row measures, in another multiple', '节约财政资金14600万元', 0],
    ['money no row names', '发放资助资金210.6万元，交易额15936824700元', 0],
    ['a total beside a per-head row', '全年发放人均资助资金总额210.6万元；发放资助资金210.6万元', 0],
  ] as const)('%s', (_, text, want) => expect(onOutcome(text)).toBe(want));
});
