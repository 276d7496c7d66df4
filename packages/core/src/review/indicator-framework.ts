/**
 * The indicator frameworks (指标体系) a project form's 一级/二级 must follow, and the
 * folding of the spellings people use for the same level ("产出"/"产出指标", "效果" for
 * 效益, "可持续性影响" for 可持续影响).
 */
export type Framework = '2020' | '2021';
export type Level1 = 'output' | 'cost' | 'benefit' | 'satisfaction';
export type Level2 =
  | 'quantity' | 'quality' | 'timeliness' | 'cost'
  | 'economic_cost' | 'social_cost' | 'eco_cost'
  | 'economic_benefit' | 'social_benefit' | 'eco_benefit' | 'sustainability'
  | 'satisfaction';

export const LEVEL1_LABELS: Record<Level1, string> = { output: '产出指标', cost: '成本指标', benefit: '效益指标', satisfaction: '满意度指标' };
export const LEVEL2_LABELS: Record<Level2, string> = {
  quantity: '数量指标', quality: '质量指标', timeliness: '时效指标', cost: '成本指标',
  economic_cost: '经济成本指标', social_cost: '社会成本指标', eco_cost: '生态环境成本指标',
  economic_benefit: '经济效益指标', social_benefit: '社会效益指标', eco_benefit: '生态效益指标', sustainability: '可持续影响指标',
  satisfaction: '服务对象满意度指标',
};

const BENEFITS: Level2[] = ['economic_benefit', 'social_benefit', 'eco_benefit', 'sustainability'];
export const FRAMEWORKS: Record<Framework, Record<Level1, readonly Level2[]>> = {
  '2020': { output: ['quantity', 'quality', 'timeliness', 'cost'], cost: [], benefit: BENEFITS, satisfaction: ['satisfaction'] },
  '2021': { output: ['quantity', 'quality', 'timeliness'], cost: ['economic_cost', 'social_cost', 'eco_cost'], benefit: BENEFITS, satisfaction: ['satisfaction'] },
};

/** "产出指标(50分)" → "产出": drops spaces, a stated score, a leading number (一、 1. （一） (1)) and the trailing 指标/类. */
export function levelStem(raw: string | null): string {
  if (raw == null) return '';
  return raw
    .replace(/[\s\u3000]/g, '')
    .replace(/[（(]\s*[\d.]+\s*分?\s*[）)]$/, '')
    .replace(/^(?:[一二三四五六七八九十\d]+[、.．]|[（(][一二三四五六七八九十\d]+[）)])/, '')
    .replace(/(指标|类)$/, '');
}

/** The score stated after a level, as in 产出指标(50分) or 总体绩效（65分）. */
export function statedLevelWeight(raw: string | null): number | null {
  if (raw == null) return null;
  const m = /[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[）)]\s*$/.exec(raw);
  return m ? Number(m[1]) : null;
}

const LEVEL1_MAP: ReadonlyMap<string, Level1> = new Map(Object.entries({
  产出: 'output', 成本: 'cost', 效益: 'benefit', 效果: 'benefit', 满意度: 'satisfaction', 满意: 'satisfaction',
  服务对象满意度: 'satisfaction', 社会满意度: 'satisfaction',
} satisfies Record<string, Level1>));

// Level cells take few distinct values, so their parse is remembered (bounded).
const L1_CACHE = new Map<string, Level1 | null>();
const L2_CACHE = new Map<string, Level2 | null>();

const LEVEL_CACHE_LIMIT = 5000;

// No parse callback: a closure allocated per call costs more than the lookup it guards.
function remember<T>(cache: Map<string, T | null>, raw: string, v: T | null): T | null {
  if (cache.size >= LEVEL_CACHE_LIMIT) cache.clear();
  cache.set(raw, v);
  return v;
}

export function parseLevel1(raw: string | null): Level1 | null {
  if (raw == null || raw === '') return null;
  const hit = L1_CACHE.get(raw);
  return hit !== undefined ? hit : remember(L1_CACHE, raw, LEVEL1_MAP.get(levelStem(raw)) ?? null);
}

