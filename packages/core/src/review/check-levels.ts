import type { Indicator } from '../forms/forms-schema';
import type { FormShape } from './check-indicators';
import { departmentLevel1Of, level1Of, levelStem, parseLevel1, parseLevel2, FRAMEWORKS, LEVEL1_LABELS, LEVEL2_LABELS, type Framework, type Level1, type Level2 } from './indicator-framework';
import { type FormContext, formPlace, push, rowPlace } from './review-context';
import { isBlank, trimmed } from '../values/text-scan';

// The 一级/二级 checks of rules.md §2 (levels) on one row, and a form whose levels are another template's.

// The choices a levels finding lists, per framework (and 一级), spelled once.
const LEVEL1_CHOICES: Record<Framework, string> = {
  '2020': Object.values(LEVEL1_LABELS).filter((_, k) => k !== 1).join('、'),
  '2021': Object.values(LEVEL1_LABELS).join('、'),
};
const level2Choices = (fw: Framework) => Object.fromEntries(
  (Object.keys(FRAMEWORKS[fw]) as Level1[]).map((l1) => [l1, FRAMEWORKS[fw][l1].map((c) => LEVEL2_LABELS[c]).join('、')]),
) as Record<Level1, string>;
const LEVEL2_CHOICES: Record<Framework, Record<Level1, string>> = { '2020': level2Choices('2020'), '2021': level2Choices('2021') };

/**
 * FRAMEWORKS[fw][l1].includes(l2), as comparisons of the level constants: the check every row with both
 * levels makes, where looking up the integer-like keys '2020' / '2021' and then l1 and l2 cost more
 * than the rest of the row's level check (review-fast-paths.test.ts compares it with FRAMEWORKS).
 */
export function isMember(fw: Framework, l1: Level1, l2: Level2): boolean {
  switch (l1) {
    case 'output':
      return l2 === 'quantity' || l2 === 'quality' || l2 === 'timeliness' || (l2 === 'cost' && fw === '2020');
    case 'cost':
      return fw === '2021' && (l2 === 'economic_cost' || l2 === 'social_cost' || l2 === 'eco_cost');
    case 'benefit':
      return l2 === 'economic_benefit' || l2 === 'social_benefit' || l2 === 'eco_benefit' || l2 === 'sustainability';
    case 'satisfaction':
      return l2 === 'satisfaction';
    default:
      return false;
  }
}

export function reportForeignLevels(ctx: FormContext): void {
  const seen: string[] = [];
  for (const ind of ctx.form.indicators) {
    const raw = ind.level1 == null ? '' : trimmed(ind.level1);
    if (raw !== '' && !seen.includes(raw) && seen.length < 4) seen.push(raw);
  }
  const allowed = Object.values(LEVEL1_LABELS).filter((_, k) => ctx.framework === '2021' || k !== 1).join('、');
  push(ctx, 'levels', null, 'level1', `${formPlace(ctx)}的一级指标（${seen.join('、')}）都不在 ${ctx.framework} 年指标框架中，本表按其他模板设置指标；项目绩效目标和自评应按${allowed}设置一级指标，请按规范模板调整。`);
}

