import { beforeAll, describe, expect, it } from 'vitest';
import { findCjkFont } from '../export/find-cjk-font';
import { importFile } from '../import/import-file';
import { parseGridSource } from '../import/testing/grid-binaries';
import { gridToPdf } from '../import/testing/grid-pdf';

const font = findCjkFont();

// A borderless table printed with no cell margins ("tight"): rows sit as close as a cell's wrapped lines,
// so which line starts a row is told by where the text ran on, not by the gap.
const SELF_EVALUATION = [
  '甘肃省项目支出绩效自评表',
  '（2024年度）',
  '项目名称\t<\t黄河流域甘肃段水土流失综合治理\t<\t<\t<\t<\t<\t<',
  '主管部门\t<\t甘肃省水利厅\t<\t<\t实施单位\t甘肃省某某市水土保持工作站\t<\t<',
  '项目资金（万元）\t<\t<\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
  '^\t<\t年度资金总额\t4,800.00\t4,650.00\t4,515.15\t10\t97.1%\t9.71',
  '年度总体目标\t预期目标\t<\t<\t<\t实际完成情况\t<\t<\t<',
  '^\t综合治理水土流失面积120平方公里，新修梯田1.5万亩，淤地坝除险加固32座，项目区林草覆盖率提高2个百分点。\t<\t<\t<\t治理水土流失面积124.6平方公里，新修梯田1.52万亩，完成淤地坝除险加固32座，林草覆盖率提高2.3个百分点。\t<\t<\t<',
  '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\t<',
  '产出指标\t数量指标\t综合治理水土流失面积（含坡耕地改造及封禁治理面积）\t≥120平方公里\t124.6平方公里\t10\t10\t\t<',
  '^\t^\t新修梯田面积\t≥1.5万亩\t1.52万亩\t10\t10\t\t<',
  '^\t^\t淤地坝除险加固座数\t32座\t32座\t5\t5\t\t<',
  '^\t质量指标\t治理工程验收合格率\t100%\t100%\t10\t10\t\t<',
  '^\t时效指标\t年度治理任务完成时间\t2024年11月底前\t2024年12月中旬\t5\t4\t秋季连续降雨导致部分梯田工程停工，下一步合理安排施工期。\t<',
  '^\t成本指标\t每平方公里综合治理投资\t≤38万元\t36.2万元\t5\t5\t\t<',
  '效益指标\t生态效益指标\t项目区林草覆盖率提高幅度\t≥2个百分点\t2.3个百分点\t10\t10\t\t<',
  '^\t^\t年减少入黄泥沙量\t≥50万吨\t51.2万吨\t10\t10\t\t<',
  '^\t社会效益指标\t项目区群众人均增收\t≥300元\t286元\t10\t9\t新修梯田当年产出有限，下一步配套发展特色种植。\t<',
  '^\t可持续影响指标\t治理工程管护责任落实率\t100%\t100%\t5\t5\t\t<',
  '满意度指标\t服务对象满意度指标\t项目区群众满意度\t≥90%\t93%\t10\t10\t\t<',
].join('\n');

async function read(grid: string) {
  const bytes = await gridToPdf(parseGridSource(grid), font!, { ruled: false, tight: true });
  const result = await importFile(bytes, '紧排.pdf');
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  const form = result.document.forms[0]!;
  if (form.kind !== 'project_self_evaluation') throw new Error(form.kind);
  return form;
}
type Form = Awaited<ReturnType<typeof read>>;

describe.skipIf(!font)('a tight borderless PDF', () => {
  let form: Form;
  beforeAll(async () => {
    form = await read(SELF_EVALUATION);
  });

  it.each([
    // A caption centred over two rows and wrapped (年度总 ⏎ 体目标) lands in the lower row beside the texts'
    // first two lines: that second line has as many pieces as its row and still runs on in every cell.
    ['goal and outcome wrapped beside a wrapped caption', (f: Form) => [f.goal, f.goal_outcome],
      ['综合治理水土流失面积120平方公里，新修梯田1.5万亩，淤地坝除险加固32座，项目区林草覆盖率提高2个百分点。', '治理水土流失面积124.6平方公里，新修梯田1.52万亩，完成淤地坝除险加固32座，林草覆盖率提高2.3个百分点。']],
    // A closing bracket may not start a line: 积） goes down together and the line above ends a character short.
    ['a name wrapped before a closing bracket', (f: Form) => f.indicators.slice(0, 2).map((i) => i.name),
      ['综合治理水土流失面积（含坡耕地改造及封禁治理面积）', '新修梯田面积']],
    // 项目资金（万元） centred between the captions and the figures, 执行率 wrapped in its narrow column.
    ['a budget caption with its note between captions and figures', (f: Form) => f.budget,
      { initial_wan: 4800, adjusted_wan: 4650, executed_wan: 4515.15, execution_rate: 97.1, weight: 10, score: 9.71, reason: null }],
  ])('%s', (_what, pick, want) => {
    expect(pick(form)).toEqual(want);
  });

  it.each([
    // 预期目标 | 实际完成情况 right under 项目名称: captions (one at the row's right end) are no level labels
    // centred beside the row, and the long texts under them are a row of their own, not their wraps.
    ['captions over texts right under the name row', SELF_EVALUATION.split('\n').filter((l) => !/^(主管部门|项目资金|\^\t<\t年度资金总额)/.test(l)).join('\n'),
      (f: Form) => [f.project_name, f.goal_outcome], ['黄河流域甘肃段水土流失综合治理', '治理水土流失面积124.6平方公里，新修梯田1.52万亩，完成淤地坝除险加固32座，林草覆盖率提高2.3个百分点。']],
    // Rows of text alone, each cell ending its sentence, are rows of their own though as close as wraps.
    ['complete reasons on rows of their own', SELF_EVALUATION.replace(/\t\t<$/gm, '\t已完成。\t<'),
      (f: Form) => f.indicators.slice(0, 3).map((i) => i.reason), ['已完成。', '已完成。', '已完成。']],
  ])('%s', async (_what, grid, pick, want) => {
    expect(pick(await read(grid))).toEqual(want);
  });
});

