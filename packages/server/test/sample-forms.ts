import { formSchema, type Form } from '@jixiao/core';

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
