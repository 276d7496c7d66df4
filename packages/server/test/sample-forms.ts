import { formSchema, type Form } from '@jixiao/core';
import type { Session, TestServer } from './harness';

const ind = (level1: string, level2: string, name: string, weight: number, unit: string, target: string) => ({
  level1,
  level2,
  name,
  weight,
  unit,
  comparator: '>=' as const,
  target,
  basis: '计划标准',
});

/** A project target form that passes every error rule. */
export function cleanProjectTarget(name = '基层干部培训经费'): Form {
  return formSchema.parse({
    kind: 'project_target',
    fiscal_year: 2026,
    org: '测试单位',
    project_name: name,
    budget_total_wan: 50,
    goal: '开展基层干部培训，提升业务能力。',
    indicators: [
      ind('产出指标', '数量指标', '培训人数', 30, '人', '100'),
      ind('产出指标', '质量指标', '培训合格率', 20, '%', '95'),
      ind('效益指标', '社会效益指标', '业务知晓率', 20, '%', '90'),
      ind('满意度指标', '服务对象满意度指标', '参训人员满意度', 20, '%', '90'),
    ],
  });
}

/**
 * A 部门整体支出绩效自评表 whose sheet says 总分 30 while its rows score 28 by the rules: a rate row the unit gave full
 * marks (90% of a 100% target earns 9 of 10), a count row met (10 of 10), and a row without a target that keeps the
 * sheet's 9 as a hand score.
 */
export function departmentSheetStating30(org: string): Form {
  return formSchema.parse({
    kind: 'department_self_evaluation',
    fiscal_year: 2026,
    org,
    total_score: 30,
    indicators: [
      { level1: '产出指标', level2: '质量指标', name: '项目完成率', weight: 10, comparator: '>=', target: '100', unit: '%', actual: '90%', score: 10 },
      { level1: '产出指标', level2: '数量指标', name: '督导次数', weight: 10, comparator: '>=', target: '12', unit: '次', actual: '12次', score: 10 },
      { level1: '管理指标', level2: '预算管理', name: '预算编制质量', weight: 10, comparator: null, target: '', method: '按编制质量酌情扣分', score: 9 },
    ],
  });
}

/** A project self-evaluation of 98 by the rules (its budget line 8 of 10 and two rows met): 优 under the default cut-offs. */
export function projectSheetScoring98(name: string, year: number): Form {
  return formSchema.parse({
    kind: 'project_self_evaluation',
    fiscal_year: year,
    project_name: name,
    total_score: 98,
    budget: { adjusted_wan: 100, executed_wan: 80, weight: 10, score: 8 },
    indicators: [
      { level1: '产出指标', level2: '数量指标', name: '培训人次', weight: 45, comparator: '>=', target: '300', unit: '人次', actual: '300', score: 45 },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '学员满意度', weight: 45, comparator: '>=', target: '90', unit: '%', actual: '95%', score: 45 },
    ],
  });
}

/** The sample target (cleanProjectTarget) of a unit, submitted and approved by finance: a project that can be monitored. */
export async function approvedSampleTarget(t: TestServer, editor: Session, finance: Session, org: string, name: string): Promise<number> {
  const created = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_target', org, fiscal_year: 2026 } });
  let f = (await t.request('PUT', `/api/forms/${created.body.id}`, { session: editor, body: { version: created.body.version, form: cleanProjectTarget(name) } })).body;
  f = (await t.request('POST', `/api/forms/${f.id}/submit`, { session: editor, body: { version: f.version } })).body;
  f = (await t.request('POST', `/api/forms/${f.id}/approve`, { session: finance, body: { version: f.version } })).body;
  if (f.status !== 'approved') throw new Error(`sample target not approved: ${JSON.stringify(f)}`);
  return f.id;
}