export function checkLevels(ctx: FormContext, shape: FormShape, i: number, ind: Indicator, l1: Level1 | null, l2: Level2 | null): void {
  // The common row: both levels read and the 二级 belongs to the 一级 (a read level is never blank).
  if (l1 != null && l2 != null && shape.checkMembership && !(l1 === 'cost' && ctx.framework === '2020')
    && isMember(ctx.framework, l1, l2)) return;
  const raw1 = ind.level1 == null ? '' : trimmed(ind.level1);
  const raw2 = ind.level2 == null ? '' : trimmed(ind.level2);
  if (raw1 === '') {
    push(ctx, 'levels', i, 'level1', `${rowPlace(ctx, i, ind)}缺少一级指标；请选择产出、${ctx.framework === '2021' ? '成本、' : ''}效益或满意度指标。`);
    return;
  }
  if (!shape.checkMembership) return;
  const fw = FRAMEWORKS[ctx.framework];
  if (l1 == null) {
    push(ctx, 'levels', i, 'level1', `${rowPlace(ctx, i, ind)}的一级指标「${raw1}」不在 ${ctx.framework} 年指标框架中；请改为${LEVEL1_CHOICES[ctx.framework]}之一。`);
    return;
  }
  if (l1 === 'cost' && ctx.framework === '2020') {
    push(ctx, 'levels', i, 'level1', `${rowPlace(ctx, i, ind)}：2020 年框架中成本指标是产出指标下的二级指标，不是一级指标；请把一级改为产出指标、二级改为成本指标。`);
    return;
  }
  if (raw2 === '') {
    // 满意度 has one 二级 only, and 成本 is commonly set at 一级 alone (the indicator library does so): not flagged.
    // A department target is held to its levels as a project is (its 二级 are the department's own).
    if ((shape.isProject || ctx.form.kind === 'department_target') && shape.hasLevel2 && l1 !== 'satisfaction' && l1 !== 'cost') {
      push(ctx, 'levels', i, 'level2', `${rowPlace(ctx, i, ind)}缺少二级指标；请在${LEVEL1_LABELS[l1]}下选择：${LEVEL2_CHOICES[ctx.framework][l1]}。`);
    }
    return;
  }
  if (l2 == null) {
    if (shape.isProject) push(ctx, 'levels', i, 'level2', `${rowPlace(ctx, i, ind)}的二级指标「${raw2}」不在 ${ctx.framework} 年指标框架中；${LEVEL1_LABELS[l1]}下应为：${LEVEL2_CHOICES[ctx.framework][l1]}。`);
    else {
      // 部门整体 履职效能 under 效益, 社会效应 under 产出: a department's own 二级 under another 一级.
      const home = departmentLevel1Of(raw2);
      if (home != null && home !== l1) {
        push(ctx, 'levels', i, 'level2', `${rowPlace(ctx, i, ind)}：二级指标「${raw2}」属于${LEVEL1_LABELS[home]}，不属于一级指标「${raw1}」（部门整体绩效目标）；请改一级指标，或改用${LEVEL1_LABELS[l1]}下的二级指标。`);
      }
    }
    return;
  }
  // The pre-2021 templates put 服务对象满意度 under 效果指标 beside the benefits (产出/效果 two 一级): 满意度 under 效果 is
  // that layout, not a misfiled row; under 效益 it is.
  if (!fw[l1].includes(l2) && !(l2 === 'satisfaction' && levelStem(raw1) === '效果')) {
    const home = level1Of(l2, ctx.framework);
    const fix = l2 === 'cost' && ctx.framework === '2021'
      ? '2021 年框架中成本指标是一级指标，下设经济成本、社会成本、生态环境成本指标；请调整层级'
      : home
        ? `「${LEVEL2_LABELS[l2]}」属于${LEVEL1_LABELS[home]}；请改一级指标，或把二级改为${LEVEL2_CHOICES[ctx.framework][l1]}之一`
        : `请把二级改为${LEVEL2_CHOICES[ctx.framework][l1]}之一`;
    push(ctx, 'levels', i, 'level2', `${rowPlace(ctx, i, ind)}：二级指标「${raw2}」不属于一级指标「${raw1}」（${ctx.framework} 年框架）；${fix}。`);
  }
}

// The 部门整体 tree at 一级 (履职效能 / 管理效率 / 社会效应 / 可持续发展): what the department does, how it manages its
// money, what it brings, what lasts. A 二级 of the project framework or a management 二级 has one home there.
type DepartmentBranch = 'duty' | 'management' | 'effect' | 'lasting';
const DEPARTMENT_BRANCHES: ReadonlyMap<string, DepartmentBranch> = new Map(Object.entries({
  履职效能: 'duty', 职责履行: 'duty', 管理效率: 'management', 部门管理: 'management', 社会效应: 'effect',
  可持续发展: 'lasting', 可持续性: 'lasting', 可持续: 'lasting',
} satisfies Record<string, DepartmentBranch>));
const BRANCH_LABELS: Record<DepartmentBranch, string> = { duty: '履职效能', management: '管理效率', effect: '社会效应', lasting: '可持续发展' };
// Seed 004's 投入管理指标 二级 (工作目标管理, 预算和财务管理, 绩效管理) are how the department manages itself as well.
const MANAGEMENT_LEVEL2 = /^(?:预算执行|预算管理|预算编制|预算[和与及]财务管理|资产管理|财务管理|采购管理|绩效管理|工作目标管理)/;

const DUTY: readonly DepartmentBranch[] = ['duty'];
const EFFECT: readonly DepartmentBranch[] = ['effect'];
const LASTING: readonly DepartmentBranch[] = ['effect', 'lasting'];
const MANAGEMENT: readonly DepartmentBranch[] = ['management'];

