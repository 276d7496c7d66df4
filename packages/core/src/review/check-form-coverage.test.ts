import { describe, expect, it } from 'vitest';
import { formSchema } from '../forms/forms-schema';
import { r } from './held-out-forms/form-case-types';
import { reviewForm, reviewForms } from './review-forms';
import { HELD_OUT_45_COVERAGE } from './unseen-wording/held-out-45';

const LZ = '履职效能';
const GL = '管理效率';
const SX = '社会效应';
const KC = '可持续发展';

/** The coverage message of a department target with these rows, or null when it covers 产出, 效益 and 满意度. */
const coverage = (rows: Array<[string, string, string]>) => {
  const indicators = rows.map(([l1, l2, name]) => r(l1, l2, name, '>=', '90', '%', null));
  const form = formSchema.parse({ kind: 'department_target', org: '区民政局', indicators });
  return reviewForm(form, 0, {}).find((f) => f.code === 'coverage')?.message ?? null;
};

describe('coverage on the 部门整体 tree (履职效能 / 管理效率 / 社会效应 / 可持续发展)', () => {
  it.each([
    ['履职效能 › 重点工作 is 产出', [[LZ, '重点工作', '养老服务站点建成率'], [SX, '社会效益', '困难群众基本生活保障率'], [SX, '服务对象满意度', '困难群众满意度']], []],
    ['履职效能 › 履职目标 with 可持续发展 as 效益', [[LZ, '履职目标', '救助资金发放及时率'], [KC, '长效机制', '长效机制健全率'], [SX, '服务对象满意度', '群众满意度']], []],
    ['服务对象满意度 written as a 一级', [[LZ, '重点工作', '案件结案率'], [KC, '人才队伍', '持证社工占比'], ['服务对象满意度', '群众', '群众满意度']], []],
    ['履职效能 › 效益指标 one level down still counts as 效益', [[LZ, '产出指标', '抽检完成率'], [LZ, '效益指标', '食品安全抽检合格率'], [SX, '服务对象满意度', '群众满意度']], []],
    ['no 效益 on the tree', [[LZ, '重点工作', '垃圾无害化处理率'], [GL, '预算管理', '预算执行率'], [SX, '服务对象满意度', '市民满意度']], ['效益指标']],
    ['no 满意度 on the tree', [[LZ, '重点工作', '垃圾无害化处理率'], [SX, '社会效益', '政策知晓率']], ['满意度指标']],
    ['管理效率 alone is no 产出', [[GL, '预算管理', '预算执行率'], [SX, '社会效益', '政策知晓率'], [SX, '服务对象满意度', '群众满意度']], ['产出指标']],
  ] as const)('%s', (_, rows, missing) => {
    const message = coverage(rows.map((x) => [...x] as [string, string, string]));
    if (missing.length === 0) expect(message).toBeNull();
    else for (const m of missing) expect(message).toContain(m);
  });
});

describe('coverage of a form with no indicators', () => {
  it.each([
    ['project_target', true],
    ['department_target', true],
    ['project_self_evaluation', true],
    ['department_self_evaluation', false],
  ] as const)('%s', (kind, flagged) => {
    const form = formSchema.parse({ kind, org: '区民政局', indicators: [] });
    const found = reviewForm(form, 0, {}).filter((f) => f.code === 'coverage');
    expect(found.map((f) => [f.row, f.field, f.severity])).toEqual(flagged ? [[null, 'indicators', 'warning']] : []);
    if (flagged) expect(found[0]!.message).toContain('没有任何绩效指标');
  });

  it('leaves a department target stated in prose alone, but not a project target', () => {
    const goal = '一、全面完成年度重点工作任务；二、提升公共服务水平。';
    const dept = formSchema.parse({ kind: 'department_target', org: '区民政局', goal, indicators: [] });
    const project = formSchema.parse({ kind: 'project_target', org: '区民政局', goal, indicators: [] });
    expect(reviewForm(dept, 0, {}).filter((f) => f.code === 'coverage')).toEqual([]);
    expect(reviewForm(project, 0, {}).filter((f) => f.code === 'coverage')).toHaveLength(1);
  });
});

