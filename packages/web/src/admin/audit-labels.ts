/** What each recorded action and record type is called on the 审计日志 page. */

const ACTIONS: Record<string, string> = {
  'form.create': '新建表单',
  'form.save': '保存表单',
  'form.import': '导入表单',
  'form.delete': '删除表单',
  'form.restore': '恢复表单',
  'form.submit': '提交',
  'form.return': '退回',
  'form.approve': '审核通过',
  'form.publish': '公开',
  'form.unpublish': '撤回公开',
  'indicator.save': '保存指标行',
  'comment.add': '添加审核意见',
  'monitoring.create': '新建监控表',
  'monitoring.save': '保存监控表',
  'monitoring.submit': '提交监控表',
  'monitoring.return': '退回监控表',
  'monitoring.accept': '验收监控表',
  'monitoring.decide': '记录拨款决定',
  'evaluation.create': '新建部门评价',
  'evaluation.score': '部门评价打分',
  'evaluation.publish': '公开评价报告',
  'evaluation.unpublish': '撤回评价报告',
  'template.create': '新建评价模板',
  'template.update': '修改评价模板',
  'template.archive': '归档评价模板',
  'template.restore': '恢复评价模板',
  'library.update': '修改指标库',
  'library.delete': '删除库指标',
  'library.override': '调整库指标',
  'library.promote': '纳入指标库',
  'org.create': '新建组织',
  'org.update': '修改组织',
  'user.create': '新建用户',
  'user.update': '修改用户',
  'user.password': '修改密码',
  'user.password_reset': '重置密码',
  'fiscal_year.create': '新建年度',
  'policy.set': '设置政策',
};

export const ENTITY_LABELS: Record<string, string> = {
  form: '表单',
  monitoring_report: '监控表',
  evaluation: '部门评价',
  evaluation_template: '评价模板',
  indicator_library: '指标库',
  org: '组织',
  user: '用户',
  fiscal_year: '年度',
  policy: '政策',
};

/** The action in words; an action not listed (a newer server) shows as recorded, so nothing is hidden. */
export function auditActionLabel(action: string): string {
  return ACTIONS[action] ?? action;
}

/** The record in words: its type and number (表单 #12), or the type alone. */
export function auditRecordLabel(entity: string, entityId: string | null): string {
  const type = ENTITY_LABELS[entity] ?? entity;
  return entityId ? `${type} #${entityId}` : type;
}

/** The families of actions to filter by (form. finds every form action), as the server's `action` filter takes them. */
export const ACTION_FAMILIES: Array<{ value: string; label: string }> = [
  { value: 'form.', label: '表单（全部操作）' },
  { value: 'monitoring.', label: '运行监控（全部操作）' },
  { value: 'evaluation.', label: '部门评价（全部操作）' },
  { value: 'template.', label: '评价模板（全部操作）' },
  { value: 'library.', label: '指标库（全部操作）' },
  { value: 'org.', label: '组织（全部操作）' },
  { value: 'user.', label: '用户（全部操作）' },
  ...Object.entries(ACTIONS).map(([value, label]) => ({ value, label: `${label}（${value}）` })),
];
