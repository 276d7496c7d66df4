import { describe, expect, it } from 'vitest';
import { contextSpans } from './context-spans';

/** The text of each span, for reading the table. */
const parts = (s: string, year: number | null) => contextSpans(s, year).map(([a, b]) => s.slice(a, b));

describe('contextSpans: what of a goal is not this fiscal year’s target (held-out set 19)', () => {
  it.each([
    ['实施期目标：累计建成驿站30个。年度目标：新建驿站10个。', 2025, ['实施期目标：累计建成驿站30个。']],
    ['年度目标：新建驿站10个。中长期目标：到2027年建成50个。', 2025, ['中长期目标：到2027年建成50个。', '中长期目标：到2027年建成50个']],
    ['实施期目标：新建驿站30个。', 2025, []],
    ['主要职能：负责全区11个街镇体育工作。年度重点工作：举办赛事50场次。', 2025, ['主要职能：负责全区11个街镇体育工作']],
    ['部门职责：指导11个街镇。举办赛事50场次。', 2025, ['部门职责：指导11个街镇']],
    ['围绕到2026年累计建成30个的目标，今年新建10个。', 2025, ['围绕到2026年累计建成30个的目标']],
    ['到2025年底新建30个。', 2025, []],
    ['到2026年新建30个。', null, []],
    ['2024—2026年累计建成30个，2025—2027年每年培训500人。', 2025, ['2024—2026年累计建成30个']],
    ['新建驿站10个，为实现长期目标打下基础。年度目标：见上。', 2025, []],
  ] as const)('%s', (s, year, want) => expect(parts(s, year)).toEqual(want));
});