const LEVEL2_MAP: ReadonlyMap<string, Level2> = new Map(Object.entries({
  数量: 'quantity', 质量: 'quality', 时效: 'timeliness', 时效性: 'timeliness', 时间: 'timeliness', 进度: 'timeliness', 成本: 'cost',
  经济成本: 'economic_cost', 社会成本: 'social_cost', 生态环境成本: 'eco_cost', 生态成本: 'eco_cost', 环境成本: 'eco_cost',
  经济效益: 'economic_benefit', 社会效益: 'social_benefit', 生态效益: 'eco_benefit', 生态环境效益: 'eco_benefit', 环境效益: 'eco_benefit',
  可持续影响: 'sustainability', 可持续性影响: 'sustainability', 可持续发展: 'sustainability', 可持续: 'sustainability', 可持续效益: 'sustainability', 可持续性: 'sustainability',
  服务对象满意度: 'satisfaction', 满意度: 'satisfaction', 社会公众满意度: 'satisfaction', 社会满意度: 'satisfaction', 群众满意度: 'satisfaction',
  公众满意度: 'satisfaction', 服务满意度: 'satisfaction', 使用者满意度: 'satisfaction', 受益对象满意度: 'satisfaction',
} satisfies Record<string, Level2>));

export function parseLevel2(raw: string | null): Level2 | null {
  if (raw == null || raw === '') return null;
  const hit = L2_CACHE.get(raw);
  return hit !== undefined ? hit : remember(L2_CACHE, raw, LEVEL2_MAP.get(levelStem(raw)) ?? null);
}

// 二级 only 部门整体绩效目标 use, and the 一级 each sits under there: what the department delivers (履职效能, 管理效率) is
// 产出, what it brings (社会效应) is 效益. 可持续发展 and 服务对象满意度 are read as the project framework's own 二级.
// 运行成本 sits under 产出 or 成本 depending on the province and is left out. Seed 004's tree (投入管理指标 / 产出指标 / 效益指标)
// files the work done under 产出 (重点工作任务完成, 履职目标实现) and its results under 效益 (履职效益).
const DEPARTMENT_LEVEL2: ReadonlyMap<string, Level1> = new Map(Object.entries({
  履职效能: 'output', 管理效率: 'output', 社会效应: 'benefit', 重点工作任务完成: 'output', 履职目标实现: 'output', 履职效益: 'benefit',
} satisfies Record<string, Level1>));
const DEPT_CACHE = new Map<string, Level1 | null>();

/** The 一级 a department-only 二级 (履职效能, 管理效率, 社会效应) belongs under, or null for any other 二级. */
export function departmentLevel1Of(raw: string): Level1 | null {
  const hit = DEPT_CACHE.get(raw);
  return hit !== undefined ? hit : remember(DEPT_CACHE, raw, DEPARTMENT_LEVEL2.get(levelStem(raw)) ?? null);
}

/** The 一级 each 二级 sits under in a framework (the first framework that has it decides when it is absent). */
export function level1Of(level2: Level2, framework: Framework): Level1 | null {
  const table = FRAMEWORKS[framework];
  for (const l1 of Object.keys(table) as Level1[]) if (table[l1].includes(level2)) return l1;
  return null;
}

/**
 * The framework a form's own layout shows: 成本 as a 一级 (or a 2021-only cost 二级) is the 2021 layout,
 * 成本 filed under 产出 the 2020 one; null when the form shows neither. A form showing both is read as
 * 2021, so its 产出/成本 rows are reported as the mix they are. Only the first `rows` entries are read.
 */
export function frameworkOfLayout(
  level1: ReadonlyArray<Level1 | null>, level2: ReadonlyArray<Level2 | null>, rows = level1.length,
): Framework | null {
  let costUnderOutput = false;
  // rows: the readings arrays are reused from form to form and may hold a longer previous form's rows past this one's.
  for (let i = 0; i < rows; i++) {
    const l1 = level1[i];
    const l2 = level2[i];
    if (l1 === 'cost' || l2 === 'economic_cost' || l2 === 'social_cost' || l2 === 'eco_cost') return '2021';
    if (l2 === 'cost' && l1 === 'output') costUnderOutput = true;
  }
  return costUnderOutput ? '2020' : null;
}

/** 财预〔2021〕101号 applies from the 2022 budget year; earlier years use the 2020 framework. */
export function frameworkForYear(year: number | null | undefined, fallback: Framework): Framework {
  if (year == null) return fallback;
  return year <= 2021 ? '2020' : '2021';
}
