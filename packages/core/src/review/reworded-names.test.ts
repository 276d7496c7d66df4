import { describe, expect, it } from 'vitest';
import { formSchema } from '../forms/forms-schema';
import { reviewForm } from './review-forms';
import { rewordedSame } from './reworded-names';

describe('rewordedSame: one indicator in other words (held-out set 50F)', () => {
  it.each([
    ['运维农村生活污水处理设施', '农村生活污水处理设施运维', true],
    ['新建乡村旅游公厕', '乡村旅游公厕新建', true],
    ['护送返乡', '护送受助人员返乡', true],
    ['补贴发放', '补贴发放对象', true],
    ['走访慰问', '走访慰问困难群众', true],
    // Quiet: other things, other words inserted, short names, a verb that is not moved whole.
    ['困难残疾人生活补贴标准', '重度残疾人护理补贴标准', false],
    ['新建公厕', '公厕新建', false],
    ['培训农民', '培训农民工', false],
    ['护送返乡', '护送车辆返乡', false],
    ['维修农村公路', '农村公路维修养护', false],
    ['出水水质达标率', '出水水质监测覆盖率', false],
  ] as const)('%s / %s', (a, b, want) => {
    expect(rewordedSame(a, b)).toBe(want);
    expect(rewordedSame(b, a)).toBe(want);
  });
});

const form = (rows: Array<[string, string, string, string, string, number]>) => formSchema.parse({
  kind: 'project_target', fiscal_year: 2026,
  indicators: rows.map(([level1, level2, name, target, unit, weight]) => ({ level1, level2, name, comparator: '>=', target, unit, weight })),
});
const names = (rows: Array<[string, string, string, string, string, number]>) =>
  reviewForm(form(rows)).filter((f) => f.code === 'names').map((f) => f.row);
const BASE: Array<[string, string, string, string, string, number]> = [
  ['产出指标', '数量指标', '运维农村生活污水处理设施', '42', '座', 30],
  ['效益指标', '生态效益指标', '年处理农村生活污水', '18', '万吨', 30],
  ['满意度指标', '服务对象满意度指标', '受益群众满意度', '90', '%', 30],
];

describe('names: a reworded copy on the later row, only with the same target and unit', () => {
  it('reports the verb moved to the end with 数量 after it', () => {
    expect(names([...BASE, ['产出指标', '数量指标', '农村生活污水处理设施运维数量', '42', '座', 0]])).toEqual([3]);
  });
  it('stays quiet where the target or the unit differs', () => {
    expect(names([...BASE, ['产出指标', '数量指标', '农村生活污水处理设施运维数量', '40', '座', 0]])).toEqual([]);
    expect(names([...BASE, ['产出指标', '数量指标', '农村生活污水处理设施运维', '42', '个', 0]])).toEqual([]);
  });
  it('reads 数量 in a unit of items as the measure word (新建公厕 / 新建公厕数量 in 座)', () => {
    expect(names([...BASE, ['产出指标', '数量指标', '新建乡村旅游公厕', '3', '座', 0], ['产出指标', '数量指标', '新建乡村旅游公厕数量', '3', '座', 0]])).toEqual([4]);
  });
});
