import { describe, expect, it } from 'vitest';
import { findCjkFont } from '../export/find-cjk-font';
import { importFile } from '../import/import-file';
import { parseGridSource } from '../import/testing/grid-binaries';
import { gridToPdf } from '../import/testing/grid-pdf';

// Layouts of corpus documents 497–502: a form in a web page's <pre> block with rules of dashes between
// its rows, and a borderless PDF whose figures are set flush right.
const font = findCjkFont();

const pre = (rule: string): string => [
  '<html><body><h2>某某县2025年项目支出绩效目标表</h2><pre>',
  '项目名称：乡村道路养护',
  rule,
  '一级指标    二级指标    三级指标          指标值      权重',
  rule,
  '产出指标    数量指标    养护农村公路里程  ≥120公里    20',
  '                        修补坑槽面积      ≥800平方米  20',
  rule,
  '满意度指标  满意度      沿线群众满意度    ≥90%        60',
  rule,
  '</pre></body></html>',
].join('\n');

describe('a form in a <pre> block ruled with dashes', () => {
  it.each([['-'.repeat(60)], ['='.repeat(60)], ['─'.repeat(30)], ['------------  ----------  ----------------  ----------  ----']])(
    'reads the rows past the rule %s',
    async (rule) => {
      const result = await importFile(new TextEncoder().encode(pre(rule)), '公示.html');
      if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
      const form = result.document.forms[0]!;
      expect(form.indicators.map((i) => [i.level1, i.name, i.target, i.weight])).toEqual([
        ['产出指标', '养护农村公路里程', '120', 20],
        ['产出指标', '修补坑槽面积', '800', 20],
        ['满意度指标', '沿线群众满意度', '90', 60],
      ]);
    },
  );
});

// The budget block's 得分 (9.60) is set flush right in the column the indicator table gives its reasons:
// its digits start inside a reason's line, which is no column's start, so the reason's wrapped lines go on.
const SELF_EVALUATION = [
  '项目支出绩效自评表',
  '项目名称\t<\t社区老年食堂建设运营补助\t<\t<\t<\t<\t<',
  '主管部门\t<\t某某区民政局\t<\t实施单位\t某某区养老服务指导中心\t<\t<',
  '项目资金（万元）\t<\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
  '年度资金总额\t<\t150.00\t156.00\t149.76\t10\t96.00%\t9.60',
  '年度总体目标\t预期目标\t<\t<\t实际完成情况\t<\t<\t<',
  '^\t建成全区32个社区老年食堂并投入运营，落实食品安全日常检查，保障老年人就近用餐。\t<\t<\t建成32个社区老年食堂，全年开展食品安全检查384次，合格率99.2%；2个食堂因场地改造推迟至12月开业。\t<\t<\t<',
  '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
  '产出指标\t数量指标\t建成社区老年食堂数量\t=32个\t32个\t15\t15\t',
  '^\t^\t食品安全检查次数\t≥360次\t384次\t10\t10\t',
  '^\t质量指标\t食品安全检查合格率\t=100%\t99.2%\t10\t8.5\t个别食堂留样记录不全导致2次检查不合格，已整改并复查合格；将把留样记录检查纳入运营协议考核。',
  '^\t时效指标\t食堂开业运营时间\t2024年9月1日前\t10个于6月底前开业，2个于12月开业\t10\t7\t2个食堂场地改造与消防审验工期冲突，开业推迟至12月；今后将在计划阶段与审批部门同步排期，预留改造窗口。',
  '^\t成本指标\t单个食堂建设补助\t≤4.5万元\t4.38万元\t5\t5\t',
  '效益指标\t社会效益指标\t食品安全事故\t=0起\t0起\t20\t20\t',
  '满意度指标\t服务对象满意度指标\t就餐老人满意度\t≥90%\t95.4%\t20\t20\t',
  '总分\t<\t<\t<\t<\t100\t95.10\t',
].join('\n');

describe.skipIf(!font)('a tight borderless PDF with figures flush right', () => {
  it('keeps a reason\'s wrapped lines under the budget\'s score', async () => {
    const bytes = await gridToPdf(parseGridSource(SELF_EVALUATION), font!, { ruled: false, tight: true, numbersRight: true });
    const result = await importFile(bytes, '自评.pdf');
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
    const row = result.document.forms[0]!.indicators.find((i) => i.name === '食堂开业运营时间');
    expect([row?.actual, row?.reason]).toEqual([
      '10个于6月底前开业，2个于12月开业',
      '2个食堂场地改造与消防审验工期冲突，开业推迟至12月；今后将在计划阶段与审批部门同步排期，预留改造窗口。',
    ]);
  });
});
