import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import { alignLineRows, fullWidthWraps, possibleWraps } from './line-cell-rows';

// Text copied out of PDF viewers and web pages: the layouts of corpus documents 242–244.
const head = ['某某市2025年项目支出绩效目标表', '项目名称：甲项目', '一级指标', '二级指标', '三级指标', '指标值', '计量单位', '指标值说明'];

describe('a PDF viewer\'s copy whose column width shows only once', () => {
  it('joins the one wrapped name where the pair fits the row better than the lines apart', () => {
    const lines = ['产出指标', '数量指标', '社区助餐点数量', '≥45', '个', '按建设计划', '质量指标', '助餐点食品安全检查', '合格率', '100', '%', '市场监管部门抽检',
      '满意度指标', '服务对象满意度指标', '就餐老人满意度', '≥90', '%', '问卷调查'];
    const form = importText([...head, ...lines].join('\n'), 'c.txt').forms[0]!;
    expect(form.indicators.map((i) => [i.level2, i.name, i.target, i.unit, i.description])).toEqual([
      ['数量指标', '社区助餐点数量', '45', '个', '按建设计划'], ['质量指标', '助餐点食品安全检查合格率', '100', '%', '市场监管部门抽检'],
      ['服务对象满意度指标', '就餐老人满意度', '90', '%', '问卷调查'],
    ]);
  });

  it.each([
    // A name and a short rest: a candidate; a value, a unit, a level or a short line never starts one.
    [['助餐点食品安全检查', '合格率', '100', '%'], [1, 0, 0, 0]],
    [['就餐老人满意度', '≥90', '%', '问卷调查'], [0, 0, 0, 0]],
    [['服务对象满意度指标', '满意度', '数量指标', '人次'], [0, 0, 0, 0]],
    // A description followed by a longer name is no wrap; a qualitative value stands alone.
    [['按建设计划', '年度助餐服务人次', '老年人就餐便利度', '有效提升'], [0, 0, 0, 0]],
    // Two lines as wide as each other and a shorter rest: one cell over three lines (or its last two).
    [['部分老旧小区周边照', '明不足；纳入明年改', '造计划。', '总分'], [2, 1, 0, 0]],
  ])('possibleWraps(%j)', (lines, want) => {
    expect(possibleWraps(lines)).toEqual(want);
  });

  it.each([
    // A deadline cut by the column's edge after its year, month or day digits is one value (round 15).
    ['2025年11月30', '日前'], ['2025年11月', '30日前'], ['2025年11', '月底前'], ['12月31', '日前完成'],
    // (Or after its day word: 2024年10月31日 ⏎ 前.)
    ['2024年10月31日', '前'],
  ])('joins a date cut at the column edge: %s ⏎ %s', (a, b) => {
    const lines = ['产出指标', '时效指标', '治理工程完工时间', a, b, '按工程实施进度计划', '成本指标', '单村治理平均成本', '≤30', '万元'];
    const form = importText([...head, ...lines].join('\n'), 'c.txt').forms[0]!;
    expect(form.indicators.map((i) => [i.name, i.comparator, i.target, i.unit, i.description])).toEqual([
      ['治理工程完工时间', 'qualitative', a + b, null, '按工程实施进度计划'], ['单村治理平均成本', '<=', '30', '万元', null],
    ]);
  });

  it('leaves a candidate pair apart when it fits the rows worse (a description above the next row\'s name)', () => {
    const roles = ['level1', 'level2', 'name', 'value', 'unit', 'description'] as const;
    const lines = ['产出指标', '数量指标', '社区助餐点数量', '≥45', '个', '按建设计划完成情况统计', '服务人次', '≥12', '万人次'];
    const { rows } = alignLineRows(lines, [...roles], possibleWraps(lines));
    expect(rows.map((r) => r.cells)).toEqual([
      ['产出指标', '数量指标', '社区助餐点数量', '≥45', '个', '按建设计划完成情况统计'], ['', '', '服务人次', '≥12', '万人次', ''],
    ]);
  });
});

