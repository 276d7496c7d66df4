/**
 * What a visitor reads when the public API has no such form: one finance withdrew (a link to it may still be shared
 * around) is said to be withdrawn, anything else not (yet) published.
 */
export function publicFormMissing(details: unknown): string {
  const withdrawn = typeof details === 'object' && details !== null && (details as { withdrawn?: unknown }).withdrawn === true;
  return withdrawn
    ? '此表已撤回公开：财政部门已撤回这张表，不再对外公开，请返回公开目录查看其他已公开的表。'
    : '此表不存在或尚未公开：表单经财政审核并公开后才会出现在这里，请返回公开目录查找。';
}
