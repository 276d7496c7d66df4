import type { MonitoringIndicator } from '@jixiao/core';
import type { ReadMonitoringReport } from './read-monitoring-tables';

/**
 * The reports the seven monitoring documents hold, written by hand from the documents (not from the reader's output):
 * corpus docs 020 (cell lines), 033 (HTML) and 469 (.docx), and four of this folder's fixtures: an .xlsx for 1–7月
 * (no level columns, 计量单位 column, amounts in 元, 是否能完成 before 偏差原因), a .docx for 1–6月 (the period in a
 * caption only, budget labels in another order, a two-row header, 能否完成 last, levels merged down), and two
 * text-layer PDFs printed landscape (Word → PDF): the national 目标执行监控表 (偏差原因分析, 完成目标可能性, 备注) and a
 * 运行监控表 running over two pages with its indicator header repeated atop the second.
 */

type Extra = Partial<Pick<MonitoringIndicator, 'forecast' | 'expected_completion' | 'deviation_reason' | 'measures' | 'not_measured'>>;

function row(level1: string | null, level2: string | null, name: string, target: [MonitoringIndicator['comparator'], string, string | null], progress: string | null, extra: Extra = {}): MonitoringIndicator {
  const [comparator, value, unit] = target;
  return {
    row: null, level1, level2, name, comparator, target: value, unit, cumulative: null, progress_value: progress,
    expected_completion: extra.expected_completion ?? null, not_measured: extra.not_measured ?? null, forecast: extra.forecast ?? null,
    deviation_reason: extra.deviation_reason ?? null, measures: extra.measures ?? null,
  };
}

const base = { org: null, project_code: null, budget_wan: null, executed_wan: null, execution_rate: null, deviation_reason: null, measures: null, expected_completion: null };

export interface ReadCase {
  file: string;
  /** Under test-corpus/ (corpus) or beside this file (fixtures/). */
  where: 'corpus' | 'fixtures';
  report: ReadMonitoringReport;
}

