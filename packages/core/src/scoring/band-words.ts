import type { QualitativeChoice } from './score-types';

// 完成值 cells that name a band outright (the sheet's own pick), after blanks and end punctuation are dropped.
const BAND_WORDS: ReadonlyMap<string, QualitativeChoice> = new Map([
  ['达成', '达成'], ['已达成', '达成'], ['全部达成', '达成'], ['完全达成', '达成'],
  // A task done (in time or early) is the target reached: 提前完成 under 按期完成 is no shortfall.
  ['完成', '达成'], ['已完成', '达成'], ['全部完成', '达成'], ['按期完成', '达成'], ['按时完成', '达成'], ['如期完成', '达成'],
  ['提前完成', '达成'], ['超额完成', '达成'],
  // 基本 (mostly) is short of the whole: the partial band, as a reviewer reads 基本完成.
  ['部分达成', '部分达成'], ['部分完成', '部分达成'], ['基本完成', '部分达成'], ['基本达成', '部分达成'], ['基本达到', '部分达成'],
  ['未达成', '未达成'], ['未完成', '未达成'], ['未达到', '未达成'],
  // The same bands in the other words sheets use: 实现 for 达成, 预期 / 目标 for the target, 大部分 / 未完全 for part.
  ['实现', '达成'], ['已实现', '达成'], ['全部实现', '达成'], ['完全实现', '达成'], ['圆满完成', '达成'],
  ['达到预期', '达成'], ['已达到预期', '达成'], ['达到目标', '达成'], ['已达到目标', '达成'], ['实现预期目标', '达成'],
  ['基本实现', '部分达成'], ['部分实现', '部分达成'], ['已基本完成', '部分达成'], ['大部分完成', '部分达成'],
  ['基本达到预期', '部分达成'], ['基本达到目标', '部分达成'], ['未完全达成', '部分达成'], ['未完全完成', '部分达成'],
  ['未全部完成', '部分达成'], ['未完全实现', '部分达成'],
  ['未实现', '未达成'], ['未达到预期', '未达成'], ['未达到目标', '未达成'],
] as Array<[string, QualitativeChoice]>);
const BAND_WORD_NOISE = /[\s\u3000。.，,；;！!]+/g;

/** The band a 完成值 names outright (「部分达成」), or null when it describes the outcome in its own words. */
export function bandNamedBy(actual: string | null): QualitativeChoice | null {
  // Band words are 2–4 characters: longer cells are descriptions and skip the normalising.
  if (actual == null || actual.length < 2 || actual.length > 8) return null;
  return BAND_WORDS.get(actual) ?? BAND_WORDS.get(actual.replace(BAND_WORD_NOISE, '')) ?? null;
}

// 完成值 cells that say "none happened" (未发生, 无) where a count or rate is due: the actual is 0.
const NIL_WORDS: ReadonlySet<string> = new Set(['无', '零', '没有', '未发生', '没有发生', '无发生', '未出现', '未发现', '无此情况', '无此类情况']);
// 零发生, 实现零发生, 安全事故零发生, 全年零事故: 零 before the occurrence (or the kind of event) says none occurred, as 未发生.
// The period before 未发生 may be a season or a part of the year (汛期未发生垮坝事故, 一季度未发生, 1-3月未发生): when, not what.
const NIL_PHRASE = /^(全年|年内|当年|本年度?|今年以来|截至目前|(?:主)?汛期|(?:供暖|采暖|防火|旅游|农忙)[期季]|[一二三四1-4]季度|第[一二三四1-4]季度|上半年|下半年|前三季度|\d{1,2}[-—～~至]\d{1,2}月(?:份)?)?(内|期间|以来)?(均|都|共|全部)?(未|没有|无)(发生|出现|发现)[^\d]{0,10}$|^[零〇](起|次|例|件|个|人次|人)?$|^无(重大|安全|责任)*(事故|事件|案件|投诉|差错)$|^(全年|年内|当年|本年度?)?(实现|保持|做到)?((重大|安全|责任|质量)*(事故|事件|案件|投诉|差错))?[零〇](发生|出现|事故|事件|案件|投诉|差错)$/;

const ZERO_REMARK = /(?<=.)[（(]\s*[0０零〇]\s*[\u4e00-\u9fa5]{0,2}\s*[)）]$/;

/** True when a 完成值 says in words that nothing of the kind occurred (「未发生」「无」「全年未发生安全事故」): read as 0. */
export function saysNone(actual: string | null): boolean {
  if (actual == null || actual.length === 0 || actual.length > 16) return false;
  // 全年未发生（0起）: a bracketed 0 after the words says the same again.
  const bare = actual.replace(BAND_WORD_NOISE, '').replace(ZERO_REMARK, '');
  return NIL_WORDS.has(bare) || NIL_PHRASE.test(bare);
}

// The none-phrases that name what did not happen (安全事故, 投诉, 差错) or say 零发生: a bad event, not the row's own measure.
const NAMED_EVENT = /(事故|事件|案件|投诉|差错|[零〇](发生|出现))/;
const OCCURRED_THEN_WHAT = /(发生|出现|发现)[^\d]+$/;

/**
 * A none-phrase that names a bad event (「零投诉」「全年未发生安全事故」「无重大事故」): it says 0 of that event, which is the
 * row's actual only where the row counts such events (a ceiling, or a target of 0). Under a row that wants some of a good
 * thing (群众满意度 ≥90%, 培训人数 ≥100) it answers another question.
 */