describe('caption lines of their own above the indicator header', () => {
  it('reads 年度预算 over a 金额 caption and a goal wrapped at the page end', () => {
    const text = ['某某区2025年项目支出绩效目标表', '项目名称', '社区养老服务驿站运营补贴', '年度预算', '金额（万元）', '265.00', '年度目标',
      '支持全区32个社区养老服务驿站正常运营，为辖区老年人提供助餐、助浴、', '日间照料等服务。', '一级指标', '二级指标', '三级指标', '指标值', '计量单位',
      '产出指标', '数量指标', '运营驿站数量', '32', '个'].join('\n');
    const form = importText(text, 'c.txt').forms[0]!;
    expect(form).toMatchObject({ project_name: '社区养老服务驿站运营补贴', budget_total_wan: 265, goal: '支持全区32个社区养老服务驿站正常运营，为辖区老年人提供助餐、助浴、\n日间照料等服务。' });
  });
});

describe('cells one a line after a TAB, a note right under the last cell', () => {
  it('keeps the note out of the closing row', () => {
    const cells = [['一级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'], ['产出指标', '参保人数', '≥1.2万人', '1.26万人', '90', '88'], ['总分', '', '', '', '90', '88']];
    const text = ['2024年度项目支出绩效自评表', '', ...cells.flatMap((r) => [...r.map((c) => `\t${c}`), '']).slice(0, -1),
      '注：1.参保人数以医保信息系统登记数为准；2.满意度由第三方机构抽样调查。'].join('\n');
    const form = importText(text, 'c.txt').forms[0]!;
    expect(form).toMatchObject({ total_score: 88 });
    expect(form.indicators.map((i) => [i.name, i.score])).toEqual([['参保人数', 88]]);
  });
});

describe('column widths learnt from the wraps, in printed width', () => {
  it.each([
    // A cell's last line as wide as the column when its sentence ends there (the stop hangs past the edge);
    // a rule that opens like a value but holds a clause is a sentence.
    [['预算编制科学性', '5', '预算编制经过论证、内容完', '整的得5分，否则酌情扣分。', '4', '绩效目标与部门职能相符、', '依据充分的得5分，每发现', '一处不符扣1分。', '达到0.8次得20分，按完成', '比例计分。', '18.5'],
      [false, false, true, false, false, true, true, false, true, false, false]],
    // A date's start at a width the names share is no middle line of the name before it.
    [['项目完工时间', '2025年11月30', '日前完成', '10', '服务对象满意', '度指标', '较上年提高2', '个百分点', '新增绿地面积', '≥12公顷'],
      [false, true, false, false, true, false, false, false, false, false]],
    // Short names outnumber the wrapped lines; digits take half a column (按2025年… is as wide as 市场监管部门…).
    [['受益学生人数', '≥2.9', '万人', '按2025年春季学期学籍', '系统在校人数统计', '供餐学校数量', '126', '所', '食品安全抽检合格', '率', '100', '%',
      '市场监管部门2025年度', '抽检结果', '补助资金拨付及时', '率', '每生每天补助标准', '=5', '元', '第三方抽样调查，样本', '不少于500份'],
    [false, false, false, true, false, false, false, false, true, false, false, false, true, false, true, false, false, false, false, true, false]],
    // A whole date under a name as wide as the column is the row's deadline, not the name's rest.
    [['农村公路日常养护', '里程', '≥1260公里', '修复工程完工时间', '2024年10月31日', '前', '每公里日常养护成', '本', '≤0.3万元', '服务对象满意度指', '标'],
      [true, false, false, false, false, false, false, false, false, true, false]],
  ])('fullWidthWraps(%j)', (lines, want) => {
    expect(fullWidthWraps(lines)).toEqual(want);
  });
});