export const READ_CASES: ReadCase[] = [
  {
    file: '020-target-then-other-tables-lines.txt',
    where: 'corpus',
    report: {
      ...base, fiscal_year: 2024, month: 6, project_name: '人民调解以案定补经费',
      indicators: [
        row('产出指标', '数量指标', '调解矛盾纠纷件数', ['>=', '1500', '件'], '812件', { forecast: '1600件' }),
        row('效益指标', '社会效益指标', '因调解不当引发民转刑案件', ['=', '0', '件'], '0件', { forecast: '0件' }),
      ],
    },
  },
  {
    file: '033-guangdong-target-then-monitoring-html.html',
    where: 'corpus',
    report: {
      ...base, fiscal_year: 2024, month: 6, project_name: '城市内涝治理工程', budget_wan: 4800, executed_wan: 1632, execution_rate: 34,
      indicators: [
        row('产出指标', '数量指标', '易涝点整治数量', ['>=', '15', '处'], '6处', { forecast: '15处' }),
        row('效益指标', '社会效益指标', '主城区严重内涝发生次数', ['=', '0', '次'], '0次', { forecast: '0次' }),
      ],
    },
  },
  {
    file: '469-monitoring-docx-jan-aug-annual-target-deviation-reason-no-form.docx',
    where: 'corpus',
    report: {
      ...base, fiscal_year: 2025, month: 8, org: '某某区退役军人服务中心', project_name: '退役军人创业就业扶持',
      budget_wan: 450, executed_wan: 268.5, execution_rate: 59.67, deviation_reason: '部分创业补贴需年底集中审核发放',
      indicators: [
        row('产出指标', '数量指标', '适应性及职业技能培训人次', ['>=', '800', '人次'], '536人次'),
        row('产出指标', '数量指标', '一次性创业补贴发放户数', ['>=', '120', '户'], '64户', { deviation_reason: '补贴申报集中在下半年，审核尚未完成', measures: '9月启动集中审核，11月底前发放到位' }),
        row('产出指标', '数量指标', '退役军人专场招聘会场次', ['>=', '6', '场'], '4场'),
        row('产出指标', '质量指标', '培训合格率', ['>=', '95', '%'], '96.4%'),
        row('产出指标', '时效指标', '创业补贴发放时间', ['qualitative', '2025年11月底前', null], '未到期'),
        row('产出指标', '成本指标', '人均培训补助标准', ['<=', '2500', '元/人'], '2380元/人'),
        row('效益指标', '社会效益指标', '当年退役军人就业率', ['>=', '90', '%'], '87.2%', { deviation_reason: '部分退役军人处于择业过渡期', measures: '加强岗位推送和一对一就业指导' }),
        row('满意度指标', '服务对象满意度指标', '退役军人满意度', ['>=', '90', '%'], '92.1%'),
      ],
    },
  },
  {
    file: 'monitoring-road-upkeep-jan-jul.xlsx',
    where: 'fixtures',
    report: {
      ...base, fiscal_year: 2025, month: 7, org: '某县公路养护中心', project_code: '330102250000012345', project_name: '乡村道路养护补助',
      // 1,200,000 and 690,000 元 in 万元.
      budget_wan: 120, executed_wan: 69, execution_rate: 57.5,
      indicators: [
        row(null, null, '养护农村公路里程', ['>=', '120', '公里'], '75', { forecast: '125', expected_completion: '达成' }),
        row(null, null, '路面病害处置及时率', ['>=', '95', '%'], '96', { forecast: '96', expected_completion: '达成' }),
        row(null, null, '桥梁定期检查座数', ['=', '40', '座'], '18', { forecast: '36', expected_completion: '未达成', deviation_reason: '两座桥梁因施工封闭无法检查', measures: '9月恢复通行后补检' }),
        row(null, null, '养护资金拨付时间', ['qualitative', '2025年12月底前', null], '已拨付60%', { forecast: '按期完成', expected_completion: '达成' }),
        row(null, null, '沿线群众满意度', ['>=', '90', '%'], null, { forecast: '92', expected_completion: '达成', not_measured: '年底测评' }),
      ],
    },
  },
  {
    file: 'monitoring-reading-campaign-jan-jun.docx',
    where: 'fixtures',
    report: {
      ...base, fiscal_year: 2024, month: 6, org: '某市图书馆', project_code: '2024-TS-008', project_name: '全民阅读推广活动经费',
      budget_wan: 85, executed_wan: 30.6, execution_rate: 36,
      deviation_reason: '部分阅读活动安排在暑期和下半年集中开展', measures: '7-8月集中开展暑期阅读季，加快活动经费结算',
      indicators: [
        row('产出指标', '数量指标', '阅读推广活动场次', ['>=', '40', '场'], '22场', { expected_completion: '达成' }),
        row('产出指标', '数量指标', '新增注册读者人数', ['>=', '3000', '人'], '1200人', { expected_completion: '部分达成', deviation_reason: '暑期活动尚未开展', measures: '7-8月集中开展暑期阅读季' }),
        row('产出指标', '质量指标', '活动参与人次', ['>=', '20000', '人次'], '12500人次', { expected_completion: '达成' }),
        row('效益指标', '社会效益指标', '居民综合阅读率', ['qualitative', '较上年提高', null], null, { expected_completion: '达成', not_measured: '未到测量期' }),
        row('满意度指标', '服务对象满意度指标', '读者满意度', ['>=', '90', '%'], '93%', { expected_completion: '达成' }),
      ],
    },
  },
  {
    file: 'monitoring-clinic-jan-jul-landscape.pdf',
    where: 'fixtures',
    report: {
      ...base, fiscal_year: 2025, month: 7, org: '某县基层卫生服务中心', project_name: '基层医疗卫生机构能力提升',
      budget_wan: 320, executed_wan: 176, execution_rate: 55,
      indicators: [
        row('产出指标', '数量指标', '配备基本医疗设备的村卫生室数', ['>=', '60', '个'], '38个', { forecast: '60个', expected_completion: '达成' }),
        row('产出指标', '数量指标', '乡村医生培训人次', ['>=', '400', '人次'], '180人次', { forecast: '360人次', expected_completion: '部分达成', deviation_reason: '培训课程调整，下半年集中开班' }),
        row('产出指标', '质量指标', '设备验收合格率', ['=', '100', '%'], '100%', { forecast: '100%', expected_completion: '达成' }),
        row('产出指标', '时效指标', '设备采购完成时间', ['qualitative', '2025年9月底前', null], '已完成招标', { forecast: '按期完成', expected_completion: '达成' }),
        row('效益指标', '社会效益指标', '基层门急诊人次增长率', ['>=', '5', '%'], '3.1%', { forecast: '5.2%', expected_completion: '达成' }),
        // 尚未测评 is no completed value: the row is not measured yet (its 备注 says when).
        row('满意度指标', '服务对象满意度指标', '就诊群众满意度', ['>=', '90', '%'], null, { forecast: '92%', expected_completion: '达成', not_measured: '未到测量期' }),
      ],
    },
  },
  {
    file: 'monitoring-water-supply-jan-sep-two-pages.pdf',
    where: 'fixtures',
    report: {
      ...base, fiscal_year: 2025, month: 9, org: '某县农村供水管理站', project_code: '5101232025000031', project_name: '农村饮水安全巩固提升工程',
      budget_wan: 1650, executed_wan: 1188, execution_rate: 72, deviation_reason: '管网延伸工程按进度分批结算',
      indicators: [
        row('产出指标', '数量指标', '新建集中供水工程处数', ['>=', '12', '处'], '9处', { forecast: '12处', expected_completion: '达成' }),
        row('产出指标', '数量指标', '改造供水管网长度', ['>=', '85', '公里'], '58公里', { forecast: '80公里', expected_completion: '未达成', deviation_reason: '部分路段涉及征地协调', measures: '10月完成协调后加快施工' }),
        row('产出指标', '数量指标', '新增水质检测点数量', ['>=', '30', '个'], '30个', { forecast: '30个', expected_completion: '达成' }),
        row('产出指标', '数量指标', '受益农村人口', ['>=', '4.2', '万人'], '3.1万人', { forecast: '4.2万人', expected_completion: '达成' }),
        row('产出指标', '质量指标', '工程验收合格率', ['=', '100', '%'], '100%', { forecast: '100%', expected_completion: '达成' }),
        row('产出指标', '质量指标', '水质检测合格率', ['>=', '95', '%'], '96.3%', { forecast: '96%', expected_completion: '达成' }),
        // The second page opens here, under the indicator header printed again: no row of its own.
        row('产出指标', '质量指标', '管网漏损率', ['<=', '12', '%'], '11.5%', { forecast: '11%', expected_completion: '达成' }),
        row('产出指标', '时效指标', '工程完工时间', ['qualitative', '2025年11月底前', null], '主体完工', { forecast: '按期完成', expected_completion: '达成' }),
        row('产出指标', '成本指标', '每公里管网改造成本', ['<=', '18', '万元'], '17.6万元', { forecast: '17.8万元', expected_completion: '达成' }),
        row('效益指标', '社会效益指标', '农村自来水普及率', ['>=', '92', '%'], '90.5%', { forecast: '92%', expected_completion: '达成' }),
        row('效益指标', '社会效益指标', '供水保证率', ['>=', '95', '%'], '95.5%', { forecast: '96%', expected_completion: '达成' }),
        row('效益指标', '社会效益指标', '因水质引发群体性事件', ['=', '0', '起'], '0起', { forecast: '0起', expected_completion: '达成' }),
        row('效益指标', '生态效益指标', '水源地保护区划定数量', ['>=', '6', '个'], '4个', { forecast: '6个', expected_completion: '部分达成', deviation_reason: '两处水源地勘界尚在公示', measures: '公示结束后报批' }),
        row('效益指标', '可持续影响指标', '工程长效管护机制', ['qualitative', '健全', null], '已制定管护办法', { forecast: '健全', expected_completion: '达成' }),
        row('满意度指标', '服务对象满意度指标', '受益群众满意度', ['>=', '90', '%'], null, { forecast: '93%', expected_completion: '达成', not_measured: '年底测评' }),
      ],
    },
  },
];
