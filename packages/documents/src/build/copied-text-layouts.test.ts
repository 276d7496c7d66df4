import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import { fullWidthWraps } from './line-cell-rows';
import { splitLabelPairs } from './field-labels';

// Text copied out of web pages and PDF viewers: the layouts of corpus documents 226–235.
const rowsOf = (text: string, name = 'c.txt') =>
  importText(text, name).forms.flatMap((f) => f.indicators.map((i) => [i.level1, i.level2, i.name, i.comparator, i.target, i.unit]));

describe('a PDF viewer\'s copy: one printed line a line, no blank lines', () => {
  const head = ['某某县2025年项目支出绩效目标表', '项目名称：甲项目', '一级指标', '二级指标', '三级指标', '指标值', '计量单位'];
  it.each([
    {
      name: 'names wrapped in their narrow column join back (the column as wide as most long lines)',
      lines: ['产出指标', '数量指标', '支持乡村学校少年', '宫数量', '14', '所', '参与活动学生人次', '≥6000', '人次', '质量指标', '活动开展达标合格', '率', '≥95', '%',
        '满意度指标', '服务对象满意度指', '标', '学生及家长满意度', '≥90', '%', '第 1 页'],
      want: [['产出指标', '数量指标', '支持乡村学校少年宫数量', '=', '14', '所'], ['产出指标', '数量指标', '参与活动学生人次', '>=', '6000', '人次'],
        ['产出指标', '质量指标', '活动开展达标合格率', '>=', '95', '%'], ['满意度指标', '服务对象满意度指标', '学生及家长满意度', '>=', '90', '%']],
    },
  ])('$name', ({ lines, want }) => {
    expect(rowsOf([...head, ...lines].join('\n'))).toEqual(want);
  });

  it('joins a caption wrapped in its column, a reason over three lines and a goal broken at the page end', () => {
    const text = ['2024年度项目支出绩效自评表', '项目名称：甲项目', '年度目标：完成全县农村公路日常养护一千八百五十公里，危桥改造六座，优良路率',
      '达到85%以上。', '一级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改', '进措施',
      '产出指标', '农村公路日常养护', '里程', '≥1850公里', '1862公里', '20', '20', '养护路段优良路率', '≥85%', '82.6%', '15', '13',
      '部分路段重载车辆', '多，路面损坏快；', '加强超限治理。', '危桥改造数量', '=6座', '6座', '10', '10', '效益指标', '公路安全隐患整治',
      '完成率', '100%', '100%', '20', '20'].join('\n');
    const form = importText(text, 'p.txt').forms[0]!;
    expect(form.indicators.map((i) => [i.level1, i.name, i.actual, i.score, i.reason])).toEqual([
      ['产出指标', '农村公路日常养护里程', '1862公里', 20, null], ['产出指标', '养护路段优良路率', '82.6%', 13, '部分路段重载车辆多，路面损坏快；加强超限治理。'],
      ['产出指标', '危桥改造数量', '6座', 10, null], ['效益指标', '公路安全隐患整治完成率', '100%', 20, null],
    ]);
    expect(form).toMatchObject({ goal: '完成全县农村公路日常养护一千八百五十公里，危桥改造六座，优良路率\n达到85%以上。' });
  });

  it.each([
    // A line as wide as the column followed by a value, a unit or a level is a whole cell.
    [['支持乡村学校少年', '宫数量', '14', '所', '参与活动学生人次', '≥6000', '人次', '补助资金拨付完成', '时间'], [true, false, false, false, false, false, false, true, false]],
    // A second width that always wraps (a wider 指标解释 column); a bare level word as a name's rest.
    [['法律援助案件办理', '数量', '≥320', '件', '年内受理并指派的法律', '援助案件数', '人民调解案件数量', '≥1500', '件', '调解成功案件数/受理', '案件数', '人民调解成功率', '社区矫正对象再犯', '罪率', '≤0.2', '数量指标'],
      [true, false, false, false, true, false, false, false, false, true, false, false, true, false, false, false]],
    // Two lines as wide as the column and a shorter rest: one cell over three lines; 达标率 ends like a name.
    [['部分路段重载车辆', '多，路面损坏快；', '加强超限治理。', '背街小巷环境卫生', '达标率', '≥95%', '沿街居民满意度指'], [true, true, false, true, false, false, false]],
    [['参与活动学生人次', '有效提升', '农村饮水安全工程', '效益指标', '改造老旧供水管网'], [false, false, false, false, false]],
    // No length shared by three long lines: no column width to go by.
    [['支持乡村学校少年', '宫数量', '14', '所'], [false, false, false, false]],
  ])('fullWidthWraps(%j)', (lines, want) => {
    expect(fullWidthWraps(lines)).toEqual(want);
  });
});