describe('a self-evaluation copied out of a PDF viewer with its budget block and goals one cell a line', () => {
  it('reads the budget under its wrapped caption, the goal and outcome cells and a header caption wrapped in its column', () => {
    const text = ['项目支出绩效自评表', '（2024年度）', '项目名称', '路灯维护', '项目资金', '（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分',
      '年度资金总额', '420.00', '436.50', '421.22', '10', '96.50%', '9.65', '年度总体目标', '预期目标', '实际完成情况',
      '完成城区主次干道路灯设施日常维护，路', '灯亮灯率保持在98%以上，故障路灯48小', '时内修复。', '完成城区路灯设施日常维护18600盏，亮', '灯率98.6%，故障路灯平均修复时间31小', '时。',
      '一级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析', '及改进措施',
      '产出指标', '维护路灯数量', '≥18000盏', '18600盏', '50', '50', '满意度指标', '市民满意度', '≥90%', '86%', '40', '32', '部分老旧小区周边照', '明不足；纳入明年改', '造计划。',
      '总分', '100', '91.65'].join('\n');
    const form = importText(text, 'p.txt').forms[0]!;
    expect(form).toMatchObject({
      budget: { initial_wan: 420, adjusted_wan: 436.5, executed_wan: 421.22, execution_rate: 96.5, weight: 10, score: 9.65 },
      goal: '完成城区主次干道路灯设施日常维护，路灯亮灯率保持在98%以上，故障路灯48小时内修复。',
      goal_outcome: '完成城区路灯设施日常维护18600盏，亮灯率98.6%，故障路灯平均修复时间31小时。',
      total_score: 91.65,
    });
    expect(form.indicators.map((i) => [i.name, i.score, i.reason])).toEqual([['维护路灯数量', 50, null], ['市民满意度', 32, '部分老旧小区周边照明不足；纳入明年改造计划。']]);
  });
});

describe('values and levels cut at their column\'s edge in a PDF viewer\'s copy', () => {
  it('joins a value\'s rest that reads as a unit and a level\'s weight with its level', () => {
    const text = ['某某市2025年项目支出绩效目标表', '项目名称：甲项目', '一级指标', '二级指标', '三级指标', '指标值', '权重', '指标值确定依据',
      '产出指标', '成本指标', '公园改造单位面积', '成本', '≤380元/平方', '米', '10',
      '参照同类项目结算', '价', '效益指标', '（40分）', '社会效益指标', '公园服务半径覆盖', '率', '较上年提高2', '个百分点', '15', '城市绿地系统规划'].join('\n');
    const form = importText(text, 'v.txt').forms[0]!;
    expect(form.indicators.map((i) => [i.level1, i.name, i.comparator, i.target, i.unit, i.weight, i.basis])).toEqual([
      ['产出指标', '公园改造单位面积成本', '<=', '380', '元/平方米', 10, '参照同类项目结算价'],
      ['效益指标', '公园服务半径覆盖率', 'qualitative', '较上年提高2个百分点', null, 15, '城市绿地系统规划'],
    ]);
  });
});

describe('a PDF viewer\'s copy running over two pages', () => {
  it('skips the title with （续表） and the repeated header, and tells a name\'s wrap from a description as wide as its column', () => {
    const head = ['一级指标', '二级指标', '三级指标', '指标值', '计量单位', '指标解释'];
    const text = ['某某区司法局2025年部门整体支出绩效目标表', '部门名称：某某区司法局', ...head,
      '产出指标', '数量指标', '法治宣传教育活动', '场次', '≥120', '场', '全年组织开展各类普法', '活动', '人民调解案件受理', '数', '≥2600', '件', '各级调委会受理案件数',
      '法律援助案件办理', '数', '≥450', '件', '第 1 页 共 2 页', '某某区司法局2025年部门整体支出绩效目标表（续表）', ...head,
      '质量指标', '人民调解成功率', '≥96', '%', '区级重大矛盾纠纷化解', '数/排查数'].join('\n');
    const forms = importText(text, 'p.txt').forms;
    expect(forms).toHaveLength(1);
    expect(forms[0]!.indicators.map((i) => [i.level2, i.name, i.target, i.unit, i.description])).toEqual([
      ['数量指标', '法治宣传教育活动场次', '120', '场', '全年组织开展各类普法活动'], ['数量指标', '人民调解案件受理数', '2600', '件', '各级调委会受理案件数'],
      ['数量指标', '法律援助案件办理数', '450', '件', null], ['质量指标', '人民调解成功率', '96', '%', '区级重大矛盾纠纷化解数/排查数'],
    ]);
  });
});