describe('coverage of a department self-evaluation', () => {
  const rows = [[LZ, '重点工作', '送文化下乡演出'], [GL, '预算执行', '部门预算执行率'], [SX, '社会效益', '接待游客']] as const;
  it.each([
    // A 部门整体自评 that carries its targets is held to them as the target was; a score sheet (分值/得分 only) on the
    // department tree is held to the tree, which files 满意度 under 社会效应 (rules.md §2; session 21, S45-T14).
    ['with targets', true],
    ['score sheet', false],
  ] as const)('%s without 满意度', (_, targets) => {
    const indicators = rows.map(([l1, l2, name]) => (targets ? r(l1, l2, name, '>=', '90', '%', 10) : r(l1, l2, name, null, '', null, 10)));
    const form = formSchema.parse({ kind: 'department_self_evaluation', org: '区文化和旅游委员会', indicators });
    const found = reviewForm(form, 0, {}).filter((f) => f.code === 'coverage');
    expect(found.map((f) => f.message.includes('满意度指标'))).toEqual([true]);
  });

  // A score sheet is held to coverage only where it scores the department's own tree, never by row names alone.
  it.each([
    ['社会效应 › 满意度 covers 满意度', [['预算管理', '预算执行', '预算执行率'], [LZ, '重点工作', '疫情报告及时率'], [SX, '社会效益', '健康素养水平提升'], [SX, '满意度', '服务对象满意度']], null],
    ['the 2024-style tree with no 满意度', [['预算管理', '预算执行', '预算执行率'], [LZ, '重点工作', '疫情报告及时率'], [SX, '社会效益', '健康素养水平提升']], '满意度指标'],
    ['the tree with 满意度 but no 效益', [['部门预算管理', '预算执行', '预算执行率'], [LZ, '重点工作完成', '任务完成率'], [SX, '满意度', '办事群众满意度']], '效益指标'],
    ['an evaluation template (总体绩效 / 项目绩效)', [['总体绩效', '履职效能', '督查督办次数'], ['总体绩效', '预算管理', '预算编制质量'], ['项目绩效', '目标实现', '目标完成']], null],
    ['财政部 投入 / 过程 / 产出 / 效果 without 满意度', [['投入', '预算执行', '预算执行率'], ['过程', '资产管理', '资产管理规范性'], ['产出', '职责履行', '任务完成率'], ['效果', '社会效益', '健康素养水平']], null],
    ['rows without levels are not read by their names', [['', '', '预算执行率'], ['', '', '健康素养水平提升']], null],
  ] as const)('score sheet: %s', (_, rows, missing) => {
    const indicators = rows.map(([l1, l2, name]) => r(l1 || null, l2 || null, name, null, '', null, 10));
    const form = formSchema.parse({ kind: 'department_self_evaluation', org: '区疾控中心', indicators });
    const found = reviewForm(form, 0, {}).filter((f) => f.code === 'coverage');
    expect(found.map((f) => f.message.includes(missing ?? '\u0000'))).toEqual(missing == null ? [] : [true]);
  });
});

describe('coverage on held-out set 45 (unseen-wording/held-out-45.ts: 2021 成本 as its own 一级, 2020 names, department trees)', () => {
  it.each(HELD_OUT_45_COVERAGE.map((c) => [`${c.sector} ${c.kind} ${c.rows.map((x) => x.join('›')).join(' / ')} → ${c.expect ? 'flag' : 'none'}`, c] as const))('%s', (_, c) => {
    const indicators = c.rows.map(([l1, l2, name]) => r(l1, l2, name, '>=', '90', '%', null));
    const owner = c.kind === 'department_target' ? { org: '测试部门' } : { project_name: '测试项目' };
    const form = formSchema.parse({ kind: c.kind, fiscal_year: 2024, ...owner, indicators });
    const found = reviewForms([form], { frameworkFromYear: true, publishing: true }).filter((f) => f.code === 'coverage');
    expect(found.length > 0, found.map((f) => f.message).join(' | ')).toBe(c.expect);
  });
});

describe('coverage: 成本 is 产出 only on the 2020 framework (set 45)', () => {
  const form = (l1cost: string, l2cost: string) => formSchema.parse({ kind: 'project_target', fiscal_year: 2024, project_name: '应急物资储备库运维', indicators: [
    r(l1cost, l2cost, '储备库运维成本', '<=', '80', '万元', null), r('效益指标', '社会效益指标', '物资调运到位时间', '<=', '12', '小时', null),
    r('满意度指标', '服务对象满意度指标', '受援群众满意度', '>=', '90', '%', null)] });
  it.each([
    ['成本 as its own 一级 (2021): no 产出', '成本指标', '经济成本指标', true],
    ['成本 under 产出 (2020): 产出 present', '产出指标', '成本指标', false],
  ] as const)('%s', (_, l1, l2, flagged) => {
    const found = reviewForms([form(l1, l2)], { frameworkFromYear: true }).filter((f) => f.code === 'coverage');
    expect(found.length > 0, found.map((f) => f.message).join(' | ')).toBe(flagged);
    if (flagged) expect(found[0]!.message).toContain('产出指标');
  });
});
