import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import { projectNameFromTitle } from './form-titles';

// Layouts of corpus documents 748–750: whole 部门预算/决算 volumes holding many forms, as text in the
// seeds' extraction styles (002 markdown with `<b>` TAB rows, 003 Word text with bookmarks, 000 Word text).

type Loose = Record<string, unknown> & { indicators: Array<Record<string, unknown>> };
const formsOf = (text: string) => importText(text, 'a.txt').forms as unknown as Loose[];

/** A 002-style project form: a heading, the unit line, the TAB rows of one table. */
const projectForm = (heading: string, name: string, total: string, other: string) => [
  heading,
  '',
  '412001 某某县住房和城乡建设局机关',
  '',
  '单位：万元',
  '',
  `<b>项目编码</b>\t412-2120-XMZ-${name.length}\t\t<b>项目名称</b>\t${name}\t\t`,
  `<b>预算规模及资金用途</b>\t<b>预算数</b>\t${total}\t<b>其中 财政资金</b>\t${total}\t<b>其他资金</b>\t${other}`,
  `\t${name}日常运行维护。\t\t\t\t\t`,
  '<b>绩效目标</b>\t完成年度养护任务。\t\t\t\t\t',
  '<b>一级指标</b>\t<b>二级指标</b>\t<b>三级指标</b>\t<b>绩效指标描述</b>\t<b>指标值</b>\t<b>指标值确定依据</b>\t',
  '产出指标\t数量指标\t养护面积\t年度养护面积\t≥42万平方米\t养护计划\t',
  '满意度指标\t服务对象满意度指标\t市民满意度\t满意度\t≥90%\t调查\t',
  '',
].join('\n');

describe('a budget paragraph between two forms of a volume', () => {
  it('leaves the form above alone when its figures are not that form’s (the next project’s 项目概述)', () => {
    const text = [
      projectForm('# 1、城市道路维修养护经费绩效目标表', '城市道路维修养护经费', '380.00', ''),
      '城区园林绿化管护经费项目概述：2026年安排265.50万元，其中财政资金245.50万元、单位自有资金20.00万元。',
      '',
      projectForm('## 2、城区园林绿化管护经费绩效目标表', '城区园林绿化管护经费', '265.50', '20.00'),
    ].join('\n');
    const forms = formsOf(text);
    expect(forms.map((f) => [f.project_name, f.budget_total_wan, f.budget_other_wan])).toEqual([
      ['城市道路维修养护经费', 380, null],
      ['城区园林绿化管护经费', 265.5, 20],
    ]);
  });

  it('still fills a form’s empty fields from a paragraph agreeing with its table', () => {
    const text = [
      projectForm('# 1、城市道路维修养护经费绩效目标表', '城市道路维修养护经费', '380.00', ''),
      '该项目2026年预算380.00万元，其中财政资金380.00万元、单位自有资金20.00万元。',
    ].join('\n');
    const forms = formsOf(text);
    expect(forms.map((f) => [f.budget_total_wan, f.budget_fiscal_wan, f.budget_other_wan])).toEqual([[380, 380, 20]]);
  });
});

describe('a project named only by its numbered heading', () => {
  it.each([
    ['4、燃气安全监管经费绩效目标表', '燃气安全监管经费'],
    ['（四）燃气安全监管经费绩效目标表', '燃气安全监管经费'],
    ['四、燃气安全监管经费绩效目标表', '燃气安全监管经费'],
    ['附件2-4 燃气安全监管经费绩效目标表', '燃气安全监管经费'],
  ])('%s', (title, name) => {
    expect(projectNameFromTitle(title)).toBe(name);
  });

  it('keeps figures that open a name (2024年度…, 5G…)', () => {
    expect(projectNameFromTitle('2024年度农村公路养护项目绩效目标表')).toBe('农村公路养护项目');
    expect(projectNameFromTitle('5G基站建设补助资金绩效目标表')).toBe('5G基站建设补助资金');
    expect(projectNameFromTitle('1.5万亩高标准农田建设项目绩效目标表')).toBe('1.5万亩高标准农田建设项目');
  });
});

describe('an attachment number under the last row of a Word text table', () => {
  const table = (after: string) => [
    ' \t部门整体支出绩效自评表',
    '',
    '\t一级指标\n\t二级指标\n\t三级指标\n\t指标分值\n\t指标解释\n\t评分说明\n\t自评得分\n\t备注',
    '',
    '\t部门管理\n\t预算执行\n\t预算执行率\n\t10\n\t部门预算资金实际支出情况\n\t执行率×10。\n\t9.5\n\t',
    '',
    '\t部门效益\n\t社会效益\n\t社会公众满意度\n\t90\n\t群众对部门履职满意程度\n\t满意度×90。\n\t87\n\t',
    '',
    '\t分值\n\t\n\t合计\n\t\n\t96.5',
    after,
    '',
  ].join('\n');

  it('is the next part’s heading, not a line of the total’s cell', () => {
    expect(formsOf(table(' 附表2'))[0]!.total_score).toBe(96.5);
    expect(formsOf(table('附件2-1'))[0]!.total_score).toBe(96.5);
  });

  it('leaves a cell’s own second line on it', () => {
    const form = formsOf(table('（满分100）'))[0]!;
    expect(form.total_score).toBeNull();
  });
});
