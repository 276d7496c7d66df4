import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, reportLights, reviewMonitoringReport, type MonitoringReport } from '@jixiao/core';
import { sampleMonitoringReport, sampleMonitoringRow } from './sample-monitoring-report';
import { findingStatus, findingsAt, monitoringFindings, monitoringSubmitBlockReason } from './monitoring-findings';

const row = sampleMonitoringRow;
const report = sampleMonitoringReport;

const findingsOf = (r: MonitoringReport) => monitoringFindings(r, reportLights(r), DEFAULT_POLICY);
const explained = { deviation_reason: '施工许可延后', measures: '9月起两班施工' };

describe('monitoringFindings', () => {
  it.each([
    ['a complete green table has none', report({}, [row({ progress_value: '120' })]), []],
    ['no amount executed is a warning', report({ executed_wan: null }, [row({ progress_value: '120' })]), ['warning -/executed_wan 未填写 1至当月执行数']],
    ['an amount above the budget is core\'s error', report({ executed_wan: 1000 }, [row({ progress_value: '120' })]), ['error -/executed_wan 超过年度预算']],
    ['a 执行率 the figures do not give', report({ execution_rate: 95 }, [row({ progress_value: '120' })]), ['error -/execution_rate 预算执行率填95%']],
    ['a 执行率 the figures give, to its digits', report({ execution_rate: 87.5 }, [row({ progress_value: '120' })]), []],
    ['a slow budget without a reason', report({ executed_wan: 1 }, [row({ progress_value: '120' })]), ['error -/deviation_reason 预算执行亮红灯']],
    ['a slow budget with a reason but no measures', report({ executed_wan: 1, deviation_reason: '资金下达晚' }, [row({ progress_value: '120' })]), ['error -/measures 未填写纠偏措施']],
    ['a slow budget explained', report({ executed_wan: 1, ...explained }, [row({ progress_value: '120' })]), []],
    ['a red row without a reason', report({}, [row({ progress_value: '10' })]), ['error 0/deviation_reason 第1行「整治楼栋」亮红灯']],
    ['a red row whose reason is a placeholder', report({}, [row({ progress_value: '10', deviation_reason: '无', measures: '无' })]), ['error 0/deviation_reason 偏差原因「无」未说明原因']],
    ['a red row explained', report({}, [row({ progress_value: '10', ...explained })]), []],
    ['a row left empty is a warning', report({}, [row({})]), ['warning 0/progress_value 第 1 行「整治楼栋」未填写完成值']],
    ['a qualitative row judged by its pick', report({}, [row({ comparator: 'qualitative', target: '明显提升', unit: null, expected_completion: '达成' })]), []],
    ['a share under a count ceiling', report({}, [row({ comparator: '<=', target: '3', unit: '起', progress_value: '50%', ...explained })]), ['warning 0/progress_value 不要填百分比']],
    ['a share under a count floor is read, not flagged', report({}, [row({ progress_value: '50%', ...explained })]), []],
    // 已完成 on a row measured in 栋: no light, and no silent green for the project.
    ['words where a number is due', report({}, [row({ progress_value: '已完成' })]), ['warning 0/progress_value 无法判断进度']],
    // 满意度 surveyed at year end: stated, not missing, and not red.
    ['a row not measured yet, with its 预计', report({}, [row({ name: '服务对象满意度', comparator: '>=', target: '90', unit: '%', not_measured: '年底测评', forecast: '92%' })]), []],
    ['a row not measured yet without its 预计', report({}, [row({ not_measured: '未到测量期' })]), ['warning 0/forecast 标为「未到测量期」，未填写预计全年完成值']],
    ['a row marked but measured anyway is judged by its value', report({}, [row({ progress_value: '10', not_measured: '年底测评' })]), ['error 0/deviation_reason 亮红灯']],
    // 是否能完成 on a measured row (能 / 不确定 / 不能) against its 全年预计: the review's error, live at the row.
    ['不能 while the 全年预计 meets the target', report({}, [row({ progress_value: '120', forecast: '220', expected_completion: '未达成' })]), ['error 0/expected_completion 却填是否能完成「不能」']],
    ['能 with a 全年预计 that agrees', report({}, [row({ progress_value: '120', forecast: '210', expected_completion: '达成' })]), []],
    // guard: a measured row's 是否能完成 does not stand for its value, as a qualitative row's pick does.
    ['a measured row answered 能 but no value', report({}, [row({ forecast: '210', expected_completion: '达成' })]), ['warning 0/progress_value 未填写完成值']],
    ['a start after the end is an error the server refuses to save', report({ start_month: 10, end_month: 3 }, [row({ progress_value: '120' })]), ['error -/start_month 晚于结束月']],
    ['a project started in 4月 is none', report({ start_month: 4 }, [row({ progress_value: '120' })]), []],
  ] as const)('%s', (_name, r, expected) => {
    const found = findingsOf(r);
    expect(found).toHaveLength(expected.length);
    expected.forEach((want, i) => {
      const [head, text] = [want.slice(0, want.indexOf(' ', want.indexOf(' ') + 1)), want.slice(want.indexOf(' ', want.indexOf(' ') + 1) + 1)];
      const f = found[i]!;
      expect(`${f.severity} ${f.row ?? '-'}/${f.field}`).toBe(head);
      expect(f.message).toContain(text);
    });
  });

  it('gives every error core gives, at the same row and field: the page judges as the server does', () => {
    const r = report({ executed_wan: 9, execution_rate: 50, month: 6 }, [row({ progress_value: '10' }), row({ name: '巡查次数', unit: '次', target: '12', progress_value: '12', expected_completion: '未达成' })]);
    const core = reviewMonitoringReport(r, DEFAULT_POLICY).map((f) => `${f.row}/${f.field}/${f.message}`);
    const page = findingsOf(r).filter((f) => f.severity === 'error').map((f) => `${f.row}/${f.field}/${f.message}`);
    expect(core.length).toBeGreaterThanOrEqual(3);
    expect(page).toEqual(core);
  });
});

describe('findingsAt, findingStatus and monitoringSubmitBlockReason', () => {
  const r = report({ executed_wan: null }, [row({ progress_value: '10' })]);
  const found = findingsOf(r);

  it('places each finding at its box', () => {
    expect(findingsAt(found, 0, 'deviation_reason')).toHaveLength(1);
    expect(findingsAt(found, 0, 'measures')).toHaveLength(0);
    expect(findingsAt(found, null, 'executed_wan').map((f) => f.severity)).toEqual(['warning']);
    expect(findingStatus(findingsAt(found, 0, 'deviation_reason'))).toBe('error');
    expect(findingStatus(findingsAt(found, null, 'executed_wan'))).toBe('warning');
    expect(findingStatus([])).toBeUndefined();
  });

  it('holds the submission back for errors only, as a target form', () => {
    expect(monitoringSubmitBlockReason(found)).toBe('还有 1 个错误，修正后才能提交');
    expect(monitoringSubmitBlockReason(found.filter((f) => f.severity === 'warning'))).toBeNull();
    expect(monitoringSubmitBlockReason([])).toBeNull();
  });
});