describe('an indicator header as one row, the cells one a line under it', () => {
  it('reads the rows from the header\'s columns (merged levels left out, blank cells with no line)', () => {
    const text = ['2024年度项目支出绩效自评表', '项目名称\t甲项目', '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因', '',
      '产出指标', '数量指标', '培训人次', '≥100人次', '120人次', '20', '20', '', '覆盖村数', '≥12个', '10个', '20', '16', '两村延至下年', '',
      '满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '93%', '10', '10', '', '总分', '50', '46'].join('\n');
    const form = importText(text, 'h.txt').forms[0]!;
    expect(form.indicators.map((i) => [i.level1, i.name, i.actual, i.weight, i.score, i.reason])).toEqual([
      ['产出指标', '培训人次', '120人次', 20, 20, null], ['产出指标', '覆盖村数', '10个', 20, 16, '两村延至下年'], ['满意度指标', '学员满意度', '93%', 10, 10, null],
    ]);
    expect(form).toMatchObject({ total_score: 46 });
  });
});

describe('header captions broken over two rows', () => {
  it.each([
    {
      name: '一级 | 计量 over 指标 | 单位: each column\'s halves are one caption',
      text: ['2025年项目支出绩效目标表', '一级\t二级\t三级\t指标\t指标值\t计量\t权重', '指标\t指标\t指标\t解释\t\t单位\t（%）', '产出指标\t数量指标\t培训人次\t年内培训的人次\t≥300\t人次\t20'],
      want: [['产出指标', '数量指标', '培训人次', '年内培训的人次', '>=', '300', '人次', 20]],
    },
    {
      name: 'a lower row naming columns of its own is a sub-header, not the captions\' second lines',
      text: ['2025年项目支出绩效目标表', '一级指标\t二级指标\t三级指标\t指标值\t\t', '\t\t\t指标性质\t目标值\t计量单位', '产出指标\t数量指标\t培训人次\t≥\t300\t人次'],
      want: [['产出指标', '数量指标', '培训人次', null, '>=', '300', '人次', null]],
    },
  ])('$name', ({ text, want }) => {
    const form = importText(text.join('\n'), 'b.tsv').forms[0]!;
    expect(form.indicators.map((i) => [i.level1, i.level2, i.name, i.description, i.comparator, i.target, i.unit, i.weight])).toEqual(want);
  });
});

describe('footnote marks after names', () => {
  it.each([
    ['农村饮用水水质达标率①', '农村饮用水水质达标率'],
    ['农村自来水普及率*', '农村自来水普及率'],
    ['更新改造管网长度注1', '更新改造管网长度'],
    ['受益人口（注2）', '受益人口'],
    ['①群众满意度', '群众满意度'],
    ['PM2.5', 'PM2.5'],
  ])('%s → %s', (written, name) => {
    const doc = importText(['2025年项目支出绩效目标表', '一级指标\t三级指标\t指标值', `产出指标\t${written}\t≥90%`, '注：①②按年度统计。'].join('\n'), 'f.tsv');
    expect(doc.forms[0]!.indicators.map((i) => i.name)).toEqual([name]);
  });
});

describe('a money caption beside its amount', () => {
  it.each([
    ['项目资金（万元）\t1,260.00', 1260],
    ['实施单位\t某中心\t项目资金\t2,380.00', 2380],
    ['项目资金（万元）\t年度资金总额\t386.00', 386],
  ])('%j gives the budget', (row, want) => {
    const doc = importText(['2025年项目支出绩效目标表', '项目名称\t甲项目', row, '一级指标\t三级指标\t指标值', '产出指标\t人数\t≥6人'].join('\n'), 'm.tsv');
    expect(doc.forms[0]).toMatchObject({ kind: 'project_target', budget_total_wan: want });
  });
});

describe('a self-evaluation\'s goal on a label line', () => {
  it.each(['年度总体目标', '项目年度目标', '年度目标'])('%s：… is the goal', (label) => {
    const doc = importText(['2024年度项目支出绩效自评表', '项目名称：甲项目', `${label}：完成农村公路养护1850公里。`,
      '一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分', '产出指标\t养护里程\t≥1850公里\t1862公里\t20\t20'].join('\n'), 'g.txt');
    expect(doc.forms[0]).toMatchObject({ kind: 'project_self_evaluation', goal: '完成农村公路养护1850公里。' });
  });
});

describe('a PDF reader\'s copy that joins the words of a printed line by single spaces', () => {
  it('splits label pairs one space apart and reads a header of single-spaced captions', () => {
    const text = ['某某市2025年项目支出绩效目标表', '项目名称：全民健身设施建设 主管部门：某某市体育局', '实施单位：某某市体育设施管理中心 年度预算：520.00万元',
      '一级指标 二级指标 三级指标 指标值 计量单位', '产出指标', '数量指标', '新建社区健身路径', '≥60', '条', '器材验收合格率', '100', '%'].join('\n');
    const form = importText(text, 's.txt').forms[0]!;
    expect(form).toMatchObject({ project_name: '全民健身设施建设', department: '某某市体育局', org: '某某市体育设施管理中心', budget_total_wan: 520 });
    expect(form.indicators.map((i) => [i.level2, i.name, i.target, i.unit])).toEqual([['数量指标', '新建社区健身路径', '60', '条'], ['数量指标', '器材验收合格率', '100', '%']]);
  });

  it.each([
    ['项目名称：甲 主管部门：乙局', ['项目名称：甲', '主管部门：乙局']],
    // A colon after a word that is no label stays inside the value.
    ['年度目标：完成 三类：任务', ['年度目标：完成 三类：任务']],
  ])('splitLabelPairs(%j)', (text, want) => {
    expect(splitLabelPairs(text)).toEqual(want);
  });
});
