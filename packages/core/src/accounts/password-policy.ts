/**
 * The password policy, shared so the browser can say what is wrong before the request
 * while the server stays the judge. Returns the Chinese reasons (empty when fine).
 */
export function passwordProblems(password: string, username: string): string[] {
  const problems: string[] = [];
  if (password.length < 10) problems.push('密码至少需要 10 个字符');
  if (!/[A-Za-z]/.test(password)) problems.push('密码必须包含字母');
  if (!/[0-9]/.test(password)) problems.push('密码必须包含数字');
  if (username && password.toLowerCase().includes(username.toLowerCase())) problems.push('密码不能包含用户名');
  return problems;
}

export const USERNAME_PATTERN = /^[0-9A-Za-z_.@-]+$/;
export const ORG_CODE_PATTERN = /^[0-9A-Za-z_.-]+$/;
