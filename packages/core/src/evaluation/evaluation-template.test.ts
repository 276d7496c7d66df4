import { describe, expect, it } from 'vitest';
import { checkTemplate, evaluationTemplateSchema, totalsNoteMissing, type EvaluationTemplate } from './evaluation-template';
import { DEPT_2024_TEMPLATE } from './templates/dept-2024';

const one = (formula: string, inputs?: string[]): EvaluationTemplate =>
  evaluationTemplateSchema.parse({ id: 't', name: '模板', items: [{ id: 'a', name: '预算执行', level: 1, maxScore: 100, formula, ...(inputs ? { inputs } : {}) }] });

describe('template inputs listed by the item', () => {
  it('refuses a formula naming an input its item does not list', () => {
    const issues = checkTemplate(one('100 * 执行数 / 预算', ['执行数', '预算数']));
    expect(issues).toEqual([{ itemId: 'a', severity: 'error', message: '「预算执行」的公式用到「预算」，但它不在本指标的输入项中；请改正名称，或先把它加入输入项。' }]);
  });

  it('accepts listed names, and a formula whose item lists none (older templates)', () => {
    expect(checkTemplate(one('100 * 执行数 / 预算数', ['执行数', '预算数']))).toEqual([]);
    expect(checkTemplate(one('100 * 执行数 / 预算数'))).toEqual([]);
  });
});

describe('groups that do not add up', () => {
  it('keeps the printed 2024 template only with a 说明, naming each difference', () => {
    const missing = totalsNoteMissing(DEPT_2024_TEMPLATE);
    expect(missing).toContain('「履职效能」标注分值19分，但下级指标分值合计10分');
    expect(missing).toContain('分值不一致说明');
    expect(totalsNoteMissing({ ...DEPT_2024_TEMPLATE, totalsNote: '按印发文件原样' })).toBeNull();
    // Guard: a blank 说明 says nothing.
    expect(totalsNoteMissing({ ...DEPT_2024_TEMPLATE, totalsNote: '  ' })).not.toBeNull();
  });

  it('asks nothing of a template that adds up', () => {
    expect(totalsNoteMissing(one('100 * 执行数 / 预算数'))).toBeNull();
  });
});
