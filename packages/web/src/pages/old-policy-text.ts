const gradeName = (g: string | null | undefined) => g || '无等级';

/** A result's figures as a notice names them: the total when there is one, and the grade. */
export interface ResultFigures {
  grade: string | null | undefined;
  total?: number | null | undefined;
}

// A figure keeps a space from the words before it; a grade in 「」 needs none.
const figure = (f: ResultFigures) => (f.total != null ? ` ${f.total.toFixed(2)} 分（${gradeName(f.grade)}）` : `「${gradeName(f.grade)}」`);

/**
 * What a published result computed under a policy changed since says (按旧政策计算): what it was published with, what
 * the region's policy now gives, and how to apply the new one. A policy change does not re-grade published results (the
 * public read them as published); 撤回公开 re-grades them, and finance may publish again.
 */
export function oldPolicyText(what: '自评表' | '评价', published: ResultFigures, now: ResultFigures): { title: string; description: string } {
  return {
    title: `按旧政策计算：本${what}公开时为${figure(published)}，按现行政策参数应为${figure(now)}`,
    description: `已公开的结果不随政策参数变化，公众看到的仍是公开时的${what === '评价' ? '评价报告' : '表'}。如需按新政策重算，请由财政部门「撤回公开」：撤回后系统按现行政策重新${what === '评价' ? '评定等级' : '核算总分和等级'}（原结果记入审计日志），核对后可再次公开。`,
  };
}
