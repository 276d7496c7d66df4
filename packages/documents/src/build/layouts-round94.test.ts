import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';

// Layouts of corpus document 780 (Apple Numbers' export): the 当年整体绩效目标 caption alone in a row of a
// one-column table over its numbered goals, and a 年度主要任务 table whose text column is 主要实施内容.

const html = (rows: string[][]) => `<h3>2026年度部门整体绩效目标表</h3><table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;

describe('a text field’s caption alone over its value', () => {
  it('takes numbered goal sentences (目标1：…) for the caption above', () => {
    const goal = '目标1：全市PM2.5年均浓度控制在32微克/立方米以内。<br>目标2：断面水质优良比例达到100%。';
    const form = importText(html([['部门（单位）名称', '某某市生态环境局'], ['当年整体绩效目标'], [goal]]), 'a.html').forms[0] as unknown as Record<string, unknown>;
    expect(form.goal).toBe('目标1：全市PM2.5年均浓度控制在32微克/立方米以内。\n目标2：断面水质优良比例达到100%。');
  });

  it('does not take a short caption and value (填报人：张三) for it', () => {
    const form = importText(html([['部门（单位）名称', '某某市生态环境局'], ['当年整体绩效目标'], ['填报人：张某某']]), 'a.html').forms[0] as unknown as Record<string, unknown>;
    expect(form.goal).toBeNull();
  });
});

describe('a task table whose text column is 主要实施内容', () => {
  it('reads each task’s content', () => {
    const form = importText(html([['部门（单位）名称', '某某市生态环境局'], ['年度主要任务'], ['任务名称', '主要实施内容', '预算金额（万元）'], ['大气污染防治', '开展挥发性有机物综合治理。', '860.00']]), 'a.html').forms[0] as unknown as Record<string, unknown>;
    expect(form.tasks).toEqual([{ name: '大气污染防治', content: '开展挥发性有机物综合治理。', budget_wan: 860 }]);
  });
});
