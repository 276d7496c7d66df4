import { describe, expect, it } from 'vitest';
import { type AuditCase, B, O, caseTable, raises, row } from './audit-case-rows';

/**
 * Held-out set 58 (session 23): one case per general cause fixed after measuring, each with a guard beside it, in
 * wording the set does not hold. Row cases are appended to four clean rows of a 2024 project target.
 */
const CASES: AuditCase[] = [
  // Payments the bank sends back (退票) are a treasury's errors; reissuing them is work.
  { id: 'dir-b58-01', code: 'direction', expect: 'flag', row: row(O, '质量指标', '财政直接支付退票笔数', '>=', '3', '笔'), why: 'Returned payments floored.' },
  { id: 'dir-b58-02', code: 'direction', expect: 'no_flag', row: row(O, '时效指标', '退票重新支付办结率', '>=', '98', '%'), why: 'Guard: clearing them is a good share.' },
  // Bidders shut out on unfair terms (排斥) are a breach of procurement law; clearing the rules that do it is work.
  { id: 'dir-b58-03', code: 'direction', expect: 'flag', row: row(O, '质量指标', '招标文件排斥潜在投标人', '>=', '2', '起'), why: 'Exclusion raised.' },
  { id: 'dir-b58-04', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '清理排斥外地企业的规定', '>=', '6', '件'), why: 'Guard: an enforcement verb leads.' },
  // Acts done without the approval they need (未经批准, 未经许可) are breaches.
  { id: 'dir-b58-05', code: 'direction', expect: 'flag', row: row(O, '质量指标', '未经批准擅自出租房产', '>=', '1', '处'), why: 'Unapproved letting raised.' },
  { id: 'dir-b58-06', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '查处未经许可经营行为', '>=', '20', '起'), why: 'Guard: finding them is work.' },
  // Copied or look-alike work (抄袭, 雷同) is a breach; screening for it is work.
  { id: 'dir-b58-07', code: 'direction', expect: 'flag', row: row(O, '质量指标', '课题结题报告雷同', '>=', '2', '份'), why: 'Look-alike reports raised.' },
  { id: 'dir-b58-08', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '论文抄袭检测', '>=', '300', '篇'), why: 'Guard: screening is work.' },
  // A handling verb leading a name that ends on a case someone brings acts on it, however long the case's name.
  { id: 'dir-b58-09', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '受理窗口服务对象信访', '>=', '120', '件'), why: 'Handling the cases is work.' },
  { id: 'dir-b58-10', code: 'direction', expect: 'flag', row: row(O, '质量指标', '办理不动产登记业务差错', '>=', '2', '件'), why: 'Guard: an error in the act stays bad.' },
  // A breach after the act (…处理被撤销, …调处超期) is the act gone wrong.
  { id: 'dir-b58-11', code: 'direction', expect: 'flag', row: row(O, '质量指标', '行政复议决定执行被撤销', '>=', '1', '件'), why: 'Decisions annulled raised.' },
  { id: 'dir-b58-12', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '消费纠纷调处', '>=', '400', '件'), why: 'Guard: the act alone is work.' },
  // Samples kept of each dish and debt repaid on time are shares the rules hold near 100%.
  { id: 'imp-b58-01', code: 'implausible_target', expect: 'flag', row: row(O, '质量指标', '学校食堂菜品留样率', '>=', '6', '%'), why: 'A sample share floored in single digits.' },
  { id: 'imp-b58-02', code: 'implausible_target', expect: 'no_flag', row: row(O, '质量指标', '学校食堂菜品留样率', '=', '100', '%'), why: 'Guard: all samples kept.' },
  { id: 'imp-b58-03', code: 'implausible_target', expect: 'flag', row: row(O, '质量指标', '棚改贷款本息偿还率', '>=', '10', '%'), why: 'A repayment share floored at a tenth.' },
  // Lifts are counted (部, 台); their cover of old blocks is a rate.
  { id: 'uvn-b58-01', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '老旧楼栋增设电梯', '>=', '30', '%'), why: 'Lifts in %.' },
  { id: 'uvn-b58-02', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '老旧楼栋增设电梯', '>=', '30', '台'), why: 'Guard: in 台.' },
  // Committees are bodies, counted, never money.
  { id: 'uvn-b58-03', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '组建村务监督委员会', '>=', '12', '万元'), why: 'Committees in money.' },
  { id: 'uvn-b58-04', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '组建村务监督委员会', '>=', '12', '个'), why: 'Guard: counted.' },
  // Financing raised is money; firms helped to finance are counted.
  { id: 'uvn-b58-05', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '应收账款质押融资', '>=', '500', '人'), why: 'Financing in people.' },
  { id: 'uvn-b58-06', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '帮助小微企业融资', '>=', '40', '家'), why: 'Guard: firms counted.' },
  // A budget cut or raised is money.
  { id: 'uvn-b58-07', code: 'unit_vs_name', expect: 'flag', row: row(B, '经济效益指标', '结合评价结果核减预算', '>=', '800', '个'), why: 'A budget cut in 个.' },
  { id: 'uvn-b58-08', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '审核部门预算', '>=', '68', '个'), why: 'Guard: budgets reviewed are counted.' },
  // Money a 财政 passes down to lower governments is its output, not an input under 数量; money an evaluation covers is not spent.
  { id: 'lvn-b58-01', code: 'level_vs_name', expect: 'no_flag', row: row(O, '数量指标', '转移支付资金下达', '>=', '3', '亿元'), why: 'Transfers passed down are the output.' },
  { id: 'lvn-b58-02', code: 'level_vs_name', expect: 'no_flag', row: row(O, '数量指标', '审计覆盖专项资金', '>=', '2', '亿元'), why: 'Money an audit covers is its reach.' },
  { id: 'lvn-b58-03', code: 'level_vs_name', expect: 'flag', row: row(O, '数量指标', '项目建设资金', '>=', '300', '万元'), why: 'Guard: money spent stays an input.' },
  // Progress given a pace in words sets no share.
  { id: 'qvq-b58-01', code: 'qualitative_vs_quantitative', expect: 'flag', row: row(B, '经济效益指标', '衔接资金支出进度', 'qualitative', '较快', null), why: 'A pace in words.' },
  { id: 'qvq-b58-02', code: 'qualitative_vs_quantitative', expect: 'no_flag', row: row(B, '经济效益指标', '衔接资金支出进度', '>=', '90', '%'), why: 'Guard: a share.' },
];

describe('audit cases b58: 街道 (社区养老, 老旧小区, 物业, 平安建设, 退役军人, 文明实践) and 财政 (国库, 采购, 债务, 国资, 绩效评价)', () => {
  it.each(caseTable(CASES))('%s', (_, c) => {
    expect(raises(c), c.why).toBe(c.expect === 'flag');
  });
});
