import type { ModalFuncProps } from 'antd';
import type { EvaluationListItem } from './evaluation-queries';

interface Confirm {
  confirm: (props: ModalFuncProps) => unknown;
}

/**
 * An evaluation already kept of the same department and year by the same template, or null. 保存评价 on a new
 * evaluation creates one each time it is pressed after 新建评价: a second, unrelated copy that the 已有评价 list then
 * shows twice, its scores split between the two. Another template's evaluation of the department is no twin (a
 * 财政评价 beside the 部门整体 one is normal).
 */
export function sameEvaluation(
  existing: ReadonlyArray<Pick<EvaluationListItem, 'id' | 'org' | 'org_name' | 'fiscal_year' | 'template_name' | 'total_score' | 'unscored'>>,
  wanted: { org: string; fiscal_year: number; template_name: string },
): (typeof existing)[number] | null {
  return existing.find((e) => e.org === wanted.org && e.fiscal_year === wanted.fiscal_year && e.template_name === wanted.template_name) ?? null;
}

/** The confirmation's words: which evaluation exists, and that the typed data stays on screen either way. */
export function twinConfirmText(twin: Pick<EvaluationListItem, 'org_name' | 'fiscal_year' | 'template_name' | 'unscored' | 'total_score'>): { title: string; content: string } {
  const state = twin.unscored != null && twin.unscored > 0 ? `还有 ${twin.unscored} 项未评分` : twin.total_score != null ? `总分 ${twin.total_score}` : '尚未评分';
  return {
    title: '该部门本年度已有同一模板的评价',
    content: `${twin.org_name} ${twin.fiscal_year} 年度已有一份按「${twin.template_name}」的评价（${state}）。再新建会得到两份评价，得分分散在两处。要继续那份评价，请取消后在「已有评价」中打开它；本页已填写的内容会保留。确实需要另做一份时选择「仍然新建」。`,
  };
}

/** Asks before a second evaluation of the same department, year and template is created; resolves true to create it. */
export function confirmTwinEvaluation(modal: Confirm, twin: Parameters<typeof twinConfirmText>[0]): Promise<boolean> {
  return new Promise((resolve) => {
    modal.confirm({ ...twinConfirmText(twin), okText: '仍然新建', cancelText: '取消', onOk: () => resolve(true), onCancel: () => resolve(false) });
  });
}
