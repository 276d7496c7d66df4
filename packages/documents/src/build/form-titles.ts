import type { FormKind } from '@jixiao/core';
import { foldWidth, trimText } from '@jixiao/core';

/**
 * The kind of form a title names, or null when the text is not a form title.
 * Titles are short and end in 表 (a year note may follow); a heading that names a
 * department's overall targets also opens a form, since some documents give that part
 * as running text only.
 */
export function detectFormTitle(raw: string, isHeading: boolean): FormKind | null {
  if (raw.length > 80) return null;
  // A title typed or scanned with a space between characters (项 目 支 出 绩 效 …) is the same title.
  const t = foldWidth(trimText(raw)).replace(/[\s\u3000]+/g, '');
  if (!t.includes('绩效')) return null;
  if (t.length < 4 || t.length > 60) return null;
  if (/[。；;]/.test(t)) return null;
  // 项目支出绩效目标表（续表） heads the same table on the next page: no new form.
  if (CONTINUED.test(t)) return null;
  const core = t.replace(/[（(][^（()）]*[）)]$/, '');
  const endsWithTable = /表$/.test(core);
  if (endsWithTable && /绩效/.test(core)) {
    if (isEvaluationScoreTable(core)) return null;
    // A system's export lists the forms as a 明细表 / 汇总表 / 清单 of the same rows.
    if (/(自评|评价)(指标)?(体系)?(情况|结果)?(明细|汇总|清单|一览)?表$/.test(core)) {
      if (/项目/.test(core)) return 'project_self_evaluation';
      if (/整体|部门|单位/.test(core)) return 'department_self_evaluation';
      return 'project_self_evaluation';
    }
    // A finance bureau's 批复表 and a mid-year 调整表 hold the same target form (with two value columns).
    if (/(目标|申报)(公开|申报|审核|批复|审核批复|审批|调整|调整申请|变更|变更申请)?(明细|汇总|清单|一览)?表$/.test(core)) {
      if (/整体/.test(core) && !/项目|专项/.test(core)) return 'department_target';
      return 'project_target';
    }
    return null;
  }
  if (isHeading && /整体(支出)?绩效目标$/.test(core) && !/(总体|分项)绩效目标$/.test(core.replace(/^.*[、：:]/, ''))) return 'department_target';
  return null;
}

/**
 * The kind of self-evaluation a report's title names (某某局2024年度部门整体支出绩效自评报告), or
 * null. A report is no form title: it only names the kind of the untitled table printed inside it.
 */
export function reportTitleKind(raw: string): FormKind | null {
  if (raw.length > 80) return null;
  const t = foldWidth(trimText(raw)).replace(/[\s\u3000]+/g, '').replace(/[（(][^（()）]*[）)]$/, '');
  if (/[。；;，,]/.test(t) || !/绩效(自评|评价)报告$/.test(t)) return null;
  if (/整体/.test(t) && !/项目|专项/.test(t)) return 'department_self_evaluation';
  return /项目|专项/.test(t) ? 'project_self_evaluation' : null;
}

/**
 * The kind of form a notice's heading announces (某某市财政局关于公开2025年市级重点项目绩效目标的公告,
 * 2025年县级部门整体支出绩效目标的公示), or null. A notice is no form title: it only tells which kind of
 * untitled tables it lists. A form generator's printout heads its field tables 2026年项目支出绩效目标申报
 * the same way (申报, not 申报表: no table title).
 */
export function noticeTitleKind(raw: string): FormKind | null {
  if (raw.length > 80) return null;
  const t = foldWidth(trimText(raw)).replace(/[\s\u3000]+/g, '');
  if (/[。；;，,]/.test(t) || !/(公示|公告|通知|公开|绩效目标申报)$/.test(t)) return null;
  // 做好2026年项目绩效目标申报 is a task named in running text, not the heading of a printed 申报.
  if (/申报$/.test(t) && /^(关于|做好|开展|组织|启动)/.test(t)) return null;
  const project = /项目|专项/.test(t);
  if (/绩效(自评|评价)/.test(t)) return project ? 'project_self_evaluation' : /整体/.test(t) ? 'department_self_evaluation' : null;
  if (!/绩效目标/.test(t)) return null;
  return project ? 'project_target' : /整体/.test(t) ? 'department_target' : null;
}

