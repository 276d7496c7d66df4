import { explainsNothing } from '../scoring/band-words';

// The 偏差原因分析 headings of the 目标执行监控表 (经费保障, 制度保障, 人员保障, 硬件条件, 其他), with the marks a unit ticks them by
// (☑, √, ■; □ for the ones left blank) and the label words that may follow (原因, 方面, 说明, 具体原因, 请说明): a heading is where the
// cause goes, not the cause, so a cell holding only headings says nothing of why.
const CATEGORY = /(?:经费|资金|制度|人员|硬件(?:条件)?)(?:保障)?(?:方面)?(?:原因|因素)|(?:经费|资金|制度|人员|硬件(?:条件)?)保障|硬件条件|其[他它](?:原因|因素)?/g;
const HAS_CATEGORY = /保障|硬件|其[他它]|(?:经费|资金|制度|人员)(?:原因|因素)/;
const MARKS_AND_LABELS = /[☑☒✅■□☐▢◻√✓✔×✗*＊()（）[\]【】:：\s\u3000/／\\\-－—–_]+|请(?:具体)?(?:说明|注明|填写)|(?:具体)?(?:偏差)?(?:原因|说明|分析)/g;
const EDGE_MARKS = /^[。.，,；;、]+|[。.，,；;、]+$/g;

/**
 * True when a 偏差原因 gives no cause: what explainsNothing reads as none (blank, 「无」, a compliance phrase), or only the
 * template's 偏差原因分析 headings ticked or named (「经费保障」, 「其他：」, 「☑经费保障 □制度保障 □人员保障 □硬件条件 □其他」)
 * with nothing of the unit's own after them. A heading followed by words (「经费保障：结算审计未完成」) is a cause.
 */
export function givesNoCause(reason: string | null): boolean {
  const text = reason?.trim() ?? null;
  if (explainsNothing(text)) return true;
  // Only short cells or cells that hold a heading can be headings alone; a long cause skips the scan.
  if (text!.length > 80 || !HAS_CATEGORY.test(text!)) return false;
  // Clause marks are kept, so what is left is read clause by clause as the whole cell would be (经费保障：严格按照预算执行，资金使用规范).
  const rest = text!.replace(CATEGORY, '').replace(MARKS_AND_LABELS, '').replace(EDGE_MARKS, '');
  return explainsNothing(rest);
}
