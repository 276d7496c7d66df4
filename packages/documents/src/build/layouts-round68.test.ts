import { describe, expect, it } from 'vitest';
import type { FormsDocument } from '@jixiao/core';
import { importFile, importText } from '../import/import-file';
import type { GridCell } from './flatten-source';
import { joinSpannedHeader } from './spanned-header';

// Layouts of corpus documents 656–661: finance bureaus' wide summary tables listing many projects'
// targets on one sheet (重点项目绩效目标汇总表) and mid-year 绩效目标调整表 of several projects.

const cell = (text: string, start: number, span = 1, merged = false): GridCell => ({ text, start, span, merged });

async function importHtml(rows: string): Promise<FormsDocument> {
  const html = `<html><body><p>某某市2025年重点项目绩效目标汇总表</p><table>${rows}</table></body></html>`;
  const result = await importFile(new TextEncoder().encode(html), 'a.html');
  if (!result.ok) throw new Error('not read');
  return result.document;
}

const fields = (doc: FormsDocument, keys: string[]) => doc.forms.map((f) => keys.map((k) => (f as unknown as Record<string, unknown>)[k]));

describe('a header over two rows: group captions across, the others merged down', () => {
  it('joins the rows into one row of captions, the whole amount named as the budget', () => {
    const upper = [cell('序号', 0), cell('项目名称', 1), cell('预算金额', 2, 3), cell('绩效指标', 5, 3), cell('指标值', 8)];
    const lower = [cell('', 0, 1, true), cell('', 1, 1, true), cell('合计', 2), cell('财政资金', 3), cell('其他资金', 4), cell('一级指标', 5), cell('二级指标', 6), cell('三级指标', 7), cell('', 8, 1, true)];
    expect(joinSpannedHeader(upper, lower)?.map((c) => [c.start, c.text])).toEqual([
      [0, '序号'], [1, '项目名称'], [2, '年度资金总额'], [3, '财政资金'], [4, '其他资金'], [5, '一级指标'], [6, '二级指标'], [7, '三级指标'], [8, '指标值'],
    ]);
  });

  it('names the stages under 项目资金 and 指标值', () => {
    const upper = [cell('项目名称', 0), cell('项目资金', 1, 2), cell('三级指标', 3), cell('指标值', 4, 2)];
    const lower = [cell('', 0, 1, true), cell('调整前', 1), cell('调整后', 2), cell('', 3, 1, true), cell('调整前', 4), cell('调整后', 5)];
    expect(joinSpannedHeader(upper, lower)?.map((c) => c.text)).toEqual(['项目名称', '调整前项目资金', '年度资金总额', '三级指标', '调整前指标值', '调整后指标值']);
  });

  it('leaves rows alone whose lower row names a column a caption merged down stands over, or splits a group in part', () => {
    const upper = [cell('项目名称', 0), cell('预算金额', 1, 2), cell('三级指标', 3)];
    expect(joinSpannedHeader(upper, [cell('某项目', 0), cell('合计', 1), cell('财政资金', 2), cell('', 3)])).toBeNull();
    expect(joinSpannedHeader(upper, [cell('', 0), cell('合计', 1), cell('', 2), cell('', 3)])).toBeNull();
    expect(joinSpannedHeader([cell('项目名称', 0), cell('三级指标', 1)], [cell('一级', 0), cell('指标', 1)])).toBeNull();
  });

  it('reads each project of a summary whose budget captions stand under 预算金额', async () => {
    const doc = await importHtml(`
      <tr><td rowspan="2">项目名称</td><td rowspan="2">主管部门</td><td colspan="3">预算金额（万元）</td><td colspan="2">绩效指标</td><td rowspan="2">指标值</td></tr>
      <tr><td>合计</td><td>财政资金</td><td>其他资金</td><td>一级指标</td><td>三级指标</td></tr>
      <tr><td rowspan="2">河道保洁</td><td rowspan="2">某某市水务局</td><td rowspan="2">120</td><td rowspan="2">100</td><td rowspan="2">20</td><td>产出指标</td><td>保洁河道长度</td><td>≥80公里</td></tr>
      <tr><td>满意度指标</td><td>沿河居民满意度</td><td>≥90%</td></tr>
      <tr><td>路灯维护</td><td>某某市城管局</td><td>45.5</td><td>45.5</td><td>0</td><td>产出指标</td><td>路灯亮灯率</td><td>≥98%</td></tr>
      <tr><td colspan="2">合计</td><td>165.5</td><td>145.5</td><td>20</td><td colspan="3"></td></tr>`);
    expect(fields(doc, ['project_name', 'department', 'budget_total_wan', 'budget_fiscal_wan', 'budget_other_wan'])).toEqual([
      ['河道保洁', '某某市水务局', 120, 100, 20],
      ['路灯维护', '某某市城管局', 45.5, 45.5, 0],
    ]);
    expect(doc.forms.map((f) => f.indicators.map((r) => r.target))).toEqual([['80', '90'], ['98']]);
  });
});

