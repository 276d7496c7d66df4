import { FORM_KIND_LABELS, type FormKind } from '@jixiao/core';

/**
 * The public list's heading and its empty text: the list holds every kind finance publishes (targets and, after
 * 验收, self-evaluations), so a heading of 绩效目标 alone misnames the 自评表 listed under it; a picked kind names it.
 */
export function publicListTitle(kind: string): { title: string; empty: string } {
  const label = Object.hasOwn(FORM_KIND_LABELS, kind) ? FORM_KIND_LABELS[kind as FormKind] : null;
  if (label) return { title: `已公开的${label}`, empty: `暂无已公开的${label}` };
  return { title: '已公开的绩效目标表和自评表', empty: '暂无已公开的绩效目标表和自评表' };
}
