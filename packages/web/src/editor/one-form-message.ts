/**
 * A review message as a view of one form prints it. Core's review speaks of a whole document
 * (第2张表第3行指标「…」, 第2张表（项目支出绩效目标表「…」）) so an import of 18 forms can say which
 * one; where one form is on screen that prefix only repeats what the page shows. The place
 * shrinks to the row (第3行「…」) or to 本表, and the rest of the message is kept word for word.
 */
const ROW_PLACE = /第\d+张表第(\d+)行指标「/g;
// 第1张表（项目支出绩效目标表「名称」）, 第1张表（部门（单位）整体绩效目标表）: a kind label may hold one （…）.
const FORM_PLACE = /第\d+张表（(?:[^（）「」]|（[^（）]*）)*(?:「[^」]*」)?）/g;

export function oneFormMessage(message: string): string {
  return message.replace(ROW_PLACE, '第$1行「').replace(FORM_PLACE, '本表');
}