describe('a 调整表 of several projects', () => {
  it('reads the adjusted amount and values, 同左 as the value before, and leaves out an indicator deleted', async () => {
    const doc = await importHtml(`
      <tr><td rowspan="2">项目名称</td><td colspan="2">项目资金</td><td rowspan="2">三级指标</td><td colspan="2">指标值</td><td rowspan="2">调整原因</td></tr>
      <tr><td>调整前</td><td>调整后</td><td>调整前</td><td>调整后</td></tr>
      <tr><td rowspan="3">社区健身器材更新</td><td rowspan="3">80</td><td rowspan="3">66</td><td>更新健身器材</td><td>≥120套</td><td>≥100套</td><td>部分点位拆迁</td></tr>
      <tr><td>器材安全检测合格率</td><td>100%</td><td>同左</td><td></td></tr>
      <tr><td>器材更新完成时间</td><td>2025年6月底前</td><td>取消</td><td>并入验收指标</td></tr>`);
    const form = doc.forms[0]!;
    expect(fields(doc, ['project_name', 'budget_total_wan'])[0]).toEqual(['社区健身器材更新', 66]);
    expect(form.indicators.map((r) => [r.name, r.comparator, r.target, r.unit])).toEqual([
      ['更新健身器材', '>=', '100', '套'],
      ['器材安全检测合格率', '=', '100', '%'],
    ]);
    expect(doc.warnings.some((w) => w.code === 'indicator_deleted')).toBe(true);
  });

  it('reads an adjusted cell left blank as the value not adjusted', () => {
    const doc = importText([
      '项目名称\t三级指标\t调整前指标值\t调整后指标值\t计量单位',
      '污水管网巡查\t巡查管网长度\t≥300\t≥260\t公里',
      '污水管网巡查\t问题整改率\t≥95\t\t%',
      '污水管网巡查\t新增智能井盖\t\t≥40\t个',
    ].join('\n'), 'a.tsv');
    expect(doc.forms[0]!.indicators.map((r) => [r.comparator, r.target])).toEqual([['>=', '260'], ['>=', '95'], ['>=', '40']]);
  });

  it('leaves a blank value blank where no declared column stands beside it, and a cell that only mentions 取消 as written', () => {
    const doc = importText([
      '项目名称\t三级指标\t指标值\t计量单位',
      '污水管网巡查\t巡查管网长度\t\t公里',
      '污水管网巡查\t取消收费事项办结率\t取消的事项全部办结\t',
    ].join('\n'), 'a.tsv');
    expect(doc.forms[0]!.indicators.map((r) => [r.comparator, r.target])).toEqual([[null, ''], ['qualitative', '取消的事项全部办结']]);
  });
});

describe('a summary grouping its projects under department rows', () => {
  const rows = (section: string) => `
      <tr><td>序号</td><td>项目名称</td><td>预算金额</td><td>一级指标</td><td>三级指标</td><td>指标值</td></tr>
      <tr><td colspan="6">一、某某市卫生健康委员会</td></tr>
      <tr><td>1</td><td>妇幼健康服务</td><td>90</td><td>产出指标</td><td>孕产妇系统管理率</td><td>≥90%</td></tr>
      <tr><td colspan="6">${section}</td></tr>
      <tr><td>2</td><td>校园安保补助</td><td>60</td><td>产出指标</td><td>配备专职保安学校数</td><td>≥30所</td></tr>`;

  it('gives each project the department its row names', async () => {
    const doc = await importHtml(rows('二、某某市教育局'));
    expect(fields(doc, ['project_name', 'department', 'budget_total_wan'])).toEqual([
      ['妇幼健康服务', '某某市卫生健康委员会', 90],
      ['校园安保补助', '某某市教育局', 60],
    ]);
  });

  it('takes a row across the table that names no unit for neither a department nor an indicator', async () => {
    const doc = await importHtml(rows('二、民生保障类项目'));
    expect(fields(doc, ['project_name', 'department'])).toEqual([['妇幼健康服务', '某某市卫生健康委员会'], ['校园安保补助', null]]);
    expect(doc.forms.map((f) => f.indicators.map((r) => r.name))).toEqual([['孕产妇系统管理率'], ['配备专职保安学校数']]);
  });
});