// A department's form with tasks, a goal and sub-goals, all rows of text wrapped in a tight borderless print.
const DEPARTMENT = [
  '福建省某某县2025年部门整体绩效目标表',
  '编制单位：某某县医疗保障局　　　　　　　　　　　　　　　　单位：万元',
  '部门名称\t<\t某某县医疗保障局\t<\t<\t<\t<',
  '部门预算总额\t<\t资金总额\t财政拨款\t财政专户管理资金\t单位资金\t<',
  '^\t<\t2,318.60\t2,268.60\t0.00\t50.00\t<',
  '^\t<\t基本支出\t<\t项目支出\t<\t<',
  '^\t<\t386.40\t<\t1,932.20\t<\t<',
  '年度主要任务\t任务名称\t<\t主要内容\t<\t<\t预算金额',
  '^\t城乡居民医保参保补助\t<\t落实城乡居民基本医疗保险财政补助，参保率稳定在95%以上\t<\t<\t1,520.00',
  '^\t医疗救助\t<\t对特困人员、低保对象等困难群众参保给予资助，开展门诊和住院救助\t<\t<\t312.20',
  '^\t医保基金监管\t<\t开展定点医药机构专项检查和飞行检查\t<\t<\t100.00',
  '年度总体目标\t<\t全县基本医疗保险参保率稳定在95%以上，困难群众参保资助应助尽助，医保基金监督检查覆盖全部定点医药机构，群众医保服务满意度达到90%以上。\t<\t<\t<\t<',
  '分项绩效目标\t目标1：参保扩面\t<\t巩固全民参保成果，城乡居民基本医疗保险参保率稳定在95%以上。\t<\t<\t<',
  '^\t目标2：基金监管\t<\t定点医药机构检查覆盖率达到100%，追回违规基金及时上缴。\t<\t<\t<',
  '一级指标\t二级指标\t三级指标\t指标值\t权重\t指标解释\t<',
  '产出指标\t数量指标\t城乡居民医保参保人数\t≥28.6万人\t15\t年末参保人数\t<',
  '^\t^\t医疗救助资助参保人数\t≥9800人\t10\t特困人员、低保对象等资助参保人数\t<',
  '^\t质量指标\t定点医药机构监督检查覆盖率\t100%\t10\t\t<',
  '^\t时效指标\t医疗救助资金拨付时限\t≤30个工作日\t5\t自审核通过之日起\t<',
  '^\t成本指标\t人均参保财政补助标准\t≥640元/人\t10\t\t<',
].join('\n');

describe.skipIf(!font)('a tight borderless department target', () => {
  it.each([
    // The goal's text starts left of the task content above it and reaches far past the task name that filled
    // its narrow column: a wrapped line starts where its cell's text does and stays inside its cell, so this
    // is the next row (年度总体目标), not the last task running on.
    ['the last task and the goal apart', (f: Record<string, unknown>) => [(f['tasks'] as Array<{ name: string }>).map((t) => t.name), f['goal']],
      [['城乡居民医保参保补助', '医疗救助', '医保基金监管'], '全县基本医疗保险参保率稳定在95%以上，困难群众参保资助应助尽助，医保基金监督检查覆盖全部定点医药机构，群众医保服务满意度达到90%以上。']],
    // 部门预算总额 centred on the block lands on the figures' row, under captions with no label.
    ['fund figures under their captions', (f: Record<string, unknown>) => [f['budget_total_wan'], f['fund_sources']],
      [2318.6, { government_wan: 2268.6, special_account_wan: 0, unit_wan: 50 }]],
  ])('%s', async (_what, pick, want) => {
    const bytes = await gridToPdf(parseGridSource(DEPARTMENT), font!, { ruled: false, tight: true });
    const result = await importFile(bytes, '紧排.pdf');
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
    expect(pick(result.document.forms[0] as unknown as Record<string, unknown>)).toEqual(want);
  });
});
