import { FRAMEWORKS, LEVEL2_LABELS, parseLevel1, type Level2 } from '@jixiao/core';

/**
 * The 二级指标 a library entry is inserted with: the entry's own, else the one the frameworks allow under its 一级
 * when every framework allows exactly that one (满意度指标 → 服务对象满意度指标). Where the frameworks offer a
 * choice (成本指标, 效益指标) or none, it stays empty for the clerk to pick.
 */
export function libraryLevel2(level1: string | null, level2: string | null): string | null {
  if (level2?.trim()) return level2;
  const l1 = parseLevel1(level1);
  if (!l1) return level2;
  const choices = new Set<Level2>();
  for (const framework of Object.values(FRAMEWORKS)) {
    if (framework[l1].length !== 1) return level2;
    choices.add(framework[l1][0]!);
  }
  return choices.size === 1 ? LEVEL2_LABELS[[...choices][0]!] : level2;
}