/** The kind a report's title or a notice's heading names: what the untitled tables under it are. */
export function formHeadingKind(raw: string): FormKind | null {
  return reportTitleKind(raw) ?? noticeTitleKind(raw);
}

/**
 * An evaluator's score sheet (…项目绩效评价指标体系及评分表, 重点评价评分表) annexed to a 绩效评价报告: scored
 * by the evaluator, not the unit's own 自评表, so no form of forms.md even though its columns look like one.
 */
export function isEvaluationScoreTable(title: string): boolean {
  const core = foldWidth(trimText(title)).replace(/[\s\u3000]+/g, '').replace(/[（(][^（()）]*[）)]$/, '');
  return !/自评/.test(core) && /评价.*(评分|打分|计分)表$/.test(core);
}

/** A form's number standing alone (表13-1, 附表2：, 表2-10): the caption over a form, never a row of one. */
export function isFormNumber(text: string): boolean {
  return /^(附件|附表|表)[\s\u3000]*[\d一二三四五六七八九十]{1,3}(?:[-－—.]\d{1,3})?[\s\u3000]*[：:、.．]?$/.test(trimText(text));
}

const CONTINUED = /([（(]\s*续(表|上表|前表)?\s*[）)]|^续表|续表$)/;

/** A table-of-contents line: dot leaders before a page number. */
export function isTocEntry(text: string): boolean {
  return /\.{4,}|…{2,}|·{4,}/.test(text);
}

/**
 * A line naming some other table of a budget publication: short, ends in 表 (a year note may
 * follow), and names a statement (预算/决算/收支/监控/采购 …) rather than a performance form.
 */
export function isOtherTableTitle(raw: string): boolean {
  if (raw.length > 50) return false;
  const t = foldWidth(trimText(raw)).replace(/[\s\u3000]+/g, '');
  if (/[。；;，,]/.test(t)) return false;
  const core = t.replace(/[（(][^（()）]*[）)]$/, '');
  if (!/表$/.test(core) || detectFormTitle(raw, true) != null) return false;
  if (isEvaluationScoreTable(core)) return true;
  // A performance table we cannot name may still be one of ours (绩效目标公开表): only the
  // monitoring tables are known to be something else.
  if (/绩效/.test(core)) return /(监控|跟踪|执行情况|执行进度|运行情况)/.test(core);
  return /(预算|决算|收支|收入|支出|监控|采购|三公|经费|资产|明细|汇总|一览)[^、]{0,12}表$/.test(core);
}

// Words every title may carry around a name; a title made only of these names no project.
const GENERIC_TITLE_WORDS = /(部门|单位|预算|项目|支出|财政|专项|资金|重点|年度|整体|中央|省级|市级|县级|区级|本级|对地方|转移支付|区域|政府性基金|政府|一般公共|国有资本经营|申报|公开|情况|汇总|的|各|和|及|度)/g;