/** The branches a 二级 may sit under on the 部门整体 tree; null for a 二级 the tree leaves to the department (重点工作…). */
function branchesOf(raw2: string): readonly DepartmentBranch[] | null {
  const l2 = parseLevel2(raw2);
  if (l2 === 'quantity' || l2 === 'quality' || l2 === 'timeliness') return DUTY;
  if (l2 === 'economic_benefit' || l2 === 'social_benefit' || l2 === 'eco_benefit' || l2 === 'satisfaction') return EFFECT;
  if (l2 === 'sustainability') return LASTING;
  if (l2 == null && MANAGEMENT_LEVEL2.test(levelStem(raw2))) return MANAGEMENT;
  return null;
}

// Level cells take few distinct values: their reading is remembered (bounded), as indicator-framework.ts does.
const BRANCH_CACHE = new Map<string, DepartmentBranch | null>();
const HOMES_CACHE = new Map<string, readonly DepartmentBranch[] | null>();
function remembered<T>(cache: Map<string, T | null>, raw: string, read: (s: string) => T | null): T | null {
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  if (cache.size >= 2000) cache.clear();
  const v = read(raw);
  cache.set(raw, v);
  return v;
}
const readBranch = (raw: string): DepartmentBranch | null => DEPARTMENT_BRANCHES.get(levelStem(raw)) ?? null;

/**
 * levels on a department form laid out on the 部门整体 tree at 一级: a 二级 filed under another branch (满意度 under
 * 履职效能 or 管理效率, 预算执行 under 履职效能, 数量指标 under 社会效应). The project-framework check does not read these
 * 一级, so it never reports the same row.
 */
export function checkDepartmentTree(ctx: FormContext): void {
  const f = ctx.form;
  if (f.kind !== 'department_target' && f.kind !== 'department_self_evaluation') return;
  const rows = f.indicators;
  // checkLevels holds a department's own 二级 to its 一级 only on a sheet whose every 一级 is on the framework; seed 004's tree
  // adds 投入管理指标, so on such a sheet the department 二级 under another framework 一级 (履职效益 under 产出) is read here.
  let offFramework: boolean | null = null;
  for (let i = 0; i < rows.length; i++) {
    const ind = rows[i]!;
    if (ind.level1 == null || ind.level2 == null) continue;
    const branch = remembered(BRANCH_CACHE, ind.level1, readBranch);
    const raw2 = trimmed(ind.level2);
    const homes = raw2 === '' ? null : remembered(HOMES_CACHE, raw2, branchesOf);
    if (branch == null) {
      const home = raw2 === '' ? null : departmentLevel1Of(raw2);
      const l1 = home == null ? null : parseLevel1(ind.level1);
      if (home != null && l1 != null && home !== l1 && (offFramework ??= rows.some((r) => !isBlank(r.level1) && parseLevel1(r.level1) == null))) {
        push(ctx, 'levels', i, 'level2', `${rowPlace(ctx, i, ind)}：二级指标「${raw2}」属于${LEVEL1_LABELS[home]}，不属于一级指标「${trimmed(ind.level1)}」（部门整体绩效目标）；请改一级指标，或改用${LEVEL1_LABELS[l1]}下的二级指标。`);
        continue;
      }
      // 效益指标 › 预算管理 on a 2020-tree sheet with its own 部门管理 一级: how the department manages its money is neither
      // what it brings nor how satisfied people are (管理效率 may sit one level down under 产出, and 成本 is left alone).
      if (homes === MANAGEMENT) {
        const l1 = parseLevel1(ind.level1);
        if (l1 === 'benefit' || l1 === 'satisfaction') {
          push(ctx, 'levels', i, 'level2', `${rowPlace(ctx, i, ind)}：二级指标「${raw2}」是部门管理（管理效率）的内容，不属于一级指标「${trimmed(ind.level1)}」；请把该行放到部门管理或管理效率一级指标下。`);
        }
      }
      continue;
    }
    if (homes == null || homes.includes(branch)) continue;
    const home = BRANCH_LABELS[homes[0]!];
    push(ctx, 'levels', i, 'level2', `${rowPlace(ctx, i, ind)}：二级指标「${raw2}」属于部门整体绩效指标体系的「${home}」，不属于一级指标「${trimmed(ind.level1)}」；请把一级改为${home}，或改用${BRANCH_LABELS[branch]}下的二级指标。`);
  }
}
