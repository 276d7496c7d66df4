import jsep from 'jsep';
import { isPlausibleUnit } from '../../values/parse-value';

/**
 * A safe formula language for scoring templates: numbers, named inputs (Chinese names
 * included), + − × ÷ ^ %, comparisons, `?:`, and a fixed set of functions. jsep only
 * parses; evaluation walks our own whitelisted node types (evaluate-formula.ts), so there
 * is no eval, no member access, no `this`, and no way to reach a prototype.
 */
export type FormulaNode =
  /** `percent`: the number written before a `%` (90 for 90%), whose value is 0.9 unless it meets a rate typed in %. */
  | { type: 'num'; value: number; percent?: number }
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
    // Full-width digits, letters and underscore are the names people see: ｘ is x, ＿＿proto＿＿ is __proto__.
    else if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a) || code === 0xff3f) {
      s += String.fromCharCode(code - 0xfee0);
    } else if (code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff) continue; // invisible joiners
    else s += ch;
  }
  // A percent sign after a number, not followed by an operand, is a percentage.
  return s.replace(/(?<![\w.\u0080-\uffff])(\d+(?:\.\d+)?)\s*%(?!\s*[\w(\u0080-\uffff])/g, '($1/100)');
}

// Scoring texts and rules.md write a formula as an assignment (「该项指标得分=…」, `score = …`); the left side is the item itself.
const SCORE_ASSIGNMENT = /^\s*(?:score|得分|分数|评分|本项得分|该项得分|该项指标得分|指标得分)\s*[=＝](?![=＝])/i;

// Input names that begin with a year or a count (2024年人均资产, 3年平均数): jsep reads a number there, so
// they are parsed under a private-use stand-in and given back their name. No operator takes a CJK character.
const DIGIT_NAME = /(?<![\w$.\u0080-\uffff])\d+(?:\.\d+)?(?=[\u3400-\u9fff])[\w$\u0080-\uffff]*/g;
const PRIVATE_USE = /[\ue000-\uf8ff]/;
const STAND_IN = '\ue000';
// Input names that carry their unit in brackets (三公经费(万元), 培训人数（人）, 执行率(%)), as table headers print them:
// jsep would read a call there. A name with a Chinese character before a bracketed unit is one name; no function
// has a Chinese name, so only formulas that were refused read differently.
const UNIT_NAME = /(?<![\w$.\u0080-\uffff])([\w$\u0080-\uffff]+)\(\s*([^()\s,]{1,8})\s*\)(?![\w$\u0080-\uffff])/g;
const HAN = /[\u3400-\u9fff]/;

/** jsep's English parse errors, said in Chinese with the place they occur. */
function syntaxIssue(e: unknown, text: string, names: ReadonlyMap<string, string>): string {
  const desc = e instanceof Error ? String((e as Error & { description?: string }).description ?? e.message) : String(e);
  const index = e instanceof Error && typeof (e as Error & { index?: number }).index === 'number' ? (e as Error & { index: number }).index : -1;
  let what: string;
  let m: RegExpExecArray | null;
  if ((m = /^Unexpected "?(.+?)"?$/.exec(desc)) && !desc.startsWith('Unexpected token') && desc !== 'Unexpected period') what = `「${m[1]}」无法识别或位置不对`;
  else if ((m = /^Unexpected token (.+)$/.exec(desc))) what = `「${m[1]}」位置不对`;
  else if (desc === 'Unexpected period') what = '「.」位置不对（公式中不能用点号访问属性）';
  else if ((m = /^Expected expression after (.+)$/.exec(desc))) what = `运算符「${m[1]}」后面缺少运算对象`;
  else if (desc === 'Expected :') what = '条件表达式「? :」缺少「:」';
  else if (desc === 'Expected comma') what = '函数参数之间缺少逗号';
  else if (desc.startsWith('Expected exponent')) what = '数字的指数写法不完整';
  else if (desc === 'Expected expression' || desc === 'missing unaryOp argument') what = '缺少运算对象';
  else if ((m = /^Expected (.)$/.exec(desc))) what = `缺少「${m[1]}」`;
  else if ((m = /^Unclosed (.)$/.exec(desc))) what = `「${m[1]}」没有配对的右括号`;
  else if (desc.startsWith('Unclosed quote')) what = '引号没有闭合（公式中不能使用文字）';
  else if (desc.startsWith('Variable names cannot start with a number')) what = '名称不能以数字开头';
  else what = '写法无法识别';
  let near = '';
  if (index >= 0) {
    let snippet = text.slice(Math.max(0, index - 8), index + 4);
    for (const [stand, name] of names) snippet = snippet.split(stand).join(name);
    if (snippet.trim() !== '') near = `（在「${snippet.trim()}」附近）`;
  }
  return `公式语法错误：${what}${near}；请检查括号、运算符和数字。`;
}

