import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formsDocumentSchema, makePolicy, reviewForms, type Form } from '../src/index';

// The answer keys of the seeds (/work/shared/fixtures/truth): real published forms, as the importer emits them.
const available = existsSync(fileURLToPath(new URL('../../../../shared/fixtures/truth', import.meta.url)));

function truth(name: string): Form[] {
  const path = fileURLToPath(new URL(`../../../../shared/fixtures/truth/${name}.json`, import.meta.url));
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { forms: Array<Record<string, unknown>> };
  for (const f of raw.forms) delete f.levels_uncertain;
  return formsDocumentSchema.parse(raw).forms;
}

const tag = (f: { code: string; form: number; row: number | null }) => `${f.code}@${f.form}:${f.row ?? '-'}`;

describe.skipIf(!available)('review of the real documents', () => {
  it.each([
    ['000', [
      'coverage@0:-', 'implausible_target@0:0', 'implausible_target@0:1', 'implausible_target@0:2',
      'weights@1:-', 'coverage@1:-', 'qualitative_vs_quantitative@1:2',
      'coverage@2:-', 'implausible_target@2:1',
      'goal_vs_indicators@3:-',
      'implausible_target@5:4',
      'weights@6:-',
      'goal_vs_indicators@7:-', 'implausible_target@7:1',
      'coverage@8:-',
      // 考试满意度 in 场次: one defect, reported once (satisfaction owns it).
      'coverage@9:-', 'satisfaction@9:0',
      'coverage@10:-', 'unit_vs_name@10:0',
    ]],
    ['002', [
      // 保障机关正常运转 / 保障正常的办公环境 ≥95% filed under 服务对象满意度指标: not a satisfaction.
      'level_vs_name@1:6',
      'unit_vs_name@2:1', 'qualitative_vs_quantitative@2:3', 'level_vs_name@2:5',
      'implausible_target@3:1', 'qualitative_vs_quantitative@3:3', 'level_vs_name@3:5',
      'unit_vs_name@4:3',
      // 社会效益「对区内行政事业单位资产进行管理」=112户 repeats 数量「服务预算单位数量」=112户.
      'qualitative_vs_quantitative@5:3', 'level_vs_name@5:4',
      // ≤预算控制数: a reference cost target without an amount (rules.md §1: flagged in review).
      'not_numeric@2:2', 'not_numeric@3:2', 'not_numeric@4:2',
      // 成本指标「一年一户 1600 元」 按合同规定: a cost without an amount.
      'qualitative_vs_quantitative@5:2',
    ]],
    ['003', ['self_evaluation@1:-', 'coverage@2:-',
      // Vague self-evaluation values: 督办效果 落地生效, 完成时效 按要求适时完成, 质量合格率 合格, 交货准时率 按时交货.
      'qualitative_vs_quantitative@1:4', 'qualitative_vs_quantitative@1:5', 'qualitative_vs_quantitative@2:1', 'qualitative_vs_quantitative@2:2']],
    ['004', []],
  ])('seed %s', (name, want) => {
    const got = reviewForms(truth(name), { frameworkFromYear: true }).map(tag);
    expect([...got].sort()).toEqual([...want].sort());
  });

  // Indicators a reviewer would pass: no finding may point at them.
  it.each([
    ['000', 5, 2, '年度维护成本增长率 ≤95%'],
    ['000', 4, 0, '维修及时率 ≥90%'],
    ['000', 8, 1, '工作经费标准 =10 元/月'],
    ['000', 8, 2, '发放及时率 >90%'],
    ['000', 1, 0, '部门整体评价 =1 个'],
    ['002', 4, 5, '长远性 定性 明显增强'],
    ['002', 1, 5, '可持续性影响 spelling'],
    ['004', 0, 6, '预算调整率 ≤30%'],
    ['004', 0, 8, '“三公经费”控制率 ≤100%'],
    ['004', 0, 24, '效益/满意度 群众满意度 ≥96%'],
    ['003', 0, 5, 'department score sheet row'],
    ['002', 4, 4, '社会效益 提高保障水平 定性 有效提高'],
    ['002', 1, 4, '经济效益 按照预算指标完成 定性'],
    ['002', 3, 4, '社会效益 保障单位冬季的正常取暖 =100%'],
    ['002', 4, 0, '财政专网维护户数 =89户 (no 效益 row repeats it)'],
    ['000', 4, 3, '服务对象满意度 ≥95% without levels'],
    ['000', 3, 2, '项目办理时效 ≥98%'],
    ['004', 0, 20, '产出/重点工作任务完成 ≥95% (department framework)'],
  ])('seed %s form %i row %i stays unflagged (%s)', (name, form, row) => {
    const got = reviewForms(truth(name), { frameworkFromYear: true }).filter((f) => f.form === form && f.row === row);
    expect(got).toEqual([]);
  });

  it('the 2021 framework, forced on a 2020 document, flags 成本 under 产出', () => {
    const got = reviewForms(truth('002'), { policy: makePolicy({ framework: '2021' }) }).filter((f) => f.code === 'levels');
    expect(got.map((f) => `${f.form}:${f.row}`)).toEqual(['1:3', '2:2', '3:2', '4:2', '5:2']);
  });
});
