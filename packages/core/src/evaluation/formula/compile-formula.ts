import jsep from 'jsep';

/**
 * A safe formula language for scoring templates: numbers, named inputs (Chinese names
 * included), + − × ÷ ^ %, comparisons, `?:`, and a fixed set of functions. jsep only
 * parses; evaluation walks our own whitelisted node types (evaluate-formula.ts), so there
 * is no eval, no member access, no `this`, and no way to reach a prototype.
 */
export type FormulaNode =
  | { type: 'num'; value: number }
  | { type: 'var'; name: string }
  | { type: 'unary'; op: '-' | '+' | '!'; arg: FormulaNode }
  | { type: 'binary'; op: BinaryOp; left: FormulaNode; right: FormulaNode }
  | { type: 'cond'; test: FormulaNode; then: FormulaNode; else: FormulaNode }
  | { type: 'call'; fn: FormulaFunction; args: FormulaNode[] };

export const BINARY_OPS = ['+', '-', '*', '/', '%', '**', '<', '<=', '>', '>=', '==', '!=', '&&', '||'] as const;
export type BinaryOp = (typeof BINARY_OPS)[number];

/** Allowed functions and how many arguments each takes. */
export const FORMULA_FUNCTIONS = {
  min: [1, 64], max: [1, 64], abs: [1, 1], round: [1, 2], floor: [1, 1], ceil: [1, 1], if: [3, 3], clamp: [3, 3],
} as const satisfies Record<string, readonly [number, number]>;
export type FormulaFunction = keyof typeof FORMULA_FUNCTIONS;

export interface CompiledFormula {
  source: string;
  root: FormulaNode;
  /** Named inputs the formula reads, in first-use order. */
  inputs: string[];
}

export type CompileResult = { ok: true; formula: CompiledFormula } | { ok: false; issues: string[] };

export const FORMULA_MAX_LENGTH = 2000;
export const FORMULA_MAX_DEPTH = 64;