describe('a PDF reader\'s copy of whole rows: each printed row one line of words set apart by single spaces', () => {
  it('reads label rows, the budget block, goal captions and indicator rows with merged cells left out', () => {
    const text = ['项目支出绩效自评表', '（2024年度）', '项目名称 养老保险经办', '主管部门 某某县人社局 实施单位 某某县社保中心',
      '项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分', '年度资金总额 86.00 86.00 84.28 10 98.00% 9.8',
      '年度总体目标 预期目标 实际完成情况', '完成参保登记，参保率保持在95%以上。 完成参保登记12.8万人，参保率96.1%。',
      '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施',
      '产出指标 数量指标 参保登记人数 ≥12.5万人 12.8万人 50 50', '质量指标 待遇发放准确率 100% 100% 20 20',
      '满意度指标 服务对象满意度指标 参保群众满意度 ≥90% 88% 20 18 网点少，群众办事路程远。', '总分 100 97.8'].join('\n');
    const form = importText(text, 'a.txt').forms[0]!;
    expect(form).toMatchObject({ org: '某某县社保中心', department: '某某县人社局', total_score: 97.8, goal: '完成参保登记，参保率保持在95%以上。',
      goal_outcome: '完成参保登记12.8万人，参保率96.1%。', budget: { initial_wan: 86, executed_wan: 84.28, execution_rate: 98, score: 9.8 } });
    expect(form.indicators.map((i) => [i.level1, i.level2, i.name, i.actual, i.score, i.reason])).toEqual([
      ['产出指标', '数量指标', '参保登记人数', '12.8万人', 50, null], ['产出指标', '质量指标', '待遇发放准确率', '100%', 20, null],
      ['满意度指标', '服务对象满意度指标', '参保群众满意度', '88%', 18, '网点少，群众办事路程远。'],
    ]);
  });
});

describe('a copy that sorts the page\'s text top to bottom (levels centred on their rows)', () => {
  it('puts a level printed before the lower middle row of an even group back over both rows', () => {
    const text = ['某某县2025年项目支出绩效目标表', '项目名称：甲项目', '一级指标', '二级指标', '三级指标', '指标值', '计量单位',
      '覆盖行政村数', '186', '个', '数量指标', '新增收集点', '≥120', '个', '产出指标', '质量指标', '无害化处理率', '100', '%', '时效指标', '日产日清率', '≥98', '%',
      '成本指标', '每吨处置成本', '≤260', '元', '社会效益指标', '人居环境考核排名', '前三名', '效益指标', '生态效益指标', '乱堆乱放点整治数', '≥300', '处',
      '满意度指标', '服务对象满意度指标', '村民满意度', '≥90', '%'].join('\n');
    const form = importText(text, 'm.txt').forms[0]!;
    expect(form.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ['产出指标', '数量指标', '覆盖行政村数'], ['产出指标', '数量指标', '新增收集点'], ['产出指标', '质量指标', '无害化处理率'], ['产出指标', '时效指标', '日产日清率'],
      ['产出指标', '成本指标', '每吨处置成本'], ['效益指标', '社会效益指标', '人居环境考核排名'], ['效益指标', '生态效益指标', '乱堆乱放点整治数'],
      ['满意度指标', '服务对象满意度指标', '村民满意度'],
    ]);
  });
});