export function saysNoneOfAnEvent(actual: string | null): boolean {
  return saysNone(actual) && namesEvent(actual!.replace(BAND_WORD_NOISE, ''));
}

/**
 * Whether a 完成值 in words is the row's actual 0 (scoring and the monitoring lights read it alike): 「未发生」「无」 say the
 * count is 0; a phrase naming a bad event only where the row caps such events (≤3起) or wants none (target 0).
 */
export function noneAsZero(actual: string | null, target: number, comparator: string | null): boolean {
  if (!saysNone(actual)) return false;
  return target === 0 || comparator === '<=' || comparator === '<' || !namesEvent(actual!.replace(BAND_WORD_NOISE, ''));
}

function namesEvent(bare: string): boolean {
  return NAMED_EVENT.test(bare) || OCCURRED_THEN_WHAT.test(bare);
}

// 偏差原因 cells that give no cause: a placeholder (无, 暂无, 不适用) or a state (正常, 达标) where the why is due.
const NO_CAUSE_WORDS: ReadonlySet<string> = new Set([
  '暂无', '无偏差', '无差异', '无原因', '无偏差原因', '无异常', '无说明', '无问题', '不适用', '略', '空', 'NA', 'na',
  '正常', '达标', '已达标', '良好', '其他', '其它',
]);
// A cause in name only (其他原因, 客观因素, 工作原因, 自身原因), the shortfall said again (未完成年度目标, 目标值未达到), or a pointer
// to another paper (详见自评报告, 见附件): the cell is filled, the why is not where the sheet asks for it.
const NO_CAUSE_PHRASE = new RegExp('^(?:(?:其[他它]|客观|主观|多种|各种|诸多|综合|特殊|工作|自身|外部|内部|外在|内在|人为|个人|现实|种种|一些|某些)(?:方面的?)?(?:原因|因素|情况)'
  + '|(?:详|具体|参)?见[\u4e00-\u9fa5]{0,6}(?:报告|附件|附表|说明|备注|正文)\\d*'
  + '|(?:未能?|没有|没能|尚未)(?:按期|按时|如期|全部|全面|完全)?(?:完成|达到|实现|达成)(?:本?年度|全年|年初|预期|既定|计划|预定)?的?(?:目标|指标|任务|计划)(?:值|任务|要求)?'
  + '|(?:年度|全年|预期)?(?:目标|指标|任务)值?(?:未能?|没有)(?:完成|达到|实现|达成)'
  // The result set beside the target (实际完成值低于年初目标, 完成值未达到目标值, 未达到满分标准): the gap again, not its cause.
  + '|(?:实际)?(?:完成值?|完成情况|完成数|实际值|得分|结果)?(?:低于|未能?达到|未达|没有达到|少于|小于|不足)'
  + '(?:本?年度|全年|年初|预期|既定|计划|预定|设定)?的?(?:目标|指标|计划|预期|满分)(?:值|任务|要求|标准)?'
  // That there is a gap, without what made it (存在一定偏差, 略有差距).
  + '|(?:存在|有|略有|稍有|出现)(?:一定|少量|部分|较小|轻微|些许|一些)?的?(?:偏差|差距|差异|偏离)'
  // The target said to be met where it was not (已全面完成年度目标): a claim, not the cause of the gap.
  + '|(?:已经?|均已?)?(?:全面|全部|圆满|顺利|基本)?(?:完成|达到|实现|达成)了?(?:本?年度|全年|年初|预期|既定|计划|预定)?的?(?:绩效)?(?:目标|指标|任务|计划)(?:值|任务|要求)?'
  // Compliance said in place of a cause (严格按照预算执行, 资金使用规范): how the money was handled, not why it was not spent.
  + '|(?:严格)?(?:按照?|依照|遵照|依据)(?:预算|计划|规定|要求|程序|制度)(?:执行|使用|支出|实施|拨付)'
  + '|(?:资金|经费|预算)(?:使用|管理|支付|拨付|执行)(?:规范|合规|合理|安全|有序|良好|到位))$');
// Dashes and slashes are the placeholders of an empty cell (/, —, ——, N/A): dropped with blanks and end punctuation.
const REASON_NOISE = /[\s\u3000。.，,；;！!、/／\\\-－—–_]+/g;

/**
 * True when a 偏差原因 (or 超额原因) says nothing about why: blank, a placeholder (「无」「/」「暂无」), or the row's result in
 * band words (「已完成」「部分完成」「未完成」), which repeats the 完成值 instead of giving the cause of the gap. Asked only of
 * rows that owe a reason, so a 「无」 beside a met target stays a careful clerk's filled cell.
 */
export function explainsNothing(reason: string | null): boolean {
  if (reason == null || reason.length === 0) return true;
  // Placeholders and band words are short: a longer cell gives a cause in its own words, unless each of its clauses is
  // itself no cause (严格按照预算执行，资金使用规范).
  if (reason.length <= 12 && clauseExplainsNothing(reason)) return true;
  return reason.length <= 40 && CLAUSE_BREAK.test(reason) && reason.split(CLAUSE_BREAK).every((c) => c.length <= 12 && clauseExplainsNothing(c));
}

const CLAUSE_BREAK = /[，,；;。、]/;

function clauseExplainsNothing(clause: string): boolean {
  const bare = clause.replace(REASON_NOISE, '');
  return bare === '' || NO_CAUSE_WORDS.has(bare) || BAND_WORDS.has(bare) || NIL_WORDS.has(bare) || NO_CAUSE_PHRASE.test(bare);
}