// 附件3-2、附表2：、表5 — numbering in front of a title, never part of a name.
// 4、某某经费绩效目标表 / （四）… / 四、…: a volume's list number before a form's title is no part of the project's name.
const LIST_NUMBER = /^(?:\d{1,2}[、.．](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)[\s\u3000]*/;
const TITLE_NUMBER = /^(附件|附表|表)\s*[\d一二三四五六七八九十]+(?:[-－—.]\d+)?\s*[：:、.．]?\s*/;

/**
 * The project a form title names (2024年度农村公路养护项目绩效目标表 → 农村公路养护项目), or null
 * when the title names no particular project (项目支出绩效目标表). Text before the year is the
 * unit that files the form, not the project.
 */
export function projectNameFromTitle(raw: string): string | null {
  let t = foldWidth(trimText(raw)).replace(TITLE_NUMBER, '').replace(LIST_NUMBER, '').replace(/[\s\u3000]+/g, '');
  t = t.replace(/[（(][^（()）]*[）)]$/, '');
  const suffix = /(项目支出|支出)?绩效(目标|自评|评价)[^表]{0,8}表$/.exec(t);
  if (!suffix) return null;
  let name = t.slice(0, suffix.index);
  if (suffix[1] === '项目支出') name += '项目';
  name = name.replace(/^.*?(19|20)\d{2}年度?/, '').replace(/^[“"《]|[”"》]$/g, '');
  if (name.length < 3 || name.length > 40 || /[：:，,。]/.test(name)) return null;
  if (name.replace(GENERIC_TITLE_WORDS, '').length < 2) return null;
  return name;
}

// The kinds of name a filing unit ends with.
const UNIT_SUFFIX = /(局|委|委员会|办|办公室|厅|院|中心|所|站|馆|处|队|室|会|部|政府|公司|学校|医院|大学|学院|街道|镇|乡)$/;

/**
 * A line naming a unit alone (某某县卫生健康局, a bold line over its table on a page listing several
 * units' targets): the unit's name, or null when the line is anything else.
 */
export function unitNameLine(raw: string): string | null {
  const t = foldWidth(trimText(raw)).replace(/[\s\u3000]+/g, '');
  if (t.length < 4 || t.length > 30 || !/^[\u4e00-\u9fa5（）()]+$/.test(t) || !UNIT_SUFFIX.test(t)) return null;
  // 关于…的公示, 绩效目标, 一般公共预算: a heading or a caption, not a unit.
  if (/(关于|绩效|目标|预算|指标|资金|情况|合计|附件|公示|公开|说明|职责|职能)/.test(t)) return null;
  return t;
}

/**
 * The unit a form title names before its year (某某县教育体育局2025年部门整体支出绩效目标表 →
 * 某某县教育体育局), or null when the title names none.
 */
export function orgFromTitle(raw: string): string | null {
  const t = foldWidth(trimText(raw)).replace(TITLE_NUMBER, '').replace(/[\s\u3000]+/g, '');
  // A 部门预算绩效文本 heads each 二级单位's text-only form with its name and no year (某某中心整体绩效目标):
  // the name straight before 整体 is the unit as much as one before a year is.
  const m = /^(.+?)(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})年/.exec(t) ?? /^(.+?)(?:部门|单位)?整体(?:支出)?绩效(?:目标|自评|评价)/.exec(t);
  if (!m) return null;
  const unit = m[1]!.replace(/^[“"《]|[”"》]$/g, '');
  if (unit.length < 3 || unit.length > 40 || /[：:，,。；;（(]/.test(unit) || !UNIT_SUFFIX.test(unit)) return null;
  return unit;
}

/**
 * The unit a 自评报告's title names (某某县交通运输局2025年度部门整体支出绩效自评报告), given the lines atop a
 * document, for a form printed in the report under a bare title of its own (部门整体支出绩效自评表): the
 * report is that unit's. Only a report title of the form's kind counts, and only one naming a single unit.
 */
export function orgFromReportTitle(lines: readonly string[], kind: FormKind): string | null {
  const orgs = new Set(lines.filter((t) => reportTitleKind(t) === kind).map(orgFromTitle).filter((o): o is string => o != null));
  return orgs.size === 1 ? [...orgs][0]! : null;
}

/**
 * The unit and year a department's 部门预算 / 部门决算 document names in its opening line
 * (某某县卫生健康局2026年部门预算说明, 某某局2024年度部门决算公开), or null. The department's own forms in
 * the document (its 整体绩效目标 under a numbered heading naming no unit) are that unit's and year's.
 */
export function budgetDocumentHeading(raw: string): { org: string; year: number } | null {
  const t = foldWidth(trimText(raw)).replace(/[\s\u3000]+/g, '');
  const m = /^(.{3,40}?)((?:19|20)\d{2})年度?部门(?:预算|决算)(?:公开|说明|情况说明|编制说明|公开说明)?$/.exec(t);
  if (!m || /[：:，,。；;]/.test(m[1]!) || !UNIT_SUFFIX.test(m[1]!)) return null;
  return { org: m[1]!, year: Number(m[2]) };
}
