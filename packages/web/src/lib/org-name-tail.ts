/**
 * A long unit name cut at its start, not its end: the units of one district share the start (重庆市沙坪坝区…) and
 * differ at the end (…童家桥街道办事处), so a name cut at the end leaves a column of identical prefixes.
 */
export function orgNameTail(name: string, max: number): string {
  const chars = Array.from(name);
  return chars.length <= max ? name : `…${chars.slice(chars.length - (max - 1)).join('')}`;
}
