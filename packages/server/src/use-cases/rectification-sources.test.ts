import { describe, expect, it } from 'vitest';
import { emptyForm, type Form, type Indicator } from '@jixiao/core';
import type { LoadedForm } from './form-store';
import { sheetItems } from './rectification-sources';

const row = (name: string, weight: number | null, score: number | null, more: Partial<Indicator> = {}): Indicator => ({
  level1: null, level2: null, name, description: null, weight, unit: null, comparator: null, target: '', basis: null,
  method: null, actual: null, score, reason: null, ...more,
});

function loaded(form: Form): LoadedForm {
  return { row: { id: 7 } as LoadedForm['row'], form };
}

describe('sheetItems (what a settled self-evaluation leaves to answer)', () => {
  it.each<[string, Form, Array<[string, string]>]>([
    ['a project sheet: its 存在问题 point by point, then rows short of their 分值', {
      ...emptyForm('project_self_evaluation'),
      problems: '一是宣传不到位；二是台账不完整',
      indicators: [
        row('培训人数', 30, 30, { comparator: '>=', target: '100', unit: '人', actual: '120' }),
        row('培训合格率', 20, 18, { comparator: '>=', target: '95', unit: '%', actual: '90', reason: '补考安排较晚' }),
        row('满意度', 20, null),
        row('合计', 90, 88),
        row('违规支出', 5, -2, { level1: '扣分项' }),
      ],
    }, [['problem', '宣传不到位'], ['problem', '台账不完整'], ['shortfall', '「培训合格率」未得满分：指标值 ≥95%，完成值 90，得分 18/20']]],
    ['a department score tree: the group line repeats its rows and is no shortfall of its own', {
      ...emptyForm('department_self_evaluation'),
      indicators: [
        row('履职效能', 30, 28, { level1: '履职效能' }),
        row('重点工作完成率', 20, 18, { level1: '履职效能', level2: '重点工作', actual: '90%' }),
        row('工作质量达标率', 10, 10, { level1: '履职效能', level2: '工作质量' }),
        row('社会效应', 10, 10, { level1: '社会效应' }),
        row('服务对象满意度', 10, 10, { level1: '社会效应', level2: '满意度' }),
      ],
    }, [['shortfall', '「重点工作完成率」未得满分：完成值 90%，得分 18/20']]],
    ['a target form has nothing to carry', emptyForm('project_target'), []],
  ])('%s', (_why, form, want) => {
    expect(sheetItems(loaded(form)).map((i) => [i.kind, i.text])).toEqual(want);
  });

  it('keys each item by the sheet and its place, and keeps the row\'s reason', () => {
    const items = sheetItems(loaded({ ...emptyForm('project_self_evaluation'), problems: '资金拨付慢', indicators: [row('完成率', 10, 8, { reason: '天气影响' })] }));
    expect(items.map((i) => [i.key, i.detail])).toEqual([['se:7:p:0', null], ['se:7:r:0', '天气影响']]);
  });
});