const FORBIDDEN_NAMES = new Set(['constructor', '__proto__', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', 'this', 'globalThis', 'window', 'process', 'eval', 'Function']);

const BINARY_SET: ReadonlySet<string> = new Set(BINARY_OPS);
const EQUALITY: Record<string, BinaryOp> = { '===': '==', '!==': '!=' };

/**
 * Office spellings → the parser's: × ÷ （ ） ， ％ full-width digits, the minus signs, and
 * `^` for powers. `100%` right after a number means a percentage (×100%×8 in scoring
 * texts), while `a % b` between operands stays the remainder.
 */
export function normalizeFormula(source: string): string {
  let s = '';
  for (const ch of source) {
    const code = ch.codePointAt(0)!;
    if (ch === '×' || ch === '✕' || ch === '∗' || ch === '·') s += '*';
    else if (ch === '÷' || ch === '／') s += '/';
    else if (ch === '（') s += '(';
    else if (ch === '）') s += ')';
    else if (ch === '，') s += ',';
    else if (ch === '％' || ch === '﹪') s += '%';
    else if (ch === '−' || ch === '－' || ch === '–' || ch === '—') s += '-';
    else if (ch === '＋') s += '+';
    else if (ch === '＜') s += '<';
    else if (ch === '＞') s += '>';
    else if (ch === '＝') s += '=';
    else if (ch === '≤') s += '<=';
    else if (ch === '≥') s += '>=';
    else if (ch === '≠') s += '!=';
    else if (ch === '＾' || ch === '^') s += '**';
    else if (code === 0x3000) s += ' ';
    else if (code >= 0xff10 && code <= 0xff19) s += String.fromCharCode(code - 0xfee0);
    else s += ch;
  }
  // A percent sign after a number, not followed by an operand, is a percentage.
  return s.replace(/(?<![\w.\u0080-\uffff])(\d+(?:\.\d+)?)\s*%(?!\s*[\w(\u0080-\uffff])/g, '($1/100)');
}

/** Parses a formula once; evaluate it many times with evaluateFormula. Never throws. */
export function compileFormula(source: string): CompileResult {
  if (typeof source !== 'string' || source.trim() === '') return { ok: false, issues: ['公式为空；请填写计算公式。'] };
  if (source.length > FORMULA_MAX_LENGTH) {
    return { ok: false, issues: [`公式过长（${source.length} 个字符，上限 ${FORMULA_MAX_LENGTH}）；请拆分或简化公式。`] };
  }
  const text = normalizeFormula(source);
  // jsep recurses on brackets, so depth is bounded before parsing.
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91) {
      if (++depth > FORMULA_MAX_DEPTH) return { ok: false, issues: [`公式括号嵌套超过 ${FORMULA_MAX_DEPTH} 层；请简化公式。`] };
    } else if (c === 41 || c === 93) depth--;
  }
  let ast: jsep.Expression;
  try {
    ast = jsep(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { ok: false, issues: [`公式语法错误：${msg}；请检查括号、运算符和数字。`] };
  }
  const issues: string[] = [];
  const inputs: string[] = [];
  const root = convert(ast, 0, issues, inputs);
  if (!root || issues.length > 0) return { ok: false, issues: issues.length > 0 ? issues : ['公式无法解析；请检查写法。'] };
  return { ok: true, formula: { source, root, inputs } };
}

function convert(node: jsep.Expression, depth: number, issues: string[], inputs: string[]): FormulaNode | null {
  if (depth > FORMULA_MAX_DEPTH * 8) {
    if (issues.length === 0) issues.push(`公式嵌套过深（超过 ${FORMULA_MAX_DEPTH * 8} 层）；请简化公式。`);
    return null;
  }
  switch (node.type) {
    case 'Literal': {
      const v = (node as jsep.Literal).value;
      if (typeof v === 'number' && Number.isFinite(v)) return { type: 'num', value: v };
      if (typeof v === 'boolean') return { type: 'num', value: v ? 1 : 0 };
      issues.push(`公式中不允许使用文字或特殊值「${String((node as jsep.Literal).raw)}」；只能使用数字和输入项名称。`);
      return null;
    }
    case 'Identifier': {
      const name = (node as jsep.Identifier).name;
      if (FORBIDDEN_NAMES.has(name)) {
        issues.push(`公式中不允许使用名称「${name}」；请改用输入项名称。`);
        return null;
      }
      if (!inputs.includes(name)) inputs.push(name);
      return { type: 'var', name };
    }
    case 'UnaryExpression': {
      const u = node as jsep.UnaryExpression;
      if (u.operator !== '-' && u.operator !== '+' && u.operator !== '!') {
        issues.push(`公式中不允许使用运算符「${u.operator}」；可用 + − × ÷ ^ % 和比较运算。`);
        return null;
      }
      const arg = convert(u.argument, depth + 1, issues, inputs);
      return arg && { type: 'unary', op: u.operator, arg };
    }
    case 'BinaryExpression': {
      const b = node as jsep.BinaryExpression;
      const op = EQUALITY[b.operator] ?? b.operator;
      if (!BINARY_SET.has(op)) {
        issues.push(`公式中不允许使用运算符「${b.operator}」；可用 + − × ÷ ^ % 和比较运算。`);
        return null;
      }
      const left = convert(b.left, depth + 1, issues, inputs);
      const right = convert(b.right, depth + 1, issues, inputs);
      return left && right && { type: 'binary', op: op as BinaryOp, left, right };
    }
    case 'ConditionalExpression': {
      const c = node as jsep.ConditionalExpression;
      const test = convert(c.test, depth + 1, issues, inputs);
      const then = convert(c.consequent, depth + 1, issues, inputs);
      const other = convert(c.alternate, depth + 1, issues, inputs);
      return test && then && other && { type: 'cond', test, then, else: other };
    }
    case 'CallExpression': {
      const call = node as jsep.CallExpression;
      if (call.callee.type !== 'Identifier') {
        issues.push('公式中只能调用 min、max、abs、round、floor、ceil、if、clamp 这些函数。');
        return null;
      }
      const name = (call.callee as jsep.Identifier).name;
      if (!Object.prototype.hasOwnProperty.call(FORMULA_FUNCTIONS, name)) {
        issues.push(`公式中不认识函数「${name}」；可用 min、max、abs、round、floor、ceil、if、clamp。`);
        return null;
      }
      const fn = name as FormulaFunction;
      const [lo, hi] = FORMULA_FUNCTIONS[fn];
      if (call.arguments.length < lo || call.arguments.length > hi) {
        issues.push(`函数 ${fn} 需要 ${lo === hi ? lo : `${lo}–${hi}`} 个参数，公式中给了 ${call.arguments.length} 个。`);
        return null;
      }
      const args: FormulaNode[] = [];
      for (const a of call.arguments) {
        const c = convert(a, depth + 1, issues, inputs);
        if (!c) return null;
        args.push(c);
      }
      return { type: 'call', fn, args };
    }
    case 'MemberExpression':
      issues.push('公式中不允许使用「.」或「[]」访问属性；输入项名称里请不要带点号。');
      return null;
    case 'ThisExpression':
      issues.push('公式中不允许使用 this。');
      return null;
    case 'Compound':
    case 'SequenceExpression':
      issues.push('公式只能是一个表达式；请去掉多余的逗号、分号或并列的表达式。');
      return null;
    default:
      issues.push(`公式中不允许使用「${node.type}」结构；只能使用数字、输入项、运算符和允许的函数。`);
      return null;
  }
}