/** Parses a formula once; evaluate it many times with evaluateFormula. Never throws. */
export function compileFormula(source: string): CompileResult {
  if (typeof source !== 'string' || source.trim() === '') return { ok: false, issues: ['公式为空；请填写计算公式。'] };
  if (source.length > FORMULA_MAX_LENGTH) {
    return { ok: false, issues: [`公式过长（${source.length} 个字符，上限 ${FORMULA_MAX_LENGTH}）；请拆分或简化公式。`] };
  }
  if (PRIVATE_USE.test(source)) return { ok: false, issues: ['公式中含有无法显示的私用区字符；请删除后重新输入。'] };
  const body = source.replace(SCORE_ASSIGNMENT, '');
  let text = normalizeFormula(body);
  if (text.trim() === '') {
    return { ok: false, issues: [body !== source ? '公式只有「得分=」而没有计算式；请在等号后填写计算公式。' : '公式为空；请填写计算公式。'] };
  }
  if (/(?<!\|)\|(?!\|)/.test(text)) {
    return { ok: false, issues: ['公式中的「|」不是可用的运算符；绝对值请写成 abs(…)，如 abs(执行数 − 调整预算数)。'] };
  }
  text = equalityInBrackets(text);
  const names = new Map<string, string>();
  const standIn = (name: string) => {
    const stand = STAND_IN + String.fromCharCode(0xe100 + names.size);
    names.set(stand, name);
    return stand;
  };
  text = text.replace(UNIT_NAME, (whole, name: string, unit: string) =>
    HAN.test(name) && isPlausibleUnit(unit) ? standIn(`${name}(${unit})`) : whole);
  text = text.replace(DIGIT_NAME, standIn);
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
    return { ok: false, issues: [syntaxIssue(e, text, names)] };
  }
  const issues: string[] = [];
  const inputs: string[] = [];
  const root = convert(ast, 0, issues, inputs, names);
  if (!root || issues.length > 0) return { ok: false, issues: issues.length > 0 ? issues : ['公式无法解析；请检查写法。'] };
  // jsep also takes spaces between arguments (min(a b)); commas are the only separator a formula may have, so
  // fewer commas than the calls need means a call written without them, which is a typo, not a second argument.
  if (countOf(text, ',') < separatorsNeeded(root)) return { ok: false, issues: ['公式语法错误：函数参数之间缺少逗号；请用逗号分隔参数，如 max(0, 1 − 偏离度)。'] };
  return { ok: true, formula: { source, root, inputs } };
}

/**
 * A single = inside brackets is equality, as spreadsheets and scoring texts write it (if(整改率=100%,5,0)). At the
 * top level it stays what it looks like, an assignment, and is refused.
 */
function equalityInBrackets(text: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth--;
    const single = c === '=' && !'<>=!'.includes(text[i - 1] ?? '') && text[i + 1] !== '=';
    out += single && depth > 0 ? '==' : c;
  }
  return out;
}