describe('a score tree copied out of a PDF viewer', () => {
  it('reads 满意度 under 效益 as a level 2 and the scoring rules wrapped in their column', () => {
    const text = ['某某市文化广电旅游局2024年度部门整体支出绩效自评表', '一级指标', '二级指标', '三级指标', '分值', '评分标准', '得分',
      '产出', '数量指标', '公共文化活动场次', '15', '完成≥600场得15分，每少10', '场扣1分。', '15', '效益', '社会效益', '公共图书馆人均到', '馆次数', '20',
      '达到0.8次得20分，按完成', '比例计分。', '18.5', '满意度', '群众文化活动满意', '度', '20', '满意度≥90%得20分，每低1', '个百分点扣1分。', '20', '合计', '55', '53.5'].join('\n');
    const form = importText(text, 't.txt').forms[0]!;
    expect(form.indicators.map((i) => [i.level1, i.level2, i.name, i.weight, i.method, i.score])).toEqual([
      ['产出', '数量指标', '公共文化活动场次', 15, '完成≥600场得15分，每少10场扣1分。', 15],
      ['效益', '社会效益', '公共图书馆人均到馆次数', 20, '达到0.8次得20分，按完成比例计分。', 18.5],
      ['效益', '满意度', '群众文化活动满意度', 20, '满意度≥90%得20分，每低1个百分点扣1分。', 20],
    ]);
    expect(form).toMatchObject({ total_score: 53.5 });
  });
});

describe('a goal for the whole period beside the year\'s goal', () => {
  it.each([
    ['总体目标 then 2025年度目标', ['总体目标\t三年完成3个片区配套建设。', '2025年度目标\t完成1号片区道路改造。'], '完成1号片区道路改造。'],
    ['2025年度目标 then 总体目标', ['2025年度目标\t完成1号片区道路改造。', '总体目标\t三年完成3个片区配套建设。'], '完成1号片区道路改造。'],
    ['总体目标 alone (a one-year form)', ['总体目标\t完成1号片区道路改造。'], '完成1号片区道路改造。'],
  ])('%s: the year\'s goal is the goal', (_label, lines, goal) => {
    const text = ['2025年项目支出绩效目标表', '项目名称\t甲项目', ...lines, '一级指标\t二级指标\t三级指标\t指标值', '产出指标\t数量指标\t道路改造长度\t≥4.2公里'].join('\n');
    expect(importText(text, 'g.txt').forms[0]).toMatchObject({ goal });
  });
});

describe('a 部门整体 target copied out of a PDF viewer with its task table', () => {
  it('joins each task\'s content wrapped in its column and a level 2 wrapped once', () => {
    const text = ['某某县卫生健康局2025年部门整体绩效目标表', '部门名称：某某县卫生健康局', '年度主要任务', '任务名称', '主要内容', '预算金额（万元）',
      '基层医疗能力提升', '改造提升乡镇卫生院6所，为村卫生室配备基', '本诊疗设备，开展基层医务人员培训。', '1,260.00',
      '妇幼健康', '实施孕产妇和0-6岁儿童健康管理。', '480.00',
      '一级指标', '二级指标', '三级指标', '指标值', '计量单位', '产出指标', '数量指标', '乡镇卫生院改造数量', '6', '所',
      '满意度指标', '服务对象满意', '度指标', '患者满意度', '≥90', '%'].join('\n');
    const form = importText(text, 'd.txt').forms[0]!;
    expect(form).toMatchObject({ tasks: [
      { name: '基层医疗能力提升', content: '改造提升乡镇卫生院6所，为村卫生室配备基本诊疗设备，开展基层医务人员培训。', budget_wan: 1260 },
      { name: '妇幼健康', content: '实施孕产妇和0-6岁儿童健康管理。', budget_wan: 480 },
    ] });
    expect(form.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([['产出指标', '数量指标', '乡镇卫生院改造数量'], ['满意度指标', '服务对象满意度指标', '患者满意度']]);
  });
});
