import type { ZodError } from 'zod';

type Issue = ZodError['issues'][number];

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '布尔值（true/false）',
  object: '对象',
  array: '数组',
  null: '空值',
  undefined: '不填',
};

/** One Chinese sentence per validation issue: where, what is wrong, what is expected. */
export function describeIssue(issue: Issue): string {
  const where = issue.path.length > 0 ? `字段「${issue.path.join('.')}」` : '请求内容';
  switch (issue.code) {
    case 'invalid_type':
      // zod 4 keeps the input out of issues; its message says what was received.
      if (/received undefined/.test(issue.message)) return `${where}必须填写`;
      return `${where}应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'unrecognized_keys':
      return `${where}包含不允许的字段：${issue.keys.join('、')}，请删除`;
    case 'too_big':
      return issue.origin === 'string'
        ? `${where}过长（最多 ${String(issue.maximum)} 个字符）`
        : issue.origin === 'array'
          ? `${where}条目过多（最多 ${String(issue.maximum)} 条）`
          : `${where}过大（最大 ${String(issue.maximum)}）`;
    case 'too_small':
      return issue.origin === 'string'
        ? `${where}过短（至少 ${String(issue.minimum)} 个字符）`
        : issue.origin === 'array'
          ? `${where}至少需要 ${String(issue.minimum)} 条`
          : `${where}过小（最小 ${String(issue.minimum)}）`;
    case 'invalid_value':
      return `${where}取值无效，应为：${issue.values.map(String).join('、')}`;
    case 'invalid_format':
      return `${where}格式不正确`;
    case 'invalid_union':
      return `${where}格式不正确（例如表单类型 kind 无效或字段不匹配）`;
    default:
      return `${where}无效：${issue.message}`;
  }
}

export function describeZodError(error: ZodError): string {
  const parts = error.issues.slice(0, 5).map(describeIssue);
  const more = error.issues.length > 5 ? `（另有 ${error.issues.length - 5} 处）` : '';
  return `请求参数有误：${parts.join('；')}${more}`;
}