function countOf(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

function separatorsNeeded(node: FormulaNode): number {
  switch (node.type) {
    case 'num': case 'var': return 0;
    case 'unary': return separatorsNeeded(node.arg);
    case 'binary': return separatorsNeeded(node.left) + separatorsNeeded(node.right);
    case 'cond': return separatorsNeeded(node.test) + separatorsNeeded(node.then) + separatorsNeeded(node.else);
    case 'call': return node.args.reduce((n, a) => n + separatorsNeeded(a), node.args.length - 1);
  }
}

/**
 * jsep's tree to ours, refusing everything off the whitelist. Depth counts nesting as a reader sees it:
 * the left operand of a binary operator continues its chain (a + b + c …, bounded by the length limit),
 * while brackets, calls, signs and right operands nest.
 */
function convert(node: jsep.Expression, depth: number, issues: string[], inputs: string[], names: ReadonlyMap<string, string>): FormulaNode | null {
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
      const raw = (node as jsep.Identifier).name;
      const name = names.get(raw) ?? raw;
      if (name.includes(STAND_IN)) {
        issues.push('公式中以数字开头的名称后面不能紧跟其他名称；请用运算符分开。');
        return null;
      }
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
      const arg = convert(u.argument, depth + 1, issues, inputs, names);
      return arg && { type: 'unary', op: u.operator, arg };
    }
    case 'BinaryExpression': {
      const b = node as jsep.BinaryExpression;
      const op = EQUALITY[b.operator] ?? b.operator;
      // normalizeFormula writes a percentage as (N/100): kept as one number that remembers its N.
      if (op === '/' && b.left.type === 'Literal' && b.right.type === 'Literal' && (b.right as jsep.Literal).value === 100) {
        const n = (b.left as jsep.Literal).value;
        if (typeof n === 'number' && Number.isFinite(n)) return { type: 'num', value: n / 100, percent: n };
      }
      if (!BINARY_SET.has(op)) {
        issues.push(`公式中不允许使用运算符「${b.operator}」；可用 + − × ÷ ^ % 和比较运算。`);
        return null;
      }
      const left = convert(b.left, depth, issues, inputs, names);
      const right = convert(b.right, depth + 1, issues, inputs, names);
      return left && right && { type: 'binary', op: op as BinaryOp, left, right };
    }
    case 'ConditionalExpression': {
      const c = node as jsep.ConditionalExpression;
      const test = convert(c.test, depth + 1, issues, inputs, names);
      const then = convert(c.consequent, depth + 1, issues, inputs, names);
      const other = convert(c.alternate, depth + 1, issues, inputs, names);
      return test && then && other && { type: 'cond', test, then, else: other };
    }
    case 'CallExpression': {
      const call = node as jsep.CallExpression;
      if (call.callee.type !== 'Identifier') {
        issues.push('公式中只能调用 min、max、abs、round、floor、ceil、if、clamp 这些函数。');
        return null;
      }
      const name = (call.callee as jsep.Identifier).name;
      // Spreadsheet habits (IF, MIN, Max) name the same functions.
      const lower = name.toLowerCase();
      if (!Object.prototype.hasOwnProperty.call(FORMULA_FUNCTIONS, lower)) {
        issues.push(`公式中不认识函数「${name}」；可用 min、max、abs、round、floor、ceil、if、clamp。`);
        return null;
      }
      const fn = lower as FormulaFunction;
      const [lo, hi] = FORMULA_FUNCTIONS[fn];
      if (call.arguments.length < lo || call.arguments.length > hi) {
        issues.push(`函数 ${fn} 需要 ${lo === hi ? lo : `${lo}–${hi}`} 个参数，公式中给了 ${call.arguments.length} 个。`);
        return null;
      }
      const args: FormulaNode[] = [];
      for (const a of call.arguments) {
        const c = convert(a, depth + 1, issues, inputs, names);
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
